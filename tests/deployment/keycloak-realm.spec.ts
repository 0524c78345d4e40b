import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlatformConfig, ROLES } from '@qaztech/platform';

/*
 * The example realm is what an operator imports into Keycloak: the tokens it issues must carry
 * the claims the token verifier reads (`roles`, `agency_bin`, the audience), with the role
 * names the code knows, or every user would be refused with TOKEN_INVALID after a clean login.
 */
interface Mapper {
  name: string;
  protocolMapper: string;
  config: Record<string, string>;
}
interface Realm {
  realm: string;
  accessTokenLifespan: number;
  roles: { realm: { name: string }[] };
  clients: { clientId: string; protocolMappers: Mapper[] }[];
  components: Record<string, { providerId: string; config: Record<string, string[]> }[]>;
}

const realm = JSON.parse(readFileSync(join(__dirname, '../../deploy/keycloak/qaztech-realm.json'), 'utf8')) as Realm;
const defaults = loadPlatformConfig({});
const client = realm.clients.find((candidate) => candidate.clientId === defaults.AUTH_AUDIENCE)!;
const mapper = (protocolMapper: string) => client.protocolMappers.filter((candidate) => candidate.protocolMapper === protocolMapper);

describe('the example Keycloak realm', () => {
  it('declares exactly the roles the code knows, as realm roles', () => {
    expect(realm.roles.realm.map((role) => role.name).sort()).toEqual([...ROLES].sort());
  });

  it('has a client named as the audience the system expects by default', () => {
    expect(client).toBeDefined();
  });

  it('puts the realm roles into the access token as a flat `roles` array', () => {
    const [roles] = mapper('oidc-usermodel-realm-role-mapper');
    expect(roles?.config).toMatchObject({ 'claim.name': 'roles', multivalued: 'true', 'access.token.claim': 'true' });
  });

  it('puts the user attribute `agency_bin` into the access token as a single string', () => {
    const [agency] = mapper('oidc-usermodel-attribute-mapper');
    expect(agency?.config).toMatchObject({
      'user.attribute': 'agency_bin',
      'claim.name': 'agency_bin',
      multivalued: 'false',
      'jsonType.label': 'String',
      'access.token.claim': 'true',
    });
  });

  it('declares `agency_bin` in the user profile, so an administrator can set it', () => {
    const [profile] = realm.components['org.keycloak.userprofile.UserProfileProvider']!;
    const attributes = (JSON.parse(profile!.config['kc.user.profile.config']![0]!) as { attributes: { name: string }[] }).attributes;
    expect(attributes.map((attribute) => attribute.name)).toContain('agency_bin');
  });

  it('adds the expected audience to the access token', () => {
    const [audience] = mapper('oidc-audience-mapper');
    expect(audience?.config).toMatchObject({ 'included.custom.audience': defaults.AUTH_AUDIENCE, 'access.token.claim': 'true' });
  });

  it('issues access tokens that live no longer than the verifier accepts', () => {
    expect(realm.accessTokenLifespan).toBeLessThanOrEqual(defaults.AUTH_MAX_TOKEN_LIFETIME_SECONDS);
  });
});
