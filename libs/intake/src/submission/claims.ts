import { ReasonV1, RequestContentV1 } from '@qaztech/contracts';
import { FieldError, FieldErrorCode } from '@qaztech/platform';
import { EVIDENCE_BY_CATEGORY } from '../requests/catalogues';
import { IntakeFieldError } from '../shared/intake-errors';

/*
 * What the form of version 2 asks beyond the first: for each reason, the catalogue capabilities
 * it concerns and what each lacks, and the typed evidence of its category; of the system, its
 * functions and data objects; of the budget, the platform alternative's cost. Shape and formats
 * (vocabulary codes, act ids, amounts) are the DTO's, checked on every save; here is only what a
 * submission must have.
 */

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function valueAt(section: object | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], section);
}

function checkCapabilityClaims(errors: FieldError[], base: string, reason: ReasonV1): void {
  const claims = reason.capabilities ?? [];
  if (claims.length === 0) errors.push({ field: `${base}.capabilities`, code: FieldErrorCode.TOO_FEW, params: { min: 1 } });
  const seen = new Set<string>();
  claims.forEach((claim, index) => {
    const at = `${base}.capabilities.${index}`;
    if (blank(claim.capabilityId)) errors.push({ field: `${at}.capabilityId`, code: FieldErrorCode.REQUIRED });
    else if (seen.has(claim.capabilityId)) errors.push({ field: `${at}.capabilityId`, code: FieldErrorCode.DUPLICATE_VALUE });
    else seen.add(claim.capabilityId);
    if (blank(claim.gap)) errors.push({ field: `${at}.gap`, code: FieldErrorCode.REQUIRED });
    // "Not enough" is checkable only with the limit that falls short and the figure needed.
    if (claim.gap === 'insufficient') {
      for (const name of ['limit', 'needed'] as const) {
        if (blank(claim[name])) errors.push({ field: `${at}.${name}`, code: FieldErrorCode.REQUIRED });
      }
    }
  });
}

function checkEvidence(errors: FieldError[], base: string, reason: ReasonV1): void {
  const required = EVIDENCE_BY_CATEGORY[reason.category as keyof typeof EVIDENCE_BY_CATEGORY] ?? [];
  for (const path of required) {
    if (blank(valueAt(reason.evidence, path))) errors.push({ field: `${base}.evidence.${path}`, code: FieldErrorCode.REQUIRED });
  }
  const load = reason.evidence?.load;
  // A load the published limit already carries is no evidence that the platform cannot serve.
  if (reason.category === 'performance_or_scale' && typeof load?.peak === 'number' && typeof load.publishedLimit === 'number') {
    if (load.peak <= load.publishedLimit) {
      errors.push({
        field: `${base}.evidence.load.peak`,
        code: IntakeFieldError.LOAD_WITHIN_LIMIT,
        params: { limit: load.publishedLimit },
      });
    }
  }
}

/** Every claim or piece of evidence a version-2 request still lacks, each naming its field. */
export function findMissingClaims(content: RequestContentV1): FieldError[] {
  const errors: FieldError[] = [];
  if ((content.system?.functions ?? []).length === 0) {
    errors.push({ field: 'system.functions', code: FieldErrorCode.TOO_FEW, params: { min: 1 } });
  }
  if ((content.system?.dataObjects ?? []).length === 0) {
    errors.push({ field: 'system.dataObjects', code: FieldErrorCode.TOO_FEW, params: { min: 1 } });
  }
  (content.justification?.reasons ?? []).forEach((reason, index) => {
    const base = `justification.reasons.${index}`;
    checkCapabilityClaims(errors, base, reason);
    checkEvidence(errors, base, reason);
  });
  if (blank(content.budget?.platformAlternativeKzt)) errors.push({ field: 'budget.platformAlternativeKzt', code: FieldErrorCode.REQUIRED });
  return errors;
}
