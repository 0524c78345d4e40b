import { Logger } from '@nestjs/common';
import { createLocalJWKSet, createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { isValidKzIdentifier } from '../identifiers/kz-identifier';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { discoverJwksUrl } from './oidc-discovery';
import { AGENCY_ROLES, isRole, Principal } from './roles';
import { VerifiedTokenCache } from './verified-token-cache';

/** Asymmetric algorithms only: an HMAC or `none` token is refused before any key is tried. */
const ACCEPTED_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256'];

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /**
   * An OIDC provider's JWKS endpoint. Without it (and without local keys) the verifier finds it
   * by OpenID discovery from the issuer URL.
   */
  jwksUrl?: string;
  /** Keys held in memory: the development issuer's. */
  localKeys?: { keys: object[] };
  /**
   * Longest lifetime (exp − iat, or exp − now without iat) a token may claim, in seconds. A
   * token that never expires, or lives for years, cannot be taken back once it leaks.
   */
  maxLifetimeSeconds: number;
  /** Clock of the verification cache, for tests. */
  now?: () => number;
}

/**
 * Bounds of the verification cache. Ten thousand tokens is a few megabytes at most; ten minutes
 * is how long jose keeps a remote key set before fetching it again, so a withdrawn key stops
 * being honoured no later through the cache than it would without it.
 */
const CACHED_TOKENS = 10_000;
const CACHED_VERIFICATION_MS = 10 * 60_000;
const discoveryLogger = new Logger('TokenVerifier');

export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly verified: VerifiedTokenCache;
  private discovered?: Promise<JWTVerifyGetKey>;

  constructor(private readonly options: TokenVerifierOptions) {
    this.verified = new VerifiedTokenCache({ maxEntries: CACHED_TOKENS, maxAgeMs: CACHED_VERIFICATION_MS, now: options.now });
    if (options.localKeys) this.keys = createLocalJWKSet(options.localKeys as Parameters<typeof createLocalJWKSet>[0]);
    else if (options.jwksUrl) this.keys = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 });
    else this.keys = (header, token) => this.discoveredKeys().then((keys) => keys(header, token));
  }

  /**
   * Discovered on the first token, not at start-up: a service starts while its identity provider
   * is away, and answers 503 until it can reach it; a failed discovery is tried again.
   */
  private discoveredKeys(): Promise<JWTVerifyGetKey> {
    this.discovered ??= discoverJwksUrl(this.options.issuer).then(
      (url) => createRemoteJWKSet(url, { cooldownDuration: 30_000 }),
      (error: unknown) => {
        this.discovered = undefined;
        discoveryLogger.error({ msg: 'OpenID discovery failed', issuer: this.options.issuer, error: (error as Error).message });
        throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE);
      },
    );
    return this.discovered;
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: 30,
        requiredClaims: ['exp'],
        ...(this.options.now ? { currentDate: new Date(this.options.now()) } : {}),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new DomainError(ErrorCode.TOKEN_EXPIRED);
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing')
        throw this.lifetimeRefused();
      if (error instanceof errors.JOSEError) throw new DomainError(ErrorCode.TOKEN_INVALID);
      throw error;
    }
    if (this.lifetimeOf(payload) > this.options.maxLifetimeSeconds) throw this.lifetimeRefused();
    const principal = principalFromClaims(payload);
    this.verified.set(token, principal, payload.exp);
    return principal;
  }

  /** jose has checked `exp` (and `iat` when present) to be numbers by now. */
  private lifetimeOf(payload: JWTPayload): number {
    const issuedAt = payload.iat ?? Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    return (payload.exp ?? Number.POSITIVE_INFINITY) - issuedAt;
  }

  private lifetimeRefused(): DomainError {
    return new DomainError(ErrorCode.TOKEN_LIFETIME_TOO_LONG, [], { maxSeconds: this.options.maxLifetimeSeconds });
  }
}

export function principalFromClaims(payload: JWTPayload): Principal {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  const agencyBin = typeof payload.agency_bin === 'string' ? payload.agency_bin : undefined;
  const actsForAgency = roles.some((role) => AGENCY_ROLES.includes(role));
  // An agency role without a valid BIN would see either nothing or, worse, everything.
  if (!payload.sub || roles.length === 0 || (actsForAgency && !isValidKzIdentifier(agencyBin))) {
    throw new DomainError(ErrorCode.TOKEN_INVALID);
  }
  return {
    subject: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : payload.sub,
    roles,
    agencyBin: actsForAgency ? agencyBin : undefined,
    organisationBin: isValidKzIdentifier(agencyBin) ? agencyBin : undefined,
    ...(isValidKzIdentifier(payload.iin) ? { iin: payload.iin } : {}),
  };
}
