import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../tools/ledger-command';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { apiClient } from '../support/http-client';

function capture() {
  let text = '';
  return {
    write: (chunk: string) => (text += chunk),
    get text() {
      return text;
    },
  };
}

async function run(argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const status = await main(argv, { stdin: new PassThrough(), stdout, stderr });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** The offline path a new auditor follows: export from the database, then verify with the public key. */
describe('npm run ledger -- export, then verify', () => {
  let testApp: TestApp;
  let directory: string;
  let keyFile: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const api = apiClient(testApp.baseUrl);
    const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() });
    const dataSource = testApp.owner;
    // Two requests, each waited for: at least two batches, so a range can start past index 0.
    for (const title of ['Для выгрузки 1', 'Для выгрузки 2']) {
      const created = await api('POST', '/requests', { token, body: { system: { titleRu: title } } });
      await eventually(async () => {
        const rows = await dataSource.query('SELECT 1 FROM audit.entries WHERE request_id = $1', [created.body.id]);
        return rows.length > 0 ? true : undefined;
      }, 15_000);
    }
    directory = await mkdtemp(join(tmpdir(), 'ledger-command-'));
    keyFile = join(directory, 'ledger.key');
    const auditor = await tokenFor({ roles: ['auditor'] });
    const key = await api<string>('GET', '/audit/log/key', { token: auditor });
    await import('node:fs/promises').then((fs) => fs.writeFile(keyFile, key.body));
  });

  afterAll(async () => {
    await testApp.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('exports the whole ledger to a file that verifies with the public key alone', async () => {
    const file = join(directory, 'whole.ndjson');
    const exported = await run(['export', '--out', file]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toMatch(/exported \d+ entries/);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'header', format: 'qaztech-ledger-export/1', fromIndex: 0 });
    const verified = await run(['verify', '--export', file, '--key', `@${keyFile}`]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^OK: the export verifies/);
  });

  it('exports a time range that still verifies, from the left edge of the tree before it', async () => {
    const file = join(directory, 'range.ndjson');
    // From the second batch on: the export starts past index 0 and carries the tree's left edge.
    const [second] = await testApp.owner.query(
      'SELECT min(integrated_at) AS at FROM audit.entries WHERE integrated_at > (SELECT min(integrated_at) FROM audit.entries)',
    );
    expect((await run(['export', '--out', file, '--from', second.at.toISOString()])).status).toBe(0);
    const [header, leftEdge] = (await readFile(file, 'utf8')).split('\n', 2).map((line) => JSON.parse(line));
    expect(header.fromIndex).toBeGreaterThan(0);
    expect(leftEdge).toMatchObject({ kind: 'leftEdge', size: header.fromIndex });
    const verified = await run(['verify', '--export', file, '--key', `@${keyFile}`]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^OK/);
  });

  it('refuses to overwrite a file and to read a time that is not one', async () => {
    const file = join(directory, 'whole.ndjson');
    await expect(run(['export', '--out', file])).rejects.toThrow(/refusing to overwrite/);
    const bad = await run(['export', '--from', 'yesterday']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--from must be an ISO 8601 time');
  });
});
