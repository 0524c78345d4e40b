import multipart from '@fastify/multipart';
import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { CONTEXTS } from '@qaztech/contracts';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { PlatformConfig } from '../config/platform-config';
import { JsonLogger } from '../observability/json-logger';
import { Metrics } from '../observability/metrics';
import { enableCors } from '../http/cors';
import { registerStrictJsonParser } from '../http/json-body';
import { describeApi } from '../http/openapi/api-document';
import { registerSecurityHeaders } from '../http/security-headers';
import { QueueDashboard } from '../queues/queue-dashboard';
import { refuseRequestsWhileStopping } from './graceful-shutdown';
import { ContextDefinition } from './service-configuration';

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
  /** The contexts the process serves: each gets its own API description at `/docs/<context>.json`. */
  contexts?: readonly ContextDefinition[];
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
  serveApiDescription(app, options);
  return app;
}

/** Where a context's API description is served, in every process that runs it; the gateway routes it. */
export const contextDocumentPath = (context: string): string => `/docs/${context}.json`;

/**
 * `/docs-json` describes everything this process serves; `/docs/<context>.json` one context. The
 * viewer at `/docs` offers every context of the system: behind the gateway each context's
 * description comes from the service that runs it, so one page shows the whole API. Each
 * document is built on the first request for it, not at start-up, where it cost a tenth of a second.
 */
function serveApiDescription(app: NestFastifyApplication, options: HttpAppOptions): void {
  const contexts = options.contexts ?? [];
  const own = new Set(contexts.map((context) => context.name));
  const viewed = [...contexts.map((context) => context.name), ...CONTEXTS.filter((name) => !own.has(name))];
  SwaggerModule.setup('docs', app, () => describeApi(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: options.title,
    explorer: true,
    swaggerOptions: { urls: viewed.map((name) => ({ name, url: contextDocumentPath(name) })), spec: null },
  });
  const fastify = app.getHttpAdapter().getInstance();
  for (const context of contexts) {
    let document: object | undefined;
    fastify.get(contextDocumentPath(context.name), async (_request, reply) => {
      document ??= describeApi(app, [context.module]);
      return reply.header('content-type', 'application/json; charset=utf-8').send(document);
    });
  }
}
