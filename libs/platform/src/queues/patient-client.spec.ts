import { createServer } from 'node:net';
import { patientClient } from './patient-client';

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the queue store client, when its connection is refused', () => {
  it('says so only once its pause is over, and with the refusal itself', async () => {
    const pauses: Error[] = [];
    let endPause: () => void = () => undefined;
    const PatientClient = patientClient((refusal) => {
      pauses.push(refusal);
      return new Promise((resolve) => (endPause = resolve));
    });
    const client = new PatientClient({ host: '127.0.0.1', port: await closedPort() });
    let reported: Error | undefined;
    const connecting = new Promise<void>((resolve) =>
      client.connect((error: Error) => {
        reported = error;
        resolve();
      }),
    );
    await new Promise<void>((resolve) => {
      const check = () => (pauses.length > 0 ? resolve() : setImmediate(check));
      check();
    });
    expect(reported).toBeUndefined();
    endPause();
    await connecting;
    expect(reported).toBe(pauses[0]);
    expect(reported?.message).toMatch(/ECONNREFUSED/);
  });
});
