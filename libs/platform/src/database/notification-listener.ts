import { Client } from 'pg';

export interface NotificationListenerOptions {
  /** The LISTEN is in place: from now on every commit that notifies the channel is heard. */
  onListening?: () => void;
  /** The connection is gone: what commits notify until the next `onListening` is not heard. */
  onLost?: () => void;
  /**
   * Checks the connection this often, and counts it lost when the check takes as long: a
   * connection a network drops silently would otherwise look alive, and hear nothing, for ever.
   */
  heartbeatMs?: number;
}

/**
 * A dedicated connection that LISTENs on one channel and calls `onNotify` for each commit that
 * notified it; it reconnects by itself, so a Postgres restart only costs the wake-ups until
 * then (callers still poll as a fallback, or stop trusting what they hold while it is lost).
 */
export class NotificationListener {
  private client: Client | undefined;
  private running = false;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly options: NotificationListenerOptions = {},
  ) {}

  /** True while the LISTEN is in place on a connection not known to be lost. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    const client = this.client;
    this.forget();
    if (client) this.options.onLost?.();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    while (this.running && !this.client) {
      const client = new Client({ connectionString: this.databaseUrl, application_name: `listen ${this.channel}`, keepAlive: true });
      try {
        client.on('notification', () => this.onNotify());
        // Errors while connecting are the catch's; these are for a connection that was listening.
        client.on('error', () => this.lose(client));
        client.on('end', () => this.lose(client));
        await client.connect();
        await client.query(`LISTEN ${this.channel}`);
        if (!this.running) {
          await client.end().catch(() => undefined);
          return;
        }
        this.client = client;
        this.watch(client);
        this.options.onListening?.();
      } catch {
        await client.end().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  private watch(client: Client): void {
    const every = this.options.heartbeatMs;
    if (every === undefined) return;
    this.heartbeat = setInterval(() => {
      const late = setTimeout(() => this.lose(client), every);
      client.query('SELECT 1').then(
        () => clearTimeout(late),
        () => {
          clearTimeout(late);
          this.lose(client);
        },
      );
    }, every);
    this.heartbeat.unref();
  }

  private lose(client: Client): void {
    if (this.client !== client) return;
    this.forget();
    this.options.onLost?.();
    void client.end().catch(() => undefined);
    if (this.running) setTimeout(() => void this.connect(), 1_000);
  }

  private forget(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    this.client = undefined;
  }
}
