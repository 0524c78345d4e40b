export const ROLES = [
  'agency.submitter',
  'agency.signatory',
  'commission.secretary',
  'expert.technical',
  'expert.security',
  'expert.legal',
  'commission.member',
  'commission.chair',
  'auditor',
  'admin',
  'platform.operator',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for one agency and therefore see only that agency's data. */
export const AGENCY_ROLES: readonly Role[] = ['agency.submitter', 'agency.signatory'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface Principal {
  subject: string;
  name: string;
  roles: Role[];
  /** BIN of the agency the user acts for; present whenever the user holds an agency role. */
  agencyBin?: string;
  /**
   * BIN of the organisation the person works for, whatever their role, when the token says so:
   * the Commission's members and experts are recused from their own organisation's requests.
   */
  organisationBin?: string;
  /** The person's IIN when the identity provider vouches for it (claim `iin`): a signed act must be theirs. */
  iin?: string;
}
