import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AUDIT_CONFIG_SCHEMA, loadAuditConfig } from '@qaztech/audit';
import { INTAKE_CONFIG_SCHEMA } from '@qaztech/intake';
import { loadPlatformConfig, PLATFORM_CONFIG_SCHEMA } from '@qaztech/platform';
import { REVIEW_CONFIG_SCHEMA } from '@qaztech/review';

/*
 * No Docker engine runs where the tests run, so the compose file is checked by reading it:
 * every service runs a program the build produces, with variables the code knows and accepts.
 */
const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      command?: string[];
      environment?: Record<string, string>;
      depends_on?: Record<string, { condition: string }>;
      build?: string;
      image?: string;
      volumes?: string[];
      ports?: string[];
    }
  >;
};
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const NODE_SERVICES = ['migrate', 'intake', 'review', 'audit'];
const CONTEXT_SERVICES = ['intake', 'review', 'audit'];

/** `dist/apps/intake/src/main.js` is built from `apps/intake/src/main.ts`. */
function sourceOf(builtFile: string): string {
  return join(root, builtFile.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

/** Fills `${NAME:-default}` as compose would with an empty environment. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml', () => {
  it('runs Postgres, Redis with AOF, a migrate step, the intake, review and audit services and a gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['audit', 'gateway', 'intake', 'migrate', 'postgres', 'redis', 'review']);
    expect(compose.services.redis!.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
  });

  it.each(NODE_SERVICES)('%s runs a program that the build produces and an npm script runs too', (name) => {
    const command = compose.services[name]!.command!;
    expect(command[0]).toBe('node');
    expect(existsSync(sourceOf(command[1]!))).toBe(true);
    expect(Object.values(packageJson.scripts).some((script) => script.includes(`node ${command[1]}`))).toBe(true);
  });

  it.each(NODE_SERVICES)('%s is given only variables the code reads, and they validate', (name) => {
    const environment = compose.services[name]!.environment!;
    const known = new Set([
      ...Object.keys(PLATFORM_CONFIG_SCHEMA),
      ...Object.keys(INTAKE_CONFIG_SCHEMA),
      ...Object.keys(AUDIT_CONFIG_SCHEMA),
      ...Object.keys(REVIEW_CONFIG_SCHEMA),
    ]);
    for (const variable of Object.keys(environment)) expect(known).toContain(variable);
    const resolved = Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, withDefaults(String(value))]));
    const config = loadPlatformConfig(resolved);
    expect(config.PORT).toBe(3000);
    expect(config.MIGRATE_ON_START).toBe(false);
    expect(new URL(config.DATABASE_URL).hostname).toBe('postgres');
    expect(new URL(config.REDIS_URL).hostname).toBe('redis');
    expect(() => loadAuditConfig(resolved)).not.toThrow();
  });

  it('starts each service after migrations and Redis, and the gateway after healthy services', () => {
    expect(compose.services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of CONTEXT_SERVICES) {
      expect(compose.services[name]!.depends_on).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
      });
    }
    expect(compose.services.gateway!.depends_on).toEqual(
      Object.fromEntries(CONTEXT_SERVICES.map((name) => [name, { condition: 'service_healthy' }])),
    );
  });

  it('keeps the ledger signing key where the audit service can reuse it across restarts', () => {
    const audit = compose.services.audit!;
    const keyFile = audit.environment!.AUDIT_SIGNER_KEY_FILE!;
    expect(audit.volumes!.some((volume) => keyFile.startsWith(`${volume.split(':')[1]}/`))).toBe(true);
  });

  it('routes the ledger through the gateway to the audit service, unbuffered', () => {
    const nginx = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
    expect(nginx).toMatch(/location \/audit \{ proxy_pass http:\/\/audit; proxy_buffering off;/);
  });

  it('routes every intake path prefix through the gateway to the intake service', () => {
    const nginx = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
    for (const prefix of ['/requests', '/docs', '/auth/dev/'])
      expect(nginx).toMatch(new RegExp(`location ${prefix} \\{ proxy_pass http://intake; \\}`));
    expect(nginx).toMatch(/location \/review \{ proxy_pass http:\/\/review; \}/);
    // Attachments of 20 MB pass the gateway.
    expect(nginx).toMatch(/client_max_body_size 2\dm;/);
  });
});
