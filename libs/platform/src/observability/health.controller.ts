import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { PublicRoute } from '../auth/access.decorator';
import { DatabaseConnections } from '../database/database.providers';
import { EventPublisher } from '../queues/event-publisher';
import { Metrics } from './metrics';
import { withTimeout } from '../util/with-timeout';

const CHECK_TIMEOUT_MS = 2_000;

@ApiExcludeController()
@Controller()
@PublicRoute()
export class HealthController {
  constructor(
    private readonly databases: DatabaseConnections,
    private readonly publisher: EventPublisher,
    private readonly metrics: Metrics,
  ) {}

  /** Liveness: the process answers. Dependencies are /ready's business. */
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: Postgres answers; without it nothing works, so 503 sends traffic elsewhere. Redis
   * away is `degraded`, still 200: commits wait in the outboxes and the timers and deliveries in
   * Postgres, and all of it moves once Redis is back, so taking the service out of rotation
   * would only refuse the work it can still do. With the queues on PostgreSQL the second check is
   * named `queues` (the queue role's own connection) instead of `redis`.
   */
  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const [postgres, queues] = await Promise.all([
      // Every context's pool, each as its own role: one that cannot connect makes the process unready.
      withTimeout(
        Promise.all(this.databases.all().map((dataSource) => dataSource.query('SELECT 1'))),
        CHECK_TIMEOUT_MS,
        'Postgres check',
      ).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      withTimeout(this.publisher.ping(), CHECK_TIMEOUT_MS, 'queue store check').then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    ]);
    const status = postgres === 'down' ? 'not_ready' : queues === 'down' ? 'degraded' : 'ready';
    const checks = this.publisher.backend === 'redis' ? { postgres, redis: queues } : { postgres, queues };
    await reply.status(status === 'not_ready' ? 503 : 200).send({ status, checks });
  }

  @Get('metrics')
  @HttpCode(200)
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.render();
  }
}
