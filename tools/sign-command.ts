import { readFileSync } from 'node:fs';
import { isRole, isValidKzIdentifier, loadPlatformConfig, ROLES, signAsDev } from '@qaztech/platform';
import { parseArgs } from './cli-args';

export const SIGN_HELP = `Sign bytes as NCALayer would, with the development PKI (refused in production).

Usage: npm run -s sign -- --as ROLE (--file FILE | --base64 B64) [--iin IIN] [--bin BIN] [--algorithm rsa|gost256|gost512]

  --as         the signer's role: ${ROLES.join(', ')}
  --file       the bytes to sign, from a file (the canonical bytes the server returned)
  --base64     the bytes to sign, in base64 (what NCALayer's createCMSSignatureFromBase64 takes)
  --iin        the signer's IIN (default: the role's development person)
  --bin        the organisation's BIN in the certificate (default: the role's development organisation)
  --algorithm  the key: rsa (default), gost256 or gost512 (GOST 34.10-2015)
  --pki        the development PKI's folder (default .local/pki, created on first use)

Prints the detached CMS in base64 on standard output, e.g.
  CMS=$(npm run -s sign -- --as commission.chair --file decision.bin)

The PKI's root is .local/pki/trusted-roots.pem (SIGNATURE_TRUSTED_ROOTS' development default):
  echo "$CMS" | base64 -d > decision.cms
  openssl cms -verify -binary -inform DER -in decision.cms -content decision.bin -CAfile .local/pki/trusted-roots.pem -purpose any -out /dev/null

Certificates name an OCSP responder at http://127.0.0.1:2560/; to answer for them (it reads the
index when it starts: restart it after a new person's first signature):
  openssl ocsp -index .local/pki/index.txt -port 2560 -CA .local/pki/intermediate.pem -rsigner .local/pki/ocsp.pem -rkey .local/pki/ocsp.key
`;

export class UsageError extends Error {}

const ALGORITHMS = ['rsa', 'gost256', 'gost512'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

function contentOf(args: Map<string, string[]>): Uint8Array {
  const file = args.get('file')?.at(-1);
  const base64 = args.get('base64')?.at(-1);
  if ((file === undefined) === (base64 === undefined)) throw new UsageError('give exactly one of --file or --base64');
  if (file !== undefined) {
    try {
      return new Uint8Array(readFileSync(file));
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64!.replace(/\s+/g, ''))) throw new UsageError('--base64 is not base64');
  return new Uint8Array(Buffer.from(base64!, 'base64'));
}

function identifier(args: Map<string, string[]>, name: 'iin' | 'bin'): string | undefined {
  const value = args.get(name)?.at(-1);
  if (value !== undefined && !isValidKzIdentifier(value)) throw new UsageError(`--${name} ${value} is not a valid ${name.toUpperCase()}`);
  return value;
}

/** Returns the CMS in base64, or the help when asked; throws UsageError on a bad invocation. */
export function runSign(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const args = parseArgs(argv, ['as', 'file', 'base64', 'iin', 'bin', 'algorithm', 'pki', 'help']);
  if (args.has('help')) return SIGN_HELP;
  if (loadPlatformConfig(env).NODE_ENV === 'production') throw new UsageError('the development signer is refused in production');
  const role = args.get('as')?.at(-1);
  if (!role) throw new UsageError(`--as ROLE is required\n\n${SIGN_HELP}`);
  if (!isRole(role)) throw new UsageError(`unknown role ${role}; roles are: ${ROLES.join(', ')}`);
  const algorithm = args.get('algorithm')?.at(-1) ?? 'rsa';
  if (!(ALGORITHMS as readonly string[]).includes(algorithm)) throw new UsageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}`);
  const content = contentOf(args);
  const request = { role, kind: algorithm as Algorithm, iin: identifier(args, 'iin'), bin: identifier(args, 'bin') };
  return `${signAsDev(args.get('pki')?.at(-1) ?? '.local/pki', request, content)}\n`;
}
