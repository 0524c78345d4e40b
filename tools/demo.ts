import { isValidKzIdentifier, loadPlatformConfig } from '@qaztech/platform';
import { parseArgs } from './cli-args';
import { DemoStepFailed, runDemo } from './demo/run-demo';

const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';

const HELP = `Walk one exemption request through the whole running system and prove the result.

Usage: npm run -s demo [-- --base-url URL] [--key-file FILE] [--agency BIN] [--timeout SECONDS] [--pki DIR] [--ocsp-port PORT]

  --base-url  the system's address (default ${DEFAULT_BASE_URL}: npm start, or the gateway of
              npm run start:services; for docker compose, http://127.0.0.1:8080)
  --key-file  the development issuer's key (default: AUTH_DEV_KEY_FILE, as the system reads it,
              .local/dev-issuer-key.json unless set)
  --agency    BIN of the applicant agency (default 940140000385)
  --timeout   how long to wait for each asynchronous effect (default 60 seconds)
  --pki       the development PKI the system trusts (default .local/pki, SIGNATURE_TRUSTED_ROOTS'
              development default; created on first use)
  --ocsp-port where the demo runs the PKI's OCSP responder (default 2560, the port its
              certificates name); one already listening there is used as it is

An agency drafts a request in Kazakh and Russian, attaches documents and submits it; the
secretary returns it once and accepts the revision; three experts give opinions; a meeting of a
chair and five members votes, one member recused as the applicant's employee; the chair issues a
decision with conditions. Each act (submission, opinions, decision, minutes) is signed as NCALayer
would, with the development PKI, and the system verifies each signature. Then the demo waits for the decision in the public register and checks
its JWS against /public/jwks.json, prints the request's history from the audit ledger, and
verifies an export of the ledger offline against the checkpoint key.

Tokens come from the built-in development issuer (refused in production). One line per step;
the exit status is 1 when a step fails, and the message names it.
`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['help', 'base-url', 'key-file', 'agency', 'timeout', 'pki', 'ocsp-port']);
  if (args.has('help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadPlatformConfig();
  const baseUrl = (args.get('base-url')?.at(-1) ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(baseUrl)) throw new Error(`--base-url ${baseUrl} is not an http(s) origin`);
  const agencyBin = args.get('agency')?.at(-1) ?? '940140000385';
  if (!isValidKzIdentifier(agencyBin)) throw new Error(`--agency ${agencyBin} is not a valid BIN`);
  const timeout = Number(args.get('timeout')?.at(-1) ?? 60);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new Error('--timeout must be a positive number of seconds');
  process.stdout.write(`QazTech Exemptions demo against ${baseUrl}\n`);
  const state = await runDemo({
    baseUrlOf: () => baseUrl,
    keyFile: args.get('key-file')?.at(-1) ?? config.AUTH_DEV_KEY_FILE,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    agencyBin,
    timeoutMs: timeout * 1000,
    pki: { dir: args.get('pki')?.at(-1) ?? '.local/pki', ocspPort: Number(args.get('ocsp-port')?.at(-1) ?? 2560) },
    print: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`done: ${state.registrationNumber} decided as ${state.decisionNumber}, public at ${state.publicUrl}\n`);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const message = error instanceof DemoStepFailed || error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
    process.exit(1);
  },
);
