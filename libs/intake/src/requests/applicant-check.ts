import { RequestContentV1 } from '@qaztech/contracts';
import { DomainError } from '@qaztech/platform';
import { AgencyScope } from '../shared/agency-scope';
import { IntakeFieldError } from '../shared/intake-errors';

/** An agency files requests for itself only; an absent BIN means its own. */
export function withApplicantOf(scope: AgencyScope, content: RequestContentV1): RequestContentV1 {
  const bin = content.applicant?.bin;
  if (bin !== undefined && bin !== scope.agencyBin) {
    throw DomainError.validation([{ field: 'applicant.bin', code: IntakeFieldError.APPLICANT_MISMATCH }]);
  }
  return { ...content, applicant: { ...content.applicant, bin: scope.agencyBin } };
}

/** A validated DTO as plain JSON: class instances out, `null` (a merge-patch removal) kept. */
export function plainJson<T>(dto: unknown): T {
  return JSON.parse(JSON.stringify(dto ?? {})) as T;
}
