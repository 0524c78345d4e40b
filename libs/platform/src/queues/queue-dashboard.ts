import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { bearerToken } from '../auth/access.guard';
import { Role } from '../auth/roles';
import { TokenVerifier } from '../auth/token-verifier';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { sendError } from '../http/exception.filter';
import { withTimeout } from '../util/with-timeout';
import { QueueSet, QueueSettings } from './queue-backend';

/** Where the dashboard is served; every route under it answers the admin role only. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const DASHBOARD_ROLE: Role = 'admin';
/** bull-board's page runs its own scripts and inline styles from this origin, and calls its API. */
const DASHBOARD_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

/** The names of the queues of every context the process runs, for the dashboard. */
export const OPERATED_QUEUES = Symbol('OPERATED_QUEUES');

export interface QueueDashboardOptions {
  queues: readonly string[];
  settings: QueueSettings;
  verifier: TokenVerifier;
}

/**
 * bull-board over the process's queues. It serves its own Fastify routes, outside Nest's
 * controllers and so outside the access guard: one hook on the plugin's scope verifies the
 * token for every one of them, the UI's assets included, before bull-board sees the request.
 */
export class QueueDashboard implements OnApplicationShutdown {
  private readonly logger = new Logger('QueueDashboard');
  private readonly served: string[] = [];
  private connection?: Redis;
  private opened?: QueueSet;

  constructor(private readonly options: QueueDashboardOptions) {}

  /** Every method and path the dashboard serves, as `GET /admin/queues/api/queues`. */
  routes(): readonly string[] {
    return this.served;
  }

  async mount(app: NestFastifyApplication): Promise<void> {
    // With the queues on Redis, one connection for all of them; reads only wait for Redis as long
    // as a producer does. With Redis away the dashboard answers errors; the service carries on.
    const redis = (): Redis => {
      if (!this.connection) {
        this.connection = new Redis(this.options.settings.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
        this.connection.on('error', () => undefined);
      }
      return this.connection;
    };
    this.opened = new QueueSet(this.options.settings, redis);
    const opened = this.options.queues.map((name) => this.opened!.get(name));
    const board = new BoardAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    // Read-only: an edited payload or a job added by hand would be an event that no outbox wrote
    // and no ledger recorded. Redriving dead jobs is `npm run jobs -- redrive`.
    const queues = opened.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true }));
    createBullBoard({ queues, serverAdapter: board });
    await app.register(
      async (scope: FastifyInstance) => {
        scope.addHook('onRoute', (route) => {
          for (const method of [route.method].flat()) if (method !== 'HEAD') this.served.push(`${method} ${route.url}`);
        });
        scope.addHook('onRequest', async (request, reply) => {
          try {
            await this.admit(request.headers.authorization);
            void reply.header('content-security-policy', DASHBOARD_CONTENT_SECURITY_POLICY);
          } catch (error) {
            sendError(error, request, reply, this.logger);
            return reply;
          }
        });
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_DASHBOARD_PATH },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.opened) await withTimeout(this.opened.close(), 2_000, 'closing the dashboard queues').catch(() => undefined);
    this.connection?.disconnect();
  }

  private async admit(authorization: string | undefined): Promise<void> {
    const token = bearerToken(authorization);
    if (!token) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    const principal = await this.options.verifier.verify(token);
    if (!principal.roles.includes(DASHBOARD_ROLE)) throw new DomainError(ErrorCode.FORBIDDEN);
  }
}
