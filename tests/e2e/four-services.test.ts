import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContextName } from '@qaztech/contracts';
import { loadPlatformConfig } from '@qaztech/platform';
import { runDemo } from '../../tools/demo/run-demo';
import { Gateway, startGateway } from '../../tools/system/gateway';
import { pathOf, routeOf, SERVICES } from '../../tools/system/topology';
import { rolesByApplication } from '../support/connected-roles';
import { demoPki } from '../support/demo-pki';
import { createOwnDatabase } from '../support/own-database';
import { randomBin } from '../support/fixtures';
import { ServiceProcess, stopAll } from './support/service-process';

jest.setTimeout(180_000);

/**
 * The contexts as processes of their own sharing one database and one Redis prefix, each called
 * on its own port. No process has another context's module, so whatever crosses from one context
 * to another here crossed as an event.
 */
describe('the demo against the services as separate processes', () => {
  const services = new Map<ContextName, ServiceProcess>();
  let pki: Awaited<ReturnType<typeof demoPki>>;
  // The demo checks every qualified signature in the ledger against its own development root, so
  // the services share a ledger of their own, without the acts other tests signed with CAs of theirs.
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    pki = await demoPki();
    database = await createOwnDatabase();
    const env = { LOG_LEVEL: 'warn', ...pki.env, DATABASE_URL: database.url, QUEUE_PREFIX: `services-${randomBytes(3).toString('hex')}` };
    // One at a time: on a small machine four boots at once only slow each other down.
    for (const { name } of SERVICES) services.set(name, await ServiceProcess.start(name, env));
  });

  afterAll(async () => {
    await stopAll([...services.values()]);
    await database.drop();
    pki.remove();
  });

  function serviceFor(path: string): ServiceProcess {
    const route = routeOf(pathOf(path));
    if (!route) throw new Error(`no service serves ${path}`);
    return services.get(route.service)!;
  }

  it('takes a request from a draft to a verified ledger, each call to the service that owns it', async () => {
    const config = loadPlatformConfig();
    const called = new Set<string>();
    const state = await runDemo({
      baseUrlOf: (path) => {
        const service = serviceFor(path);
        called.add(service.service);
        return service.url;
      },
      keyFile: config.AUTH_DEV_KEY_FILE,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      agencyBin: randomBin(),
      timeoutMs: 60_000,
      pki: pki.pki,
      print: () => undefined,
    });
    expect(state.publicUrl).toBe(`${services.get('registry')!.url}/public/decisions/${state.decisionNumber}`);
    // Every service answers part of the case: the catalogue its inventory and overlap report.
    expect([...called].sort()).toEqual(SERVICES.map((service) => service.name).sort());
  });

  it('puts the services under one port through the gateway, with the routes of deploy/nginx.conf', async () => {
    const upstreams = Object.fromEntries([...services].map(([name, service]) => [name, service.url])) as Record<ContextName, string>;
    const gateway: Gateway = await startGateway({ host: '127.0.0.1', port: 0, upstreams });
    try {
      const ready = await fetch(`${gateway.url}/ready`);
      expect(ready.status).toBe(200);
      const unauthenticated = await fetch(`${gateway.url}/review/queues/screening`, { headers: { 'x-request-id': 'gateway-trace-1' } });
      expect({ status: unauthenticated.status, requestId: unauthenticated.headers.get('x-request-id') }).toEqual({
        status: 401,
        requestId: 'gateway-trace-1',
      });
      const jwks = await fetch(`${gateway.url}/public/jwks.json`);
      expect(jwks.status).toBe(200);
      // Inside the register's /public prefix, the catalogue's public list goes to the catalogue.
      const capabilities = await fetch(`${gateway.url}/public/capabilities`, { headers: { 'accept-language': 'kk' } });
      const seeded = (await capabilities.json()) as { items: { id: string; name: string }[] };
      expect(seeded.items.find((item) => item.id === 'env-prod')).toMatchObject({ name: 'Өнеркәсіптік орта (PROD)' });
      const nowhere = await fetch(`${gateway.url}/nowhere`, { headers: { 'accept-language': 'en' } });
      expect({ status: nowhere.status, body: await nowhere.json() }).toMatchObject({ status: 404, body: { code: 'ROUTE_NOT_FOUND' } });
    } finally {
      await gateway.close();
    }
  });

  it('shows every context at /docs through the gateway, each described by the service that runs it', async () => {
    const upstreams = Object.fromEntries([...services].map(([name, service]) => [name, service.url])) as Record<ContextName, string>;
    const gateway: Gateway = await startGateway({ host: '127.0.0.1', port: 0, upstreams });
    try {
      expect((await fetch(`${gateway.url}/docs`)).headers.get('content-type')).toMatch(/^text\/html/);
      const viewer = await (await fetch(`${gateway.url}/docs/swagger-ui-init.js`)).text();
      const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as { paths: Record<string, unknown> };
      const described = new Map<string, string>();
      for (const { name } of SERVICES) {
        expect(viewer).toContain(`"/docs/${name}.json"`);
        const document = (await (await fetch(`${gateway.url}/docs/${name}.json`)).json()) as { paths: Record<string, unknown> };
        for (const [path, item] of Object.entries(document.paths)) {
          expect({ path, item }).toEqual({ path, item: committed.paths[path] });
          described.set(path, name);
        }
      }
      // Together the contexts' descriptions are the committed one, each path from its owner.
      expect([...described.keys()].sort()).toEqual(Object.keys(committed.paths).sort());
      const misplaced = [...described].filter(([path, name]) => routeOf(path.replace(/\{[^}]+\}/g, 'x'))?.service !== name);
      expect(misplaced).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it("connects each service to the database as its own context's role, never as the owner", async () => {
    // A readiness check takes a connection from each service's pool; it stays open a while.
    for (const service of services.values()) expect((await fetch(`${service.url}/ready`)).status).toBe(200);
    const roles = await rolesByApplication(database.url);
    for (const { name } of SERVICES) {
      expect({ name, pool: roles[`qaztech-${name}`], relay: roles[`listen outbox_${name}`] }).toEqual({
        name,
        pool: [`qaztech_${name}`],
        relay: [`qaztech_${name}`],
      });
    }
  });
});
