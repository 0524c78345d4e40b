import { Client } from 'pg';

/**
 * A dedicated connection that LISTENs on one channel and calls `onNotify` for each commit that
 * notified it; it reconnects by itself, so a Postgres restart only costs the wake-ups until
 * then (callers still poll as a fallback).
 */
export class NotificationListener {
  private client: Client | undefined;
  private running = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private async connect(): Promise<void> {
    while (this.running && !this.client) {
      const client = new Client({ connectionString: this.databaseUrl });
      try {
        client.on('notification', () => this.onNotify());
        client.on('error', () => {
          this.client = undefined;
          if (this.running) setTimeout(() => void this.connect(), 1_000);
        });
        await client.connect();
        await client.query(`LISTEN ${this.channel}`);
        this.client = client;
        if (!this.running) await this.stop();
      } catch {
        await client.end().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }
}
