import { DynamicModule } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigSchema,
  ConfigurationError,
  contextDatabase,
  contextRoleName,
  loadConfig,
  loadPlatformConfig,
  PlatformConfig,
  PlatformModule,
  SHUTDOWN_GRACE_MS,
} from '@qaztech/platform';
import { GATEWAY_ROUTES, routeOf, SERVICES } from '../../tools/system/topology';
import { routesOf } from '../support/routes';
import { ComposeService, configSchemas, readCompose, readNginx, root, withDefaults } from './compose-model';

/*
 * No Docker engine runs where the tests run, so the deployment is checked by reading it: every
 * service runs a program the build produces, on the port the gateway and the health check use,
 * with variables its code reads and accepts; the gateway sends each path to the service whose
 * controllers serve it.
 */
const compose = readCompose();
const nginx = readNginx();
const schemas = configSchemas();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const CONTEXT_SERVICES = SERVICES.map((service) => service.name);
const NODE_SERVICES = ['migrate', ...CONTEXT_SERVICES];

/** What a program reads beside the platform's variables: migrate reads every context's (it makes their roles). */
const ownSchema = (name: string): ConfigSchema =>
  name === 'migrate' ? Object.assign({}, ...CONTEXT_SERVICES.map((context) => schemas[context] ?? {})) : (schemas[name] ?? {});

const service = (name: string): ComposeService => compose.services[name]!;
const resolvedEnvironment = (name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(service(name).environment ?? {}).map(([key, value]) => [key, withDefaults(String(value))]));

