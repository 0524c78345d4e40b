import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { exportLedger } from '../libs/audit/src/export/ledger-export';
import { toNdjson } from '../libs/audit/src/export/ndjson';
import { loadAuditConfig } from '../libs/audit/src/shared/audit-config';
import { loadPlatformConfig } from '../libs/platform/src/config/platform-config';
import { contextDatabase } from '../libs/platform/src/database/context-database';

export const EXPORT_HELP = `Export the ledger from the database as NDJSON: what \`verify\` and an outside auditor read.

Usage: npm run -s ledger -- export [--out FILE] [--from TIME] [--to TIME]

  --out   the file to write (created, never overwritten); standard output when absent or -
  --from  only entries appended at or after this ISO 8601 time
  --to    only entries appended before this ISO 8601 time

Reads the ledger as the audit context's role (AUDIT_DATABASE_PASSWORD or AUDIT_DATABASE_URL, on
DATABASE_URL's server) and AUDIT_LOG_ORIGIN from the environment, like the service. Only entries
that a signed checkpoint covers are exported. Progress goes to standard error.
`;

export interface ExportOptions {
  out: string | undefined;
  from: Date | undefined;
  to: Date | undefined;
}

/** Parses an option that must be an ISO 8601 time; throws with the option's name otherwise. */
export function parseTime(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time.getTime()))
    throw new Error(`--${name} must be an ISO 8601 time, not "${value}"`);
  return time;
}

/** Writes the export and returns how many entries it held. */
export async function exportToStream(
  options: ExportOptions,
  stdout: { write(text: string): unknown },
  stderr: { write(text: string): unknown },
): Promise<number> {
  const platform = loadPlatformConfig();
  const audit = loadAuditConfig();
  const target = options.out && options.out !== '-' ? await createFile(options.out) : stdout;
  const { url } = contextDatabase('audit', platform.DATABASE_URL, audit);
  const dataSource = await new DataSource({ type: 'postgres', url, poolSize: 2 }).initialize();
  let entries = 0;
  try {
    const records = countEntries(
      exportLedger(dataSource.manager, audit.AUDIT_LOG_ORIGIN, { from: options.from, to: options.to }),
      (count) => {
        entries = count;
        if (count % 100_000 === 0) stderr.write(`exported ${count} entries\n`);
      },
    );
    for await (const chunk of toNdjson(records)) {
      // Respect backpressure: a million entries must not pile up in memory behind a slow disk.
      if (target.write(chunk) === false && target instanceof Writable) await once(target, 'drain');
    }
  } finally {
    if (target instanceof Writable)
      await new Promise<void>((resolve, reject) => target.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await dataSource.destroy();
  }
  stderr.write(`exported ${entries} entries\n`);
  return entries;
}

/** Opens a new file; an existing one is an error, never overwritten. */
async function createFile(path: string): Promise<Writable> {
  const handle = await fs.open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EEXIST' ? `${path} exists; refusing to overwrite it` : `cannot write ${path}: ${error.message}`);
  });
  return handle.createWriteStream();
}

async function* countEntries<T extends { kind: string }>(records: AsyncIterable<T>, onEntry: (count: number) => void): AsyncGenerator<T> {
  let count = 0;
  for await (const record of records) {
    if (record.kind === 'entry') onEntry((count += 1));
    yield record;
  }
}
