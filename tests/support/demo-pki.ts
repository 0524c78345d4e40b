import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './signature-ca';

/**
 * A development PKI of the test's own for the demo (its folder, created by the demo on first use)
 * and a free port for the demo's OCSP responder, with the settings that make the system trust both.
 */
export async function demoPki(): Promise<{ pki: { dir: string; ocspPort: number }; env: Record<string, string>; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'qaztech-demo-pki-'));
  const ocspPort = await freePort();
  return {
    pki: { dir, ocspPort },
    env: { SIGNATURE_TRUSTED_ROOTS: join(dir, 'trusted-roots.pem'), SIGNATURE_OCSP_URL: `http://127.0.0.1:${ocspPort}/` },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
