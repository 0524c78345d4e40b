import { Client, ClientConfig } from 'pg';

/** How long the PostgreSQL queue store's connections wait, after a refused connection, before saying so. */
export const REFUSED_CONNECTION_PAUSE_MS = 1_000;

type ConnectCallback = (error: Error | null, client?: Client) => void;

/**
 * A `pg` client for the queue store's pools that reports a refused connection only after a
 * pause. BullMQ's worker asks again at once after an error it does not know as a connection
 * error, and PostgreSQL's refusals ("too many clients", a server shutting down) are not among
 * those it knows: with the server's connections exhausted, each worker spun on them, logging
 * each failure, until the process ran out of memory. Paused here, a refused store is asked
 * again about once a `pause`, while every other error passes at once.
 */
export function patientClient(pause: (refusal: Error) => Promise<void> = () => delay(REFUSED_CONNECTION_PAUSE_MS)): typeof Client {
  class PatientClient extends Client {
    constructor(config?: string | ClientConfig) {
      super(config);
    }

    override connect(): Promise<Client>;
    override connect(callback: ((error: Error) => void) | ((error: null, client: Client) => void)): void;
    override connect(callback?: (...args: never[]) => void): Promise<Client> | void {
      const report = callback as ConnectCallback | undefined;
      const connected = new Promise<Client>((resolve, reject) => {
        const refused = (error: Error) =>
          pause(error).then(
            () => reject(error),
            () => reject(error),
          );
        super.connect((error: Error | null) => (error ? void refused(error) : resolve(this)));
      });
      if (!report) return connected;
      connected.then(
        (client) => report(null, client),
        (error: Error) => report(error),
      );
    }
  }
  return PatientClient;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
