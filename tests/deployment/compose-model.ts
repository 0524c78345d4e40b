import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ConfigSchema } from '@qaztech/platform';

/** Reads the deployment files as a Docker engine would, for tests that run where none does. */
export const root = join(__dirname, '..', '..');

export interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  build?: string;
  image?: string;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  restart?: string;
}

export function readCompose(): { services: Record<string, ComposeService>; volumes: Record<string, unknown> } {
  return parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as never;
}

/** Fills `${NAME:-default}` as compose would with an empty environment. */
export function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

export interface NginxLocation {
  path: string;
  exact: boolean;
  upstream: string;
  directives: string;
}

/** The gateway's locations and upstreams, from `deploy/nginx.conf`. */
export function readNginx(): { locations: NginxLocation[]; upstreams: Record<string, string>; text: string } {
  const text = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
  const locations = [...text.matchAll(/location (= )?(\S+) \{ proxy_pass http:\/\/(\w+);([^}]*)\}/g)].map((match) => ({
    path: match[2]!,
    exact: match[1] !== undefined,
    upstream: match[3]!,
    directives: match[4]!.trim(),
  }));
  const upstreams = Object.fromEntries(
    [...text.matchAll(/upstream (\w+) \{\s*server ([\w.:-]+);\s*\}/g)].map((match) => [match[1]!, match[2]!]),
  );
  return { locations, upstreams, text };
}

function filesUnder(directory: string, pattern: RegExp): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/**
 * Every configuration schema the code declares (`libs/<lib>/src/**\/*-config.ts`), by library:
 * `platform` for the shared variables, a context's name for its own.
 */
export function configSchemas(): Record<string, ConfigSchema> {
  const schemas: Record<string, ConfigSchema> = {};
  for (const file of filesUnder(join(root, 'libs'), /-config\.ts$/)) {
    const library = relative(join(root, 'libs'), file).split('/')[0]!;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (name.endsWith('_CONFIG_SCHEMA')) schemas[library] = { ...schemas[library], ...(value as ConfigSchema) };
    }
  }
  return schemas;
}
