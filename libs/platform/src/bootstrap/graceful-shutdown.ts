import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { negotiateLanguage } from '../errors/language';
import { renderError } from '../http/error-body';
import { JsonLogger } from '../observability/json-logger';

/** Longest a service may take to stop before it gives up and exits non-zero. */
export const SHUTDOWN_GRACE_MS = 25_000;

const stopping = new WeakSet<NestFastifyApplication>();

/**
 * Once a service is stopping, a new request gets a 503 in the usual error body, so a proxy or
 * client retries on another replica; requests already in flight finish. Every response from then
 * on closes its connection: a keep-alive connection that fell idle after the server stopped
 * listening would otherwise hold the shutdown open until its keep-alive timeout.
 */
export function refuseRequestsWhileStopping(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (!stopping.has(app)) return;
    const language = negotiateLanguage(request.headers['accept-language']);
    const { status, body } = renderError(new DomainError(ErrorCode.SERVICE_UNAVAILABLE), language, request.id);
    await reply.header('retry-after', '1').code(status).send(body);
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (stopping.has(app)) void reply.header('connection', 'close');
  });
}

/**
 * SIGTERM or SIGINT stops the service in order: refuse new requests, let the workers finish the
 * jobs in hand (a job not started stays on its queue for another replica), stop the relay,
 * finish the requests in flight, close Postgres and Redis, exit 0. A second signal during that
 * changes nothing; a shutdown that hangs past the grace period exits 1.
 */
export function stopOnSignals(
  app: NestFastifyApplication,
  logger: JsonLogger,
  graceMs = SHUTDOWN_GRACE_MS,
  /** What the process started for itself and stops last (an embedded database). */
  afterClose: () => Promise<void> = async () => undefined,
): void {
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping.has(app)) return;
    stopping.add(app);
    logger.log({ msg: 'stopping', signal }, 'bootstrap');
    setTimeout(() => {
      logger.error({ msg: 'shutdown did not finish in time', graceMs }, 'bootstrap');
      process.exit(1);
    }, graceMs).unref();
    app.close().then(
      async () => {
        await afterClose();
        logger.log({ msg: 'stopped', signal }, 'bootstrap');
        process.exit(0);
      },
      async (error: unknown) => {
        logger.error({ msg: 'shutdown failed', error: error instanceof Error ? error.message : String(error) }, 'bootstrap');
        await afterClose();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
