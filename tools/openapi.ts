import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, runCommand } from './cli-args';
import { clientSource } from './openapi/client-source';
import { describeSystem, serializeDocument } from './openapi/describe-system';

const HELP = `Write the API description and the typed client generated from it.

Usage: npm run openapi [-- --check]

  (no option)  write openapi.json (what the standalone process serves at /docs-json) and
               tools/api-client/api-schema.ts (the client's types, from openapi.json)
  --check      write nothing; exit 1 when either file differs from what the code gives

Needs no database: the description is read from the code.
`;

const ROOT = join(__dirname, '..', '..');
const DOCUMENT_FILE = join(ROOT, 'openapi.json');
const CLIENT_SCHEMA_FILE = join(ROOT, 'tools', 'api-client', 'api-schema.ts');

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['help', 'check']);
  if (args.has('help')) {
    process.stdout.write(HELP);
    return;
  }
  const document = serializeDocument(await describeSystem());
  const client = await clientSource(JSON.parse(document) as object);
  const outputs: [string, string][] = [
    [DOCUMENT_FILE, document],
    [CLIENT_SCHEMA_FILE, client],
  ];
  if (args.has('check')) {
    const stale = outputs.filter(([file, text]) => read(file) !== text).map(([file]) => file);
    if (stale.length > 0) throw new Error(`out of date, run \`npm run openapi\`: ${stale.join(', ')}`);
    process.stdout.write('openapi.json and the client are current\n');
    return;
  }
  for (const [file, text] of outputs) writeFileSync(file, text);
  process.stdout.write(`wrote ${outputs.map(([file]) => file).join(', ')}\n`);
}

runCommand(main);
