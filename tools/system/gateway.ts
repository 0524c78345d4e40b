import { randomUUID } from 'node:crypto';
import { Agent, createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ContextName } from '@qaztech/contracts';
import { DomainError, ErrorCode, negotiateLanguage, renderError } from '@qaztech/platform';
import { GATEWAY_ROUTES, GatewayRoute, pathOf, routeOf } from './topology';

export interface GatewayOptions {
  host: string;
  port: number;
  /** Where each service listens, e.g. `http://127.0.0.1:3001`. */
  upstreams: Readonly<Record<ContextName, string>>;
  routes?: readonly GatewayRoute[];
}

export interface Gateway {
  url: string;
  /** Stops taking connections and closes idle ones; resolves when the others have finished. */
  close(): Promise<void>;
  /** Cuts the connections still open (the services behind them have stopped). */
  closeAllConnections(): void;
}

// Hop-by-hop headers belong to one connection and are not passed on (RFC 9110 §7.6.1).
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'];

/** Keeps the caller's request id when it is sane, as the services do, so a trace crosses the gateway. */
function requestIdOf(incoming: IncomingMessage): string {
  const header = incoming.headers['x-request-id'];
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(header) ? header : randomUUID();
}

function forwardedHeaders(incoming: IncomingMessage, requestId: string): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined && !HOP_BY_HOP.includes(name)) headers[name] = value;
  }
  const client = incoming.socket.remoteAddress ?? '';
  const before = incoming.headers['x-forwarded-for'];
  headers['x-forwarded-for'] = before ? `${String(before)}, ${client}` : client;
  headers['x-forwarded-proto'] = 'http';
  headers['x-request-id'] = requestId;
  return headers;
}

function sendError(incoming: IncomingMessage, response: ServerResponse, code: ErrorCode, requestId: string): void {
  const { status, body } = renderError(new DomainError(code), negotiateLanguage(incoming.headers['accept-language']), requestId);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId });
  response.end(JSON.stringify(body));
}

/**
 * The one port of a multi-process run without Docker: what `deploy/nginx.conf` does in Docker,
 * with the same routes. Streams both ways; a service that does not answer is a 503 in the API's
 * error body.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const agent = new Agent({ keepAlive: true });
  const routes = options.routes ?? GATEWAY_ROUTES;
  const server = createServer((incoming, response) => {
    const requestId = requestIdOf(incoming);
    const route = routeOf(pathOf(incoming.url ?? '/'), routes);
    if (!route) return sendError(incoming, response, ErrorCode.ROUTE_NOT_FOUND, requestId);
    const upstream = new URL(options.upstreams[route.service]);
    const outgoing = request(
      {
        agent,
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: forwardedHeaders(incoming, requestId),
      },
      (answer) => {
        const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.includes(name)));
        response.writeHead(answer.statusCode ?? 502, headers);
        if (route.streaming) response.flushHeaders();
        answer.pipe(response);
      },
    );
    outgoing.on('error', () => {
      if (response.headersSent) response.destroy();
      else sendError(incoming, response, ErrorCode.SERVICE_UNAVAILABLE, requestId);
    });
    incoming.pipe(outgoing);
  });
  await listen(server, options.port, options.host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () => closeServer(server, agent),
    closeAllConnections: () => server.closeAllConnections(),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server, agent: Agent): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      agent.destroy();
      resolve();
    });
    server.closeIdleConnections();
  });
}
