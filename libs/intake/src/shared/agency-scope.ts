import { DomainError, ErrorCode, Principal } from '@qaztech/platform';

declare const agencyScopeBrand: unique symbol;

/**
 * The only way to ask the repository for an agency's data. It can be made only from an
 * authenticated principal, so no query can forget, or forge, the agency it is limited to.
 */
export interface AgencyScope {
  readonly agencyBin: string;
  readonly [agencyScopeBrand]: true;
}

export function agencyScopeOf(principal: Principal): AgencyScope {
  // Tokens with an agency role always carry a BIN (TokenVerifier); anything else is refused.
  if (!principal.agencyBin) throw new DomainError(ErrorCode.FORBIDDEN);
  return { agencyBin: principal.agencyBin } as AgencyScope;
}
