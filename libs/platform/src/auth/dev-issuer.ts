import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import { Role } from './roles';

/**
 * The development issuer: an Ed25519 key generated on first use and kept in a git-ignored file,
 * so that a token minted by the command line verifies in a server started from the same checkout.
 * It is never used in production (configuration refuses it).
 */
export interface DevSigningKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function loadOrCreateDevKey(path: string): Promise<DevSigningKey> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as DevSigningKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = `dev-${randomUUID()}`;
  const key: DevSigningKey = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' },
  };
  await mkdir(dirname(path), { recursive: true });
  try {
    // `wx`: if another process created the key meanwhile, keep theirs so both sign alike.
    await writeFile(path, JSON.stringify(key), { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(path, 'utf8')) as DevSigningKey;
  }
}

export interface DevTokenRequest {
  subject?: string;
  name: string;
  roles: Role[];
  agencyBin?: string;
  /** The person's IIN, as an identity provider that knows it would state it. */
  iin?: string;
  issuer: string;
  audience: string;
  expiresInSeconds?: number;
}

export async function mintDevToken(key: DevSigningKey, request: DevTokenRequest): Promise<string> {
  const signingKey = await importJWK(key.privateJwk, 'EdDSA');
  const claims: Record<string, unknown> = { name: request.name, roles: request.roles };
  if (request.agencyBin) claims.agency_bin = request.agencyBin;
  if (request.iin) claims.iin = request.iin;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: key.privateJwk.kid, typ: 'JWT' })
    .setSubject(request.subject ?? `dev:${randomUUID()}`)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(`${request.expiresInSeconds ?? 8 * 3600}s`)
    .sign(signingKey);
}
