import { exportJWK, generateKeyPair, importJWK, JWTPayload, SignJWT } from 'jose';
import { DomainError } from '../errors/domain-error';
import { DevSigningKey, mintDevToken } from './dev-issuer';
import { Principal } from './roles';
import { principalFromClaims, TokenVerifier } from './token-verifier';
import { VerifiedTokenCache } from './verified-token-cache';

const ISSUER = 'https://issuer.test';
const AUDIENCE = 'qaztech-test';

async function devKey(kid: string): Promise<DevSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' },
  };
}

const codeOf = (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

const principal = (subject: string): Principal => ({ subject, name: subject, roles: ['auditor'] });

describe('VerifiedTokenCache', () => {
  let now = 1_000_000;
  const cache = () => new VerifiedTokenCache({ maxEntries: 2, maxAgeMs: 60_000, now: () => now });

  beforeEach(() => (now = 1_000_000));

  it('answers until the token expires, and not a millisecond after', () => {
    const tokens = cache();
    tokens.set('t', principal('a'), (now + 5_000) / 1000);
    now += 4_999;
    expect(tokens.get('t')?.subject).toBe('a');
    now += 1;
    expect(tokens.get('t')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('trusts a verification no longer than its maximum age, even for a long-lived token', () => {
    const tokens = cache();
    tokens.set('t', principal('a'), (now + 3_600_000) / 1000);
    now += 59_999;
    expect(tokens.get('t')).toBeDefined();
    now += 1;
    expect(tokens.get('t')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    const tokens = cache();
    tokens.set('t', principal('a'), now / 1000 - 10);
    expect(tokens.get('t')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('holds at most its bound, forgetting the oldest first', () => {
    const tokens = cache();
    for (const name of ['a', 'b', 'c']) tokens.set(name, principal(name), undefined);
    expect(tokens.size).toBe(2);
    expect(tokens.get('a')).toBeUndefined();
    expect(tokens.get('b')?.subject).toBe('b');
    expect(tokens.get('c')?.subject).toBe('c');
  });

  it('hands out a principal no request can change for the next', () => {
    const tokens = cache();
    tokens.set('t', principal('a'), undefined);
    const shared = tokens.get('t')!;
    expect(() => shared.roles.push('admin')).toThrow(TypeError);
    expect(() => Object.assign(shared, { subject: 'b' })).toThrow(TypeError);
  });
});

describe('TokenVerifier', () => {
  let now = Date.now();
  let key: DevSigningKey;
  let verifier: TokenVerifier;
  const MAX_LIFETIME = 12 * 3600;
  const seconds = (): number => Math.floor(now / 1000);
  const signClaims = async (claims: JWTPayload): Promise<string> =>
    new SignJWT({ name: 'User', roles: ['auditor'], ...claims })
      .setProtectedHeader({ alg: 'EdDSA', kid: key.privateJwk.kid })
      .setSubject('user-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(await importJWK(key.privateJwk, 'EdDSA'));
  const mint = (expiresInSeconds: number, subject = 'user-1') =>
    mintDevToken(key, { subject, name: 'User', roles: ['auditor'], issuer: ISSUER, audience: AUDIENCE, expiresInSeconds });

  beforeEach(async () => {
    now = Date.now();
    key = await devKey('k1');
    verifier = new TokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      localKeys: { keys: [key.publicJwk] },
      maxLifetimeSeconds: MAX_LIFETIME,
      now: () => now,
    });
  });

  it('verifies a token once and answers its repeats from memory, past its expiry refusing it again', async () => {
    const token = await mint(60);
    expect((await verifier.verify(token)).subject).toBe('user-1');
    expect((await verifier.verify(token)).subject).toBe('user-1');
    // Past exp and the verifier's clock tolerance the token is checked afresh, and refused.
    now += 91_000;
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_EXPIRED');
  });

  it('never lets a token differing in one character reuse another token’s verification', async () => {
    const token = await mint(60);
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(await codeOf(verifier.verify(`${header}.${payload}.${flipped}`))).toBe('TOKEN_INVALID');
  });

  it('does not remember a refused token', async () => {
    const stranger = await devKey('k1');
    const forged = await mintDevToken(stranger, { subject: 'x', name: 'X', roles: ['auditor'], issuer: ISSUER, audience: AUDIENCE });
    expect(await codeOf(verifier.verify(forged))).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(forged))).toBe('TOKEN_INVALID');
  });

  it('refuses a token that never expires', async () => {
    expect(await codeOf(verifier.verify(await signClaims({ iat: seconds() })))).toBe('TOKEN_LIFETIME_TOO_LONG');
  });

  it('accepts a lifetime of exactly the maximum and refuses one second more', async () => {
    const issued = seconds();
    expect((await verifier.verify(await signClaims({ iat: issued, exp: issued + MAX_LIFETIME }))).subject).toBe('user-1');
    expect(await codeOf(verifier.verify(await signClaims({ iat: issued, exp: issued + MAX_LIFETIME + 1 })))).toBe(
      'TOKEN_LIFETIME_TOO_LONG',
    );
  });

  it('measures a token without iat from now, so a far expiry cannot hide behind a missing issue time', async () => {
    expect((await verifier.verify(await signClaims({ exp: seconds() + 3600 }))).subject).toBe('user-1');
    expect(await codeOf(verifier.verify(await signClaims({ exp: seconds() + 10 * 365 * 86_400 })))).toBe('TOKEN_LIFETIME_TOO_LONG');
  });

  it('refuses a token issued long ago for years even while it has hours left, by its whole lifetime', async () => {
    const issued = seconds() - 3 * 365 * 86_400;
    expect(await codeOf(verifier.verify(await signClaims({ iat: issued, exp: seconds() + 3600 })))).toBe('TOKEN_LIFETIME_TOO_LONG');
  });
});

describe('principalFromClaims: the person a signed act must be', () => {
  it('takes a valid IIN from the iin claim, and ignores one that is not an IIN', () => {
    const claims = { sub: 'u-1', roles: ['commission.chair'] };
    expect(principalFromClaims({ ...claims, iin: '750305400027' }).iin).toBe('750305400027');
    expect(principalFromClaims({ ...claims, iin: '750305400028' }).iin).toBeUndefined();
    expect(principalFromClaims(claims).iin).toBeUndefined();
  });
});
