import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ConfigSchema, VariableSpec } from '@qaztech/platform';

/** Where the libraries are, as sources under ts-node/Jest or as the build's output under dist/. */
const LIBS = join(__dirname, '..', '..', 'libs');
const LIBRARY_ORDER = ['platform', 'intake', 'review', 'registry', 'audit', 'catalogue'];

export interface SchemaSection {
  library: string;
  /** The file that declares it, relative to the repository, as a source (`.ts`). */
  file: string;
  schema: ConfigSchema;
}

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return name.endsWith(`-config${extension}`) ? [path] : [];
  });
}

/**
 * Every configuration schema the code declares: each `*_CONFIG_SCHEMA` exported by a
 * `libs/<lib>/src/**\/*-config` file, each variable under the file that declares it (the
 * platform's schema spreads the signatures').
 */
export function configSections(): SchemaSection[] {
  const extension = extname(__filename) === '.ts' ? '.ts' : '.js';
  const sections = filesUnder(LIBS, extension).map((path) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path) as Record<string, unknown>;
    const schema = Object.assign(
      {},
      ...Object.entries(exported)
        .filter(([name]) => name.endsWith('_CONFIG_SCHEMA'))
        .map(([, value]) => value as ConfigSchema),
    ) as ConfigSchema;
    const file = join('libs', relative(LIBS, path)).split(sep).join('/').replace(/\.js$/, '.ts');
    return { library: file.split('/')[1]!, file, schema };
  });
  // A spec that two schemas hold was declared by the smaller and spread into the larger.
  const size = (section: SchemaSection) => Object.keys(section.schema).length;
  const declaredBy = (name: string, spec: unknown) =>
    sections.filter((section) => section.schema[name] === spec).sort((a, b) => size(a) - size(b))[0];
  return sections
    .map((section) => ({
      ...section,
      schema: Object.fromEntries(Object.entries(section.schema).filter(([name, spec]) => declaredBy(name, spec) === section)),
    }))
    .filter((section) => size(section) > 0)
    .sort((a, b) => LIBRARY_ORDER.indexOf(a.library) - LIBRARY_ORDER.indexOf(b.library) || a.file.localeCompare(b.file));
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '—' : `\`${value.join(',')}\``;
  if (value === '' || value === undefined || value === null) return '—';
  if (typeof value === 'object') {
    // A parsed value shown as it is written: a fraction as 2/3.
    const { numerator, denominator } = value as { numerator?: unknown; denominator?: unknown };
    return numerator !== undefined && denominator !== undefined
      ? `\`${String(numerator)}/${String(denominator)}\``
      : `\`${JSON.stringify(value)}\``;
  }
  return `\`${String(value as string | number | boolean)}\``;
}

function defaultOf(spec: VariableSpec<unknown>): string {
  if (!spec.default) return 'required';
  const outside = shown(spec.default({ NODE_ENV: 'development' }));
  const production = shown(spec.default({ NODE_ENV: 'production' }));
  return outside === production ? outside : `${outside}; in production ${production}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * docs/configuration.md, written from the schemas and formatted as `npm run lint` wants it:
 * `npm run docs:config` writes it, a test compares.
 */
export function renderConfigurationReference(sections: SchemaSection[] = configSections()): string {
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from the configuration schemas by `npm run docs:config`; do not edit by hand. -->',
    '',
    "Every setting comes from the environment and is validated at start-up, every module's variables",
    'before migrations run: a bad value stops the process with exit status 78 (EX_CONFIG) and a',
    'message naming every bad variable of every module at once. Secrets are never echoed. A service',
    "reads the platform's variables and those of the contexts it runs; `npm start` runs them all.",
    'Where a default differs in production (`NODE_ENV=production`), both are given.',
  ];
  for (const section of sections) {
    lines.push('', `## ${section.library} — \`${section.file}\``, '');
    lines.push('| variable | default | secret | meaning |', '| --- | --- | --- | --- |');
    for (const [name, spec] of Object.entries(section.schema)) {
      lines.push(`| \`${name}\` | ${cell(defaultOf(spec))} | ${spec.secret ? 'yes' : ''} | ${cell(spec.description)} |`);
    }
  }
  // From the repository's root, where npm and Jest run. Prettier's command, not its API: the API loads its plugins by dynamic import, which Jest refuses.
  const root = process.cwd();
  return execFileSync(join(root, 'node_modules', '.bin', 'prettier'), ['--stdin-filepath', join(root, 'docs', 'configuration.md')], {
    cwd: root,
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
  });
}
