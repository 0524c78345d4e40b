/** Where OpenID Connect Discovery 1.0 puts a provider's metadata, below its issuer URL. */
export const DISCOVERY_PATH = '/.well-known/openid-configuration';
const DISCOVERY_TIMEOUT_MS = 5_000;

export function isDiscoverableIssuer(issuer: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(issuer).protocol);
  } catch {
    return false;
  }
}

/**
 * The JWKS URL the identity provider publishes for `issuer`. One GET and two checks: a library
 * for it (oauth4webapi) refuses plain HTTP, which a provider on the same host or network in
 * development and tests uses, and jose, which verifies the tokens, does no discovery.
 */
export async function discoverJwksUrl(issuer: string): Promise<URL> {
  const location = `${issuer.replace(/\/+$/, '')}${DISCOVERY_PATH}`;
  const response = await fetch(location, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`OpenID discovery at ${location} answered ${response.status}`);
  const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // Discovery 1.0 §4.3: the document must name the issuer it was asked for, or one provider
  // could pass off its keys as another's.
  if (metadata.issuer !== issuer) throw new Error(`OpenID discovery at ${location} names the issuer ${String(metadata.issuer)}`);
  if (typeof metadata.jwks_uri !== 'string' || !isDiscoverableIssuer(metadata.jwks_uri))
    throw new Error(`OpenID discovery at ${location} gives no jwks_uri`);
  return new URL(metadata.jwks_uri);
}
