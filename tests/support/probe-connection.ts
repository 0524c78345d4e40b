import { AddressInfo, createServer, Server } from 'node:net';
import { Redis } from 'ioredis';
import { createWorkerConnection } from '@qaztech/platform';

/** A worker connection of the platform's own making, retrying against a stand-in that hangs up. */
export class ProbeConnection {
  private readonly waiters: (() => void)[] = [];
  private lastDelay = 0;

  private constructor(
    private readonly server: Server,
    private readonly connection: Redis,
    private readonly longestDelay: number,
  ) {
    connection.on('error', () => undefined);
    connection.on('reconnecting', (delay: number) => {
      const waitedOut = this.lastDelay === this.longestDelay;
      this.lastDelay = delay;
      // The delay before this attempt was the longest: it has fully elapsed.
      if (waitedOut) this.waiters.splice(0).forEach((resolve) => resolve());
    });
  }

  static async start(): Promise<ProbeConnection> {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const connection = createWorkerConnection(`redis://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const strategy = connection.options.retryStrategy as (attempt: number) => number;
    return new ProbeConnection(server, connection, strategy(Number.MAX_SAFE_INTEGER));
  }

  /** Resolves after the next reconnect that followed a wait of the longest delay. */
  waitedOutLongestDelay(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.connection.disconnect();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