/** `dist/apps/intake/src/main.js` is built from `apps/intake/src/main.ts`. */
function sourceOf(builtFile: string): string {
  return join(root, builtFile.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

/** The service's root module, as its main builds it, with the configuration compose gives it. */
function serviceModule(name: string, config: PlatformConfig): DynamicModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(join(root, 'apps', name, 'src', `${name}-service.module.ts`)) as Record<string, unknown>;
  const shell = Object.values(exported).find((value) => typeof (value as { forRoot?: unknown }).forRoot === 'function');
  return (shell as { forRoot(config: PlatformConfig): DynamicModule }).forRoot(config);
}

describe('docker-compose.yml', () => {
  it('runs Postgres, a Redis-compatible store with AOF, a migrate step, the services and a gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...CONTEXT_SERVICES, 'gateway', 'migrate', 'postgres', 'redis'].sort());
    expect(service('redis').command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(Object.keys(compose.volumes).sort()).toEqual(['attachments', 'dev-keys', 'postgres-data', 'redis-data']);
  });

  it.each(NODE_SERVICES)('%s runs a program that the build produces and an npm script runs too', (name) => {
    const command = service(name).command!;
    expect(command[0]).toBe('node');
    expect(existsSync(sourceOf(command[1]!))).toBe(true);
    expect(Object.values(packageJson.scripts).some((script) => script.includes(`node ${command[1]}`))).toBe(true);
  });

  it.each(CONTEXT_SERVICES)('%s runs its own context: the main names the service', (name) => {
    const main = readFileSync(sourceOf(service(name).command![1]!), 'utf8');
    expect(service(name).command![1]).toBe(`dist/apps/${name}/src/main.js`);
    expect(main).toMatch(new RegExp(`service: '${name}'`));
  });

  it.each(NODE_SERVICES)('%s is given only variables its code reads, and they validate', (name) => {
    const own = ownSchema(name);
    const known = new Set([...Object.keys(schemas.platform!), ...Object.keys(own)]);
    const environment = resolvedEnvironment(name);
    expect(Object.keys(environment).filter((variable) => !known.has(variable))).toEqual([]);
    const config = loadPlatformConfig(environment);
    expect(config.PORT).toBe(3000);
    expect(config.MIGRATE_ON_START).toBe(false);
    expect(new URL(config.DATABASE_URL).hostname).toBe('postgres');
    expect(new URL(config.REDIS_URL).hostname).toBe('redis');
    expect(() => loadConfig(own, environment)).not.toThrow(ConfigurationError);
  });

  it('gives each context what only it reads, and the contexts that have settings of their own a schema', () => {
    for (const name of CONTEXT_SERVICES) {
      const others = CONTEXT_SERVICES.filter((other) => other !== name).flatMap((other) => Object.keys(schemas[other] ?? {}));
      expect({ name, foreign: Object.keys(service(name).environment ?? {}).filter((variable) => others.includes(variable)) }).toEqual({
        name,
        foreign: [],
      });
    }
    expect(Object.keys(schemas).sort()).toEqual(expect.arrayContaining(['audit', 'intake', 'platform', 'review']));
  });

  it.each(CONTEXT_SERVICES)("%s signs in to the database as its context's own role, without the owner's credentials", (name) => {
    const environment = resolvedEnvironment(name);
    const config = loadPlatformConfig(environment);
    const database = contextDatabase(name as never, config.DATABASE_URL, loadConfig(ownSchema(name), environment));
    expect({ role: database.role, host: new URL(database.url).hostname }).toEqual({
      role: contextRoleName(name as never),
      host: 'postgres',
    });
    expect(new URL(config.DATABASE_URL).password).toBe('');
  });

  it("gives the migrate step the owner's credentials and every context's password, which production must set", () => {
    const environment = resolvedEnvironment('migrate');
    expect(new URL(loadPlatformConfig(environment).DATABASE_URL).password).not.toBe('');
    for (const name of CONTEXT_SERVICES) {
      const variable = `${name.toUpperCase()}_DATABASE_PASSWORD`;
      expect(service('migrate').environment?.[variable]).toBe(service(name).environment?.[variable]);
    }
    const production = { ...environment, NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' };
    expect(() => loadConfig(ownSchema('migrate'), production)).toThrow(/INTAKE_DATABASE_PASSWORD: required with NODE_ENV=production/);
  });

  it.each(CONTEXT_SERVICES)('%s listens where its health check and the gateway look for it', (name) => {
    const port = loadPlatformConfig(resolvedEnvironment(name)).PORT;
    expect(service(name).healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${port}/ready`);
    expect(nginx.upstreams[name]).toBe(`${name}:${port}`);
  });

  it('starts each service after migrations and Redis, and the gateway after healthy services', () => {
    expect(service('migrate').depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of CONTEXT_SERVICES) {
      expect(service(name).depends_on).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
      });
    }
    expect(service('gateway').depends_on).toEqual(
      Object.fromEntries(CONTEXT_SERVICES.map((name) => [name, { condition: 'service_healthy' }])),
    );
  });

  it.each(CONTEXT_SERVICES)('%s is given longer to stop than it takes to finish its work in hand', (name) => {
    expect(Number.parseInt(service(name).stop_grace_period ?? '10', 10) * 1000).toBeGreaterThan(SHUTDOWN_GRACE_MS);
  });

  it('keeps keys and attachments in volumes, so a restart reuses them', () => {
    const mounted = (name: string, path: string) =>
      (service(name).volumes ?? []).some((volume) => path.startsWith(`${volume.split(':')[1]}/`) && !volume.startsWith('.'));
    for (const name of CONTEXT_SERVICES) expect([name, mounted(name, resolvedEnvironment(name).AUTH_DEV_KEY_FILE!)]).toEqual([name, true]);
    expect(mounted('audit', resolvedEnvironment('audit').AUDIT_SIGNER_KEY_FILE!)).toBe(true);
    expect(mounted('registry', resolvedEnvironment('registry').REGISTRY_SIGNER_KEY_FILE!)).toBe(true);
    expect(mounted('intake', `${resolvedEnvironment('intake').STORAGE_DIR}/file`)).toBe(true);
  });
});

describe('docker-compose.yml, as operators run it', () => {
  const LONG_RUNNING = Object.keys(compose.services).filter((name) => name !== 'migrate');

  it('takes its third-party images from open-source projects, at a pinned major version', () => {
    const images = Object.fromEntries(
      Object.entries(compose.services)
        .filter(([, definition]) => definition.image !== undefined)
        .map(([name, definition]) => [name, definition.image!.replace(/:(\d+)[^:]*$/, ':$1')]),
    );
    // Valkey (BSD-3-Clause) rather than Redis 7.4+, whose licences (RSALv2/SSPL, then AGPL) are not all open source.
    expect(images).toEqual({ postgres: 'postgres:16', redis: 'valkey/valkey:8', gateway: 'nginx:1' });
    expect(service('redis').command![0]).toBe('valkey-server');
  });

  it('builds every Node service from the Dockerfile of this repository', () => {
    for (const name of NODE_SERVICES) expect([name, service(name).build, service(name).image]).toEqual([name, '.', undefined]);
  });

  it.each(LONG_RUNNING)('%s restarts unless stopped and has a health check', (name) => {
    expect(service(name).restart).toBe('unless-stopped');
    expect(service(name).healthcheck?.test?.length).toBeGreaterThan(1);
  });

  it('runs the migrate job once: a failed migration waits for a person instead of looping', () => {
    expect(service('migrate').restart).toBe('no');
    expect(service('migrate').healthcheck).toBeUndefined();
  });

  it('checks the gateway by an answer of its own', () => {
    const test = service('gateway').healthcheck!.test.join(' ');
    const path = /http:\/\/127\.0\.0\.1(\/\S+)/.exec(test)![1]!;
    expect(nginx.text).toMatch(new RegExp(`location = ${path} \\{[^}]*return 204;`));
  });

  it('has an .env.example naming every variable it reads from the environment, and nothing else', () => {
    const used = new Set([...readFileSync(join(root, 'docker-compose.yml'), 'utf8').matchAll(/\$\{([A-Z_]+)/g)].map((match) => match[1]!));
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    const named = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]!));
    expect([...named].sort()).toEqual([...used].sort());
    // The filled-in copy holds secrets: neither git nor the image's build context may take it.
    for (const ignore of ['.gitignore', '.dockerignore']) expect(readFileSync(join(root, ignore), 'utf8')).toMatch(/^\.env$/m);
  });
});

describe('deploy/nginx.conf', () => {
  it('has the routes of the gateway that `npm run start:services` runs', () => {
    const fromNginx = nginx.locations.map((location) => ({ path: location.path, exact: location.exact, service: location.upstream }));
    const fromGateway = GATEWAY_ROUTES.map((route) => ({ path: route.path, exact: route.exact ?? false, service: route.service }));
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(fromNginx.sort(byPath)).toEqual(fromGateway.sort(byPath));
  });

  it.each(CONTEXT_SERVICES)("sends every route of %s's controllers to it", (name) => {
    const config = loadPlatformConfig(resolvedEnvironment(name));
    const platformPaths = new Set(routesOf(PlatformModule.forRoot({ config })).map((route) => route.path));
    const routes = routesOf(serviceModule(name, config)).filter((route) => !platformPaths.has(route.path));
    expect(routes.length).toBeGreaterThan(0);
    const misrouted = routes.filter((route) => routeOf(route.path)?.service !== name).map((route) => `${route.method} ${route.path}`);
    expect(misrouted).toEqual([]);
  });

  it('sends every location to a service that serves something under it', () => {
    const config = loadPlatformConfig({});
    const served = (name: string) => routesOf(serviceModule(name, config)).map((route) => route.path);
    for (const location of nginx.locations) {
      const paths = served(location.upstream);
      const matches = paths.some((path) => (location.exact ? path === location.path : path.startsWith(location.path)));
      // The API viewer and descriptions are served beside Nest's controllers, by every service.
      const apiDescription = location.path === '/docs' || location.path.startsWith('/docs/');
      expect({ location: location.path, matches: matches || apiDescription }).toEqual({
        location: location.path,
        matches: true,
      });
    }
  });

  it('streams the ledger export unbuffered and lets 20 MB attachments through', () => {
    expect(nginx.locations.find((location) => location.path === '/audit')!.directives).toMatch(/proxy_buffering off;/);
    expect(nginx.text).toMatch(/client_max_body_size 2\dm;/);
  });
});
