import { createServer, Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { Role } from '@qaztech/platform';

/** An account of the test's provider: a client that logs in with its secret (client credentials). */
export interface ProviderAccount {
  clientId: string;
  secret: string;
  roles: Role[];
  agencyBin?: string;
  name?: string;
}

/** The API, as a resource indicator (RFC 8707): the provider issues JWT access tokens for it. */
const API_RESOURCE = 'https://api.qaztech.test/';
const TOKEN_LIFETIME_SECONDS = 600;

/**
 * A certified OpenID provider (oidc-provider) on a free local port, issuing JWT access tokens
 * with the claims the system reads: `roles`, `agency_bin`, `name`, the audience and `exp`.
 */
export class OpenIdProvider {
  private constructor(
    readonly issuer: string,
    private readonly server: Server,
    private readonly accounts: Map<string, ProviderAccount>,
  ) {}

  static async start(audience: string, accounts: ProviderAccount[]): Promise<OpenIdProvider> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const byClient = new Map(accounts.map((account) => [account.clientId, account]));
    const provider = new Provider(issuer, {
      clients: accounts.map((account) => ({
        client_id: account.clientId,
        client_secret: account.secret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      })),
      jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: 'test-provider' }] },
      cookies: { keys: ['cookie-signing-key-of-the-test-provider'] },
      ttl: { ClientCredentials: TOKEN_LIFETIME_SECONDS },
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => API_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'api',
            audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: TOKEN_LIFETIME_SECONDS,
            jwt: { sign: { alg: 'ES256' } },
          }),
        },
      },
      extraTokenClaims: (_context, token) => {
        const account = byClient.get(String((token as { clientId?: string }).clientId));
        return account ? { roles: account.roles, agency_bin: account.agencyBin, name: account.name } : {};
      },
    });
    server.on('request', provider.callback());
    return new OpenIdProvider(issuer, server, byClient);
  }

  /** Logs an account in at the token endpoint and answers its access token. */
  async login(clientId: string): Promise<string> {
    const account = this.accounts.get(clientId)!;
    const response = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${account.clientId}:${account.secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource: API_RESOURCE }),
    });
    const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
    if (!body.access_token) throw new Error(`login of ${clientId} refused: ${body.error} ${body.error_description ?? ''}`);
    return body.access_token;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
