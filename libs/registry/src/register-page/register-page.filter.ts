import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, renderError, translateFrameworkError } from '@qaztech/platform';
import { renderErrorPage } from './error-page.view';
import { sendHtml } from './html-reply';
import { choosePageLanguage } from './i18n/labels';

/** The same URL in another language: every parameter kept, `lang` replaced. */
export function switchLanguageHref(url: string, language: string): string {
  const parsed = new URL(url, 'http://register.invalid');
  parsed.searchParams.set('lang', language);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * The register's pages answer errors as pages, not as the API's JSON body: a 404 for an unknown
 * number, a 429 from the rate limit, anything unforeseen as a 500 with an id in the log.
 */
@Catch()
export class RegisterPageFilter implements ExceptionFilter {
  private readonly logger = new Logger('RegisterPageFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return;
    const error = this.asDomainError(exception, request);
    const language = choosePageLanguage((request.query as Record<string, unknown> | undefined)?.lang, request.headers['accept-language']);
    const page = renderErrorPage({
      language,
      error,
      requestId: String(request.id),
      switchTo: (other) => switchLanguageHref(request.url, other),
    });
    // The API's renderer holds the one mapping from codes to statuses; its body is not used here.
    const { status } = renderError(error, language.language, String(request.id));
    void sendHtml(reply, status, language.language, page, false);
  }

  private asDomainError(exception: unknown, request: FastifyRequest): DomainError {
    if (exception instanceof DomainError) return exception;
    const known = translateFrameworkError(exception);
    if (known) return known;
    const errorId = randomUUID();
    this.logger.error({
      msg: 'unhandled error',
      errorId,
      requestId: String(request.id),
      url: request.url,
      error: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception),
    });
    return new DomainError(ErrorCode.INTERNAL_ERROR, [], { errorId });
  }
}
