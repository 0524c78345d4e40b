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

  /** Readiness: Postgres and Redis both answer; otherwise 503 so the proxy sends traffic elsewhere. */
  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const [postgres, redis] = await Promise.all([
      // Every context's pool, each as its own role: one that cannot connect makes the process unready.
      withTimeout(
        Promise.all(this.databases.all().map((dataSource) => dataSource.query('SELECT 1'))),
        CHECK_TIMEOUT_MS,
        'Postgres check',
      ).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      withTimeout(this.publisher.ping(), CHECK_TIMEOUT_MS, 'Redis check').then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    ]);
    const ready = postgres === 'up' && redis === 'up';
    await reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks: { postgres, redis } });
  }

  @Get('metrics')
  @HttpCode(200)
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.render();
  }
}
