import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchLedger, FULL, QUICK } from './ledger.bench';
import { Figure, machine, progress, renderTable } from './support';
import { BenchSystem } from './system';

const HELP = `Benchmarks of QazTech Exemptions, each figure beside a baseline measured in the same run.

Usage: npm run bench [-- --quick]

  --quick   small sizes, about a minute: a smoke run, its figures are indicative only

Prints one table on standard output and progress on standard error; writes the figures as JSON
under bench/results/. Needs PostgreSQL and Redis (DATABASE_URL's server, REDIS_URL); creates a
database of its own and removes it afterwards.
`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const unknown = argv.filter((argument) => argument !== '--quick');
  if (unknown.length > 0) {
    process.stderr.write(`error: unknown argument ${unknown.join(' ')}\n\n${HELP}`);
    return 2;
  }
  const quick = argv.includes('--quick');
  const system = await BenchSystem.start();
  let figures: Figure[];
  let versions: { postgres: string; redis: string };
  try {
    versions = await system.versions();
    figures = await benchLedger(system, quick ? QUICK : FULL);
  } finally {
    await system.stop();
  }
  process.stdout.write(`\n${renderTable(figures)}\n\nThe load generator and the system share this machine's cores.\n`);
  const results = { at: new Date().toISOString(), quick, machine: machine(versions.postgres, versions.redis), figures };
  const directory = join(process.cwd(), 'bench', 'results');
  await mkdir(directory, { recursive: true });
  const file = join(directory, `bench-${results.at.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  progress(`figures written to ${file}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
