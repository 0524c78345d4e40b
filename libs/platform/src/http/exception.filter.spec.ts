import { Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { ErrorCode, FieldErrorCode } from '../errors/error-codes';
import { sendError } from './exception.filter';

/** A reply that records what would be sent: the filter's contract is the status and the body. */
function recordingReply() {
  const sent: { status?: number; headers: Record<string, string>; body?: any } = { headers: {} };
  const reply = {
    sent: false,
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

const request = (language?: string) =>
  ({
    id: 'req-1',
    method: 'POST',
    url: '/requests',
    headers: language ? { 'accept-language': language } : {},
  }) as unknown as FastifyRequest;

describe('sendError', () => {
  it('hides an unexpected error behind an error id that the log holds', () => {
    const logged: any[] = [];
    const logger = { error: (entry: unknown) => logged.push(entry) } as unknown as Logger;
    const { reply, sent } = recordingReply();
    sendError(new Error('connection to 10.0.0.5 refused: password authentication failed'), request('en'), reply, logger);
    expect(sent.status).toBe(500);
    expect(sent.body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(sent.body)).not.toMatch(/10\.0\.0\.5|password|Error:/);
    const errorId = logged[0].errorId as string;
    expect(sent.body.message).toBe(`Internal error. Give support this error id: ${errorId}.`);
    expect(logged[0].error.message).toMatch(/password authentication failed/);
    expect(logged[0].requestId).toBe('req-1');
  });

  it('renders a domain error with its status, localized details and the request id', () => {
    const { reply, sent } = recordingReply();
    const error = DomainError.validation([{ field: 'applicant.bin', code: FieldErrorCode.INVALID_BIN }]);
    sendError(error, request('kk'), reply, new Logger());
    expect(sent.status).toBe(400);
    expect(sent.headers['content-language']).toBe('kk');
    expect(sent.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Сұрау деректері қате толтырылған.',
      details: [{ field: 'applicant.bin', code: 'INVALID_BIN', message: 'БСН қате: 12 цифр және дұрыс бақылау цифры қажет.' }],
      requestId: 'req-1',
    });
  });

  it('answers a code no context registered as an internal error, and logs the code', () => {
    const logged: any[] = [];
    const logger = { error: (entry: unknown) => logged.push(entry) } as unknown as Logger;
    const { reply, sent } = recordingReply();
    sendError(new DomainError('NEVER_REGISTERED' as never), request('en'), reply, logger);
    expect(sent.status).toBe(500);
    expect(sent.body.code).toBe('INTERNAL_ERROR');
    expect(logged[0].error.message).toBe('NEVER_REGISTERED');
  });

  it.each([
    ['a server with no connection left', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    [
      'a session the administrator ended',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['a query TypeORM wrapped', { name: 'QueryFailedError', message: 'connection failure', driverError: { code: '08006' } }],
    ['a refused socket', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
  ])('answers %s with 503 and a time to retry after, and logs the cause', (_case, thrown) => {
    const warned: any[] = [];
    const logger = { warn: (entry: unknown) => warned.push(entry), error: () => undefined } as unknown as Logger;
    const { reply, sent } = recordingReply();
    sendError(thrown, request('ru'), reply, logger);
    expect(sent.status).toBe(503);
    expect(sent.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(sent.body.message).toBe('Сервис временно недоступен; повторите позже.');
    expect(sent.headers['retry-after']).toBe('2');
    expect(warned[0].cause).toBe((thrown as { message: string }).message);
  });

  it('keeps a 500 for a database error that is ours, such as a broken statement', () => {
    const { reply, sent } = recordingReply();
    const logger = { error: () => undefined, warn: () => undefined } as unknown as Logger;
    sendError(Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' }), request('en'), reply, logger);
    expect(sent.status).toBe(500);
  });

  it.each([
    [{ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE],
    [{ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, 413, ErrorCode.PAYLOAD_TOO_LARGE],
    [Object.assign(new SyntaxError('Unexpected token'), { statusCode: 400 }), 400, ErrorCode.MALFORMED_BODY],
    [{ name: 'NotFoundException', status: 404 }, 404, ErrorCode.ROUTE_NOT_FOUND],
  ])('names the framework error %p in our vocabulary', (thrown, status, code) => {
    const { reply, sent } = recordingReply();
    sendError(thrown, request(), reply, new Logger());
    expect(sent.status).toBe(status);
    expect(sent.body.code).toBe(code);
  });
});
