import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadOrCreateDevKey, loadPlatformConfig, mintDevToken } from '@qaztech/platform';
import { formatOfFileName, InventoryFormat, parseInventory } from '../libs/catalogue/src/inventory/inventory-file';
import { parseArgs } from './cli-args';

/** The catalogue's command: import an inventory of existing state systems, as the API does. */

export interface CatalogueIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';

const HELP = `Import an Architecture portal export into the inventory of existing state systems.

Usage: npm run -s catalogue -- import FILE [--format csv|json] [--source TEXT] [--dry-run]
                                           [--base-url URL] [--token TOKEN]

  import FILE   read FILE (CSV or JSON, by its extension unless --format says), check every row
                here first, then send it to POST /catalogue/inventory/imports: the same import as
                the API, a new version of the inventory. Systems the file no longer lists are
                marked missing, never deleted.
  --format      csv or json, when the file's extension does not say
  --source      where the file came from, kept with the version (default: the file's name)
  --dry-run     say what the import would add, change and mark missing, and change nothing
  --base-url    the system's address (default ${DEFAULT_BASE_URL})
  --token       an admin's bearer token; without it, one is minted from the development issuer's
                key (AUTH_DEV_KEY_FILE), which production refuses

CSV columns: object_id, owner_bin, owner_name, name_kk, name_ru, status, functions, data_objects,
go_live_date, description (lists separated by ";"). JSON: an array, or {"systems": [...]}, of
objects with the same fields in camelCase. Status: creation, pilot, industrial, development,
terminated.

Progress goes to standard error, the result to standard output. Exit status: 0 on success, 1 when
the file has bad rows or the import is refused, 2 on a usage error.
`;

interface Invocation {
  file: string;
  format: InventoryFormat;
  source: string;
  dryRun: boolean;
  baseUrl: string;
  token?: string;
}

function parse(argv: readonly string[]): Invocation | 'help' {
  if (argv.includes('--help') || argv.length === 0) return 'help';
  const [command, file, ...rest] = argv;
  if (command !== 'import') throw new UsageError(`unknown command ${command}`);
  if (!file || file.startsWith('--')) throw new UsageError('import needs a FILE');
  let args: Map<string, string[]>;
  try {
    args = parseArgs(rest, ['format', 'source', 'dry-run', 'base-url', 'token', 'help']);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = (args.get('format')?.at(-1) ?? formatOfFileName(file)) as InventoryFormat | null;
  if (format !== 'csv' && format !== 'json') throw new UsageError('the format is csv or json: name it with --format');
  const baseUrl = (args.get('base-url')?.at(-1) ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(baseUrl)) throw new UsageError(`--base-url ${baseUrl} is not an http(s) origin`);
  return {
    file,
    format,
    source: args.get('source')?.at(-1) ?? basename(file),
    dryRun: args.has('dry-run'),
    baseUrl,
    token: args.get('token')?.at(-1),
  };
}

async function tokenOf(invocation: Invocation, env: NodeJS.ProcessEnv): Promise<string> {
  if (invocation.token) return invocation.token;
  const config = loadPlatformConfig(env);
  const key = await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE);
  return mintDevToken(key, { roles: ['admin'], name: 'catalogue import', issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE });
}

async function run(invocation: Invocation, io: CatalogueIo): Promise<number> {
  const progress = (line: string) => io.stderr.write(`[catalogue] ${line}\n`);
  const size = (await stat(invocation.file)).size;
  progress(`reading ${invocation.file} (${size} bytes, ${invocation.format})`);
  const content = await readFile(invocation.file, 'utf8');
  const { records, problems } = parseInventory(content, invocation.format);
  if (problems.length > 0) {
    for (const problem of problems.slice(0, 50)) io.stderr.write(`  ${problem.field}: ${problem.code}\n`);
    progress(`refused: ${problems.length} problem(s) in the file; nothing was sent`);
    return EXIT_FAILED;
  }
  progress(`${records.length} rows read and checked`);
  progress(`${invocation.dryRun ? 'asking what would change' : 'importing'} at ${invocation.baseUrl}`);
  const response = await fetch(`${invocation.baseUrl}/catalogue/inventory/imports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(invocation, io.env)}`, 'accept-language': 'en' },
    body: JSON.stringify({ source: invocation.source, format: invocation.format, content, dryRun: invocation.dryRun }),
    signal: AbortSignal.timeout(300_000),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status !== 201) {
    progress(`refused: ${response.status} ${String(body.code ?? '')} ${String(body.message ?? '')}`);
    return EXIT_FAILED;
  }
  const counts = body.counts as Record<string, number>;
  io.stdout.write(
    `${invocation.dryRun ? 'dry run, nothing changed: would be' : 'imported as'} version ${String(body.version)}: ` +
      `${counts.rows} rows, ${counts.added} added, ${counts.changed} changed, ${counts.unchanged} unchanged, ` +
      `${counts.returned} returned, ${counts.markedMissing} marked missing\n`,
  );
  return EXIT_OK;
}

export async function main(argv: readonly string[], io: CatalogueIo): Promise<number> {
  try {
    const invocation = parse(argv);
    if (invocation === 'help') {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    return await run(invocation, io);
  } catch (error) {
    io.stderr.write(`error: ${(error as Error).message}\n`);
    if (error instanceof UsageError) {
      io.stderr.write('\nRun with --help for usage.\n');
      return EXIT_USAGE;
    }
    return EXIT_FAILED;
  }
}
