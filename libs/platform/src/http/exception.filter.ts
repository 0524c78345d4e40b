import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';
import { bearerChallenge } from '../auth/www-authenticate';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { negotiateLanguage } from '../errors/language';
import { isDependencyUnavailable, isRenderable, renderError, translateFrameworkError } from './error-body';

const RETRY_AFTER_UNAVAILABLE_SECONDS = 2;

/**
 * Every error leaves through here in the one body. Anything we did not anticipate becomes a 500
 * whose body holds only an error id; the details go to the log under that id.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    sendError(exception, context.getRequest<FastifyRequest>(), context.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendError(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const language = negotiateLanguage(request.headers['accept-language']);
  const requestId = String(request.id);
  let error = exception instanceof DomainError ? exception : translateFrameworkError(exception);
  if (!error && isDependencyUnavailable(exception)) {
    // The database (or another server) is away or full: the caller's retry will do, and the
    // log names the cause for the operator.
    logger.warn({ msg: 'dependency unavailable', requestId, method: request.method, url: request.url, cause: describe(exception) });
    error = new DomainError(ErrorCode.SERVICE_UNAVAILABLE);
    void reply.header('retry-after', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
  }
  // A code no context registered is a defect of ours, not an answer the caller can act on.
  if (!error || !isRenderable(error)) {
    const errorId = randomUUID();
    logger.error({
      msg: 'unhandled error',
      errorId,
      requestId,
      method: request.method,
      url: request.url,
      error: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception),
    });
    error = new DomainError(ErrorCode.INTERNAL_ERROR, [], { errorId });
  }
  const { status, body } = renderError(error, language, requestId);
  if (reply.sent) return;
  const challenge = bearerChallenge(error);
  if (challenge) void reply.header('www-authenticate', challenge);
  void reply.status(status).header('content-type', 'application/json; charset=utf-8').header('content-language', language).send(body);
}

function describe(exception: unknown): string {
  const message = (exception as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(exception);
}
