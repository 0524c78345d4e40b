import { Principal } from './roles';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; the oldest is forgotten first. */
  maxEntries: number;
  /**
   * Longest a verification is trusted without checking the signature again, whatever the
   * token's own expiry: a key withdrawn from the provider's key set stops counting by then.
   */
  maxAgeMs: number;
  now?: () => number;
}

interface Entry {
  principal: Principal;
  validUntilMs: number;
}

/**
 * Tokens already verified, keyed by the whole token text, so that a client sending the same
 * token again is not charged a signature check each time. An entry never outlives the token's
 * `exp`: past it the token is verified again, and refused as the verifier decides.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: VerifiedTokenCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() >= entry.validUntilMs) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.principal;
  }

  /** `expiresAtSeconds` is the token's `exp` claim; without one, only the maximum age bounds it. */
  set(token: string, principal: Principal, expiresAtSeconds: number | undefined): void {
    const now = this.now();
    const ceiling = now + this.options.maxAgeMs;
    const validUntilMs = expiresAtSeconds === undefined ? ceiling : Math.min(ceiling, expiresAtSeconds * 1000);
    if (!(validUntilMs > now)) return;
    this.entries.delete(token);
    // A Map iterates in insertion order: the first key is the oldest entry.
    while (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { principal: freezePrincipal(principal), validUntilMs });
  }
}

/** One principal serves many requests: none of them may change it for the others. */
function freezePrincipal(principal: Principal): Principal {
  Object.freeze(principal.roles);
  return Object.freeze(principal);
}
