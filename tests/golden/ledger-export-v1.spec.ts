import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { generateNoteKey, verifyNdjson } from '../../libs/audit/src/log';
import { main } from '../../tools/ledger-command';

/**
 * An export in the ledger's first format (`qaztech-ledger-export/1`), written by the real
 * exporter from a small real run (a request created, documents attached, submitted, a screening
 * task the system opened, the request withdrawn, an auditor's read), with the public key of the
 * checkpoints that sign it. It is never regenerated: every later verifier must accept it.
 */
const EXPORT = join(__dirname, 'ledger-export-v1.ndjson');
const KEY = join(__dirname, 'ledger-export-v1.verifier.pub');

const text = readFileSync(EXPORT, 'utf8');
const key = readFileSync(KEY, 'utf8').trim();

async function runCommand(argv: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await main(argv, {
    stdin: new PassThrough(),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: () => true },
  });
  return { status, stdout };
}

describe('the golden ledger export of format 1', () => {
  it('verifies with the verifier library: every entry, chain and signed checkpoint', async () => {
    const result = await verifyNdjson([text], [key]);
    expect(result).toMatchObject({ ok: true, entries: 8, checkpoints: 3, entriesWithoutCheckpoint: 0, erasedPayloads: 0 });
  });

  it('verifies with the offline command an auditor runs (npm run ledger -- verify)', async () => {
    const verified = await runCommand(['verify', '--export', EXPORT, '--key', `@${KEY}`]);
    expect(verified.stdout).toMatch(/^OK: the export verifies/);
    expect(verified.status).toBe(0);
  });

  it('is still what it was: a changed payload, or another key, does not verify', async () => {
    const tampered = text.replace('Передумали', 'Передумала');
    expect(tampered).not.toBe(text);
    expect((await verifyNdjson([tampered], [key])).ok).toBe(false);
    const otherKey = generateNoteKey(key.split('+')[0]!).verifierKey;
    expect((await verifyNdjson([text], [otherKey])).ok).toBe(false);
  });
});
