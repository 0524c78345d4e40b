import multipart from '@fastify/multipart';
import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { PlatformConfig } from '../config/platform-config';
import { JsonLogger } from '../observability/json-logger';
import { Metrics } from '../observability/metrics';
import { enableCors } from '../http/cors';
import { registerStrictJsonParser } from '../http/json-body';
import { registerSecurityHeaders } from '../http/security-headers';
import { QueueDashboard } from '../queues/queue-dashboard';
import { refuseRequestsWhileStopping } from './graceful-shutdown';

/** Largest accepted attachment; the multipart limit and the error message both use it. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** Honour a caller's request id when it is sane, so a trace crosses services and queues. */
function requestIdOf(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(header) ? header : randomUUID();
}

export interface HttpAppOptions {
  service: string;
  title: string;
  config: PlatformConfig;
}

/** Builds a service's HTTP application: Fastify, uploads, request ids, metrics, JSON logs, OpenAPI. */
export async function createHttpApp(rootModule: Type<unknown> | DynamicModule, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: MAX_JSON_BODY_BYTES,
    genReqId: requestIdOf,
    // Behind a proxy every client would share its address; X-Forwarded-For is believed only from
    // proxies the operator names, or anyone could pick a fresh rate-limit key per request.
    trustProxy: options.config.TRUST_PROXY,
    logger: false,
    // Our own hook refuses requests during a shutdown, in the API's error body (graceful-shutdown.ts).
    return503OnClosing: false,
  });
  const logger = new JsonLogger(options.service, options.config.LOG_LEVEL);
  // The API speaks JSON and, for uploads, multipart: Nest's extra parsers (urlencoded) stay off,
  // and Fastify's text/plain parser is removed, so any other body is a 415, not a validation error.
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, { logger, bodyParser: false });
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  registerStrictJsonParser(app.getHttpAdapter().getInstance());
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 4096 },
    throwFileSizeLimit: true,
  });
  const metrics = app.get(Metrics);
  const fastify = app.getHttpAdapter().getInstance();
  enableCors(app, options.config.CORS_ALLOWED_ORIGINS);
  registerSecurityHeaders(fastify, { hsts: options.config.NODE_ENV === 'production' });
  refuseRequestsWhileStopping(app);
  await app.get(QueueDashboard).mount(app);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    logger.log(
      {
        msg: 'request completed',
        requestId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
      },
      'http',
    );
  });
  // Built on the first request for it, not at start-up, where it cost a tenth of a second.
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(options.title)
        .setDescription('Exemptions from the QazTech moratorium. Errors share one body: { code, message, details[], requestId }.')
        .setVersion('1')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        .addSecurityRequirements('bearer')
        .build(),
    );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
