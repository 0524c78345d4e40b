import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildLedger, exportRecords } from '../libs/audit/src/log/export-test-support';
import { generateNoteKey, signerFromKey } from '../libs/audit/src/log';
import { CommandIo, main } from './ledger-command';

const ORIGIN = 'qaztech.kz/audit';

function capture(stdinText = ''): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdin: Readable.from([stdinText]),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

describe('ledger command', () => {
  let dir: string;
  let key: { signerKey: string; verifierKey: string };
  let records: Record<string, unknown>[];
  const write = (name: string, lines: Record<string, unknown>[]) => {
    const path = join(dir, name);
    writeFileSync(path, lines.map((record) => JSON.stringify(record)).join('\n') + '\n');
    return path;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-command-'));
    key = generateNoteKey(ORIGIN);
    records = exportRecords(
      buildLedger({ origin: ORIGIN, count: 60, requests: 6, checkpointEvery: 20, signers: [signerFromKey(key.signerKey)] }),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies a valid export and exits 0', async () => {
    const io = capture();
    expect(await main(['verify', '--export', write('good.ndjson', records), '--key', key.verifierKey], io)).toBe(0);
    expect(io.out()).toMatch(/^OK: the export verifies\n60 entries checked/);
    expect(io.out()).toContain('latest checkpoint: size 60');
    expect(io.err()).toContain('verified 60 entries');
  });

  it('warns about entries after the last checkpoint', async () => {
    const io = capture();
    const lastCheckpoint = records.map((record) => record.kind).lastIndexOf('checkpoint');
    const trimmed = records.filter((_, position) => position !== lastCheckpoint);
    expect(await main(['verify', '--export', write('uncovered.ndjson', trimmed), '--key', key.verifierKey], io)).toBe(0);
    expect(io.out()).toContain('warning: the last 20 entries are not covered by a checkpoint in this export');
  });

  it('reads the export from standard input and keys from a file', async () => {
    const keyFile = join(dir, 'keys.txt');
    writeFileSync(keyFile, `${generateNoteKey(ORIGIN).verifierKey}\n${key.verifierKey}\n`);
    const io = capture(records.map((record) => JSON.stringify(record)).join('\n'));
    expect(await main(['verify', '--export', '-', '--key', `@${keyFile}`], io)).toBe(0);
  });

  it('names the entry whose payload changed by one byte, and exits 1', async () => {
    const text = records.map((record) => JSON.stringify(record)).join('\n');
    const tampered = text.replace('"note":"event 33"', '"note":"event 34"');
    expect(tampered).not.toBe(text);
    const path = join(dir, 'tampered.ndjson');
    writeFileSync(path, tampered);
    const io = capture();
    expect(await main(['verify', '--export', path, '--key', key.verifierKey], io)).toBe(1);
    expect(io.out()).toMatch(/^FAILED at entry 33: payload-mismatch/);
  });

  it('names a dropped entry', async () => {
    const io = capture();
    const path = write(
      'dropped.ndjson',
      records.filter((record) => !(record.kind === 'entry' && record.index === 18)),
    );
    expect(await main(['verify', '--export', path, '--key', key.verifierKey], io)).toBe(1);
    expect(io.out()).toMatch(/^FAILED at entry 18: unexpected-index/);
  });

  it('fails with a key that did not sign the checkpoints', async () => {
    const io = capture();
    expect(await main(['verify', '--export', write('good2.ndjson', records), '--key', generateNoteKey(ORIGIN).verifierKey], io)).toBe(1);
    expect(io.out()).toMatch(/^FAILED at entry 20: checkpoint-signature/);
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['verify'],
      ['verify', '--export', 'x'],
      ['verify', '--bogus'],
      ['verify', '--export', join(dir, 'missing'), '--key', key.verifierKey],
      ['verify', '--export', '-', '--key', 'not-a-key'],
      ['keygen'],
    ]) {
      expect(await main(argv, capture())).toBe(2);
    }
  });

  it('prints help for the command and each subcommand', async () => {
    for (const argv of [['--help'], ['verify', '--help'], ['keygen', '--help']]) {
      const io = capture();
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).toContain('Usage: npm run -s ledger --');
    }
  });

  it('generates a key, writing the signer key with mode 0600 and never overwriting it', async () => {
    const out = join(dir, 'signer.key');
    const io = capture();
    expect(await main(['keygen', '--name', ORIGIN, '--out', out], io)).toBe(0);
    const signerKey = readFileSync(out, 'utf8').trim();
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(signerFromKey(signerKey).verifierKey).toBe(io.out().trim());
    expect(await main(['keygen', '--name', ORIGIN, '--out', out], capture())).toBe(2);
  });

  it('prints both keys, labelled, without --out', async () => {
    const io = capture();
    expect(await main(['keygen', '--name', ORIGIN], io)).toBe(0);
    expect(io.out()).toMatch(
      /^signer key \(secret.*\nPRIVATE\+KEY\+qaztech\.kz\/audit\+[0-9a-f]{8}\+.*\nverifier key \(public\):\nqaztech\.kz\/audit\+/,
    );
  });
});
