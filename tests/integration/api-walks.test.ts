import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp } from '../support/app';
import { demoPki } from '../support/demo-pki';
import { fencedBlocks, repositoryRoot } from '../support/doc-blocks';
import { createOwnDatabase } from '../support/own-database';

// Some twenty processes and a dozen waits for events: generous, for a busy machine.
jest.setTimeout(600_000);

/** Runs a bash script from the repository's root; resolves with its exit status and output. */
function bash(script: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * docs/api.md, replayed: every bash block, in order and as written, against the standalone
 * application, as one shell session that stops at the first command that fails.
 */
describe('docs/api.md', () => {
  let testApp: TestApp;
  // The walks sign every act with a development PKI of this run's own, and run its OCSP responder.
  let pki: Awaited<ReturnType<typeof demoPki>>;
  // The walks check every qualified signature of the ledger against their own development root, so
  // they run on a ledger of their own, without the acts other tests signed with CAs of theirs.
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    pki = await demoPki();
    database = await createOwnDatabase();
    testApp = await startTestApp({
      ...pki.env,
      SIGNATURES_REQUIRED: 'true',
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `walks-${randomBytes(3).toString('hex')}`,
    });
  });

  afterAll(async () => {
    await testApp.close();
    await database.drop();
    pki.remove();
  });

  it('has walks to replay', () => {
    expect(fencedBlocks('docs/api.md', 'bash').length).toBeGreaterThanOrEqual(7);
  });

  it('runs every curl walk from a draft to a revoked decision and a verified ledger, every act signed', async () => {
    const blocks = fencedBlocks('docs/api.md', 'bash');
    // Traced, so a failure shows the command that stopped the walk.
    const script = ['set -xeuo pipefail', ...blocks.map((block, index) => `echo "--- block ${index + 1}"\n${block}`), 'echo "--- walked"'];
    const { status, output } = await bash(script.join('\n'), {
      ...process.env,
      BASE: testApp.baseUrl,
      PKI: pki.pki.dir,
      OCSP_PORT: String(pki.pki.ocspPort),
    });
    // The output names the block that stopped and the command's own complaint.
    expect({ status, tail: output.split('\n').slice(-25).join('\n') }).toEqual({ status: 0, tail: expect.stringContaining('--- walked') });
  });
});
