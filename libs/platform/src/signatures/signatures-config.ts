import { InvalidValue, parsers, VariableSpec } from '../config/config-schema';
import { isValidKzIdentifier } from '../identifiers/kz-identifier';

const isProduction = (env: NodeJS.ProcessEnv): boolean => env.NODE_ENV === 'production';

function parseOids(raw: string): string[] | InvalidValue {
  const oids = parsers.list(raw);
  const invalid = oids.find((oid) => !/^\d+(\.\d+)+$/.test(oid));
  return invalid ? new InvalidValue(`"${invalid}" is not an object identifier such as 1.2.398.3.3.2.1`) : oids;
}

function parseBin(raw: string): string | InvalidValue {
  return raw === '' || isValidKzIdentifier(raw) ? raw : new InvalidValue(`"${raw}" is not a valid BIN`);
}

/**
 * How qualified electronic signatures are checked. NCA RK's roots and policies are configuration:
 * they change with the CA's regulations, not with this code.
 */
export const SIGNATURES_CONFIG_SCHEMA = {
  SIGNATURES_REQUIRED: {
    description: 'Whether acts the law cares about must carry a qualified signature; off, a signature is still verified when one is sent',
    parse: parsers.boolean,
    default: (env: NodeJS.ProcessEnv) => isProduction(env),
  } satisfies VariableSpec<boolean>,
  SIGNATURE_TRUSTED_ROOTS: {
    description: "Path of the PEM bundle of trusted root certificates (NCA RK's roots in production); none, and every signature is refused",
    parse: parsers.string,
    default: (env: NodeJS.ProcessEnv) => (isProduction(env) ? '' : '.local/pki/trusted-roots.pem'),
  },
  SIGNATURE_OCSP_URL: {
    description: "OCSP responder asked instead of the one a certificate names (e.g. http://ocsp.pki.gov.kz); empty: the certificate's",
    parse: parsers.url(['http:', 'https:']),
    default: () => '',
  },
  SIGNATURE_REVOCATION_TIMEOUT_MS: {
    description: 'How long one OCSP or CRL request may take before the next source is tried (ms)',
    parse: parsers.positiveInteger,
    default: () => 5_000,
  },
  SIGNATURE_COMMISSION_BIN: {
    description:
      "BIN of the Commission's organisation, which the certificates of the Commission's acts (opinions, minutes, decisions) must name; empty: those acts cannot be signed",
    parse: parseBin,
    default: (env: NodeJS.ProcessEnv) => (isProduction(env) ? '' : '000740001307'),
  } satisfies VariableSpec<string>,
  SIGNATURE_SIGNING_POLICIES: {
    description: 'Certificate policy OIDs that mark a signing key, comma separated',
    parse: parseOids,
    default: () => ['1.2.398.3.3.2.1'],
  },
  SIGNATURE_AUTHENTICATION_POLICIES: {
    description: 'Certificate policy OIDs that mark an authentication-only key, comma separated',
    parse: parseOids,
    default: () => ['1.2.398.3.3.2.2'],
  },
} as const;
