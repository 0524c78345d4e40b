import { ContextName } from '@qaztech/contracts';

/** One deployable service per context, each with a fixed default port for a run without Docker. */
export interface ServiceSpec {
  name: ContextName;
  defaultPort: number;
}

export const SERVICES: readonly ServiceSpec[] = [
  { name: 'intake', defaultPort: 3001 },
  { name: 'review', defaultPort: 3002 },
  { name: 'registry', defaultPort: 3003 },
  { name: 'audit', defaultPort: 3004 },
  { name: 'catalogue', defaultPort: 3005 },
];

export const DEFAULT_GATEWAY_PORT = 3000;

/**
 * Which service answers a path: the same table as `deploy/nginx.conf` (a test holds them equal).
 * A prefix matches as nginx's `location /x` does (a plain string prefix, the longest wins); an
 * exact route as `location = /x`. The platform's own paths (health, the development JWKS, the
 * API viewer) exist in every service; through one port they come from intake. Each context's API
 * description comes from its own service, so the viewer shows every context.
 */
export interface GatewayRoute {
  path: string;
  exact?: boolean;
  service: ContextName;
  /** Responses stream (NDJSON exports): passed on as they come, never buffered. */
  streaming?: boolean;
}

export const GATEWAY_ROUTES: readonly GatewayRoute[] = [
  { path: '/requests', service: 'intake' },
  { path: '/review', service: 'review' },
  { path: '/audit', service: 'audit', streaming: true },
  { path: '/public', service: 'registry' },
  // The catalogue's public list, inside the register's prefix: the longer prefix wins.
  { path: '/public/capabilities', service: 'catalogue' },
  { path: '/catalogue', service: 'catalogue' },
  { path: '/register', service: 'registry' },
  { path: '/registry', service: 'registry' },
  { path: '/auth/dev/', service: 'intake' },
  // The API viewer (from intake) offers each context's description, which its own service serves.
  { path: '/docs', service: 'intake' },
  { path: '/docs/intake.json', exact: true, service: 'intake' },
  { path: '/docs/review.json', exact: true, service: 'review' },
  { path: '/docs/registry.json', exact: true, service: 'registry' },
  { path: '/docs/audit.json', exact: true, service: 'audit' },
  { path: '/docs/catalogue.json', exact: true, service: 'catalogue' },
  { path: '/health', exact: true, service: 'intake' },
  { path: '/ready', exact: true, service: 'intake' },
];

/** The route for a request path, chosen as nginx chooses a location. */
export function routeOf(path: string, routes: readonly GatewayRoute[] = GATEWAY_ROUTES): GatewayRoute | undefined {
  const exact = routes.find((route) => route.exact && route.path === path);
  if (exact) return exact;
  let best: GatewayRoute | undefined;
  for (const route of routes) {
    if (!route.exact && path.startsWith(route.path) && (!best || route.path.length > best.path.length)) best = route;
  }
  return best;
}

/** The path of a request target without its query. */
export function pathOf(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}
