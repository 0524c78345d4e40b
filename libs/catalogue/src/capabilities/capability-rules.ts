import { CapabilityCategory, CapabilityLimitsV1, CapabilityRecordV1, CapabilityStatus, LocalizedTextV1 } from '@qaztech/contracts';
import { FieldError, FieldErrorCode } from '@qaztech/platform';
import { CatalogueFieldError } from '../shared/catalogue-errors';

/** What the operator says about a capability; the record adds its id, version and bookkeeping. */
export interface CapabilityDescription {
  category: CapabilityCategory;
  names: LocalizedTextV1;
  descriptions: LocalizedTextV1;
  limits: CapabilityLimitsV1;
  owner: string;
}

export interface CapabilityStanding {
  status: CapabilityStatus;
  plannedFor: string | null;
  availableSince: string | null;
}

export const MAX_OTHER_LIMITS = 20;
const MAX_OTHER_NAME = 100;
const MAX_OTHER_VALUE = 500;

/**
 * A status and its dates agree: a planned capability says when, and only a planned one; only an
 * available one says since when. Field paths are given from `prefix`, as the body names them.
 */
export function standingProblems(standing: CapabilityStanding, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  if (standing.status === 'planned' && !standing.plannedFor) {
    problems.push({ field: `${prefix}plannedFor`, code: CatalogueFieldError.PLANNED_DATE_REQUIRED });
  }
  if (standing.status !== 'planned' && standing.plannedFor) {
    problems.push({ field: `${prefix}plannedFor`, code: CatalogueFieldError.ONLY_WHEN_PLANNED });
  }
  if (standing.status !== 'available' && standing.availableSince) {
    problems.push({ field: `${prefix}availableSince`, code: CatalogueFieldError.ONLY_WHEN_AVAILABLE });
  }
  return problems;
}

/** The free-form limits are names and texts, few and short: the typed ones carry what is compared. */
export function otherLimitProblems(other: Readonly<Record<string, unknown>>, prefix = 'limits.other'): FieldError[] {
  const entries = Object.entries(other);
  if (entries.length > MAX_OTHER_LIMITS) return [{ field: prefix, code: FieldErrorCode.TOO_MANY, params: { max: MAX_OTHER_LIMITS } }];
  const problems: FieldError[] = [];
  for (const [name, value] of entries) {
    const field = `${prefix}.${name}`;
    if (name.trim().length === 0 || name.length > MAX_OTHER_NAME) problems.push({ field, code: FieldErrorCode.INVALID_FORMAT });
    else if (typeof value !== 'string') problems.push({ field, code: FieldErrorCode.MUST_BE_STRING });
    else if (value.trim().length === 0) problems.push({ field, code: FieldErrorCode.REQUIRED });
    else if (value.length > MAX_OTHER_VALUE) problems.push({ field, code: FieldErrorCode.TOO_LONG, params: { max: MAX_OTHER_VALUE } });
  }
  return problems;
}

/** The description fields whose values differ between two versions, by name, for the event. */
export function changedFields(before: CapabilityDescription, after: CapabilityDescription): string[] {
  const fields: (keyof CapabilityDescription)[] = ['category', 'names', 'descriptions', 'limits', 'owner'];
  return fields.filter((field) => canonical(before[field]) !== canonical(after[field]));
}

/** The next version of a record: the change applied, the version counted, the assumption lifted. */
export function nextVersion(
  current: CapabilityRecordV1,
  change: Partial<CapabilityDescription & CapabilityStanding & { retired: boolean }>,
  recordedAt: Date,
): CapabilityRecordV1 {
  // A person changed the entry: it is no longer the seed's guess but the operator's word.
  return { ...current, ...change, version: current.version + 1, assumption: false, recordedAt: recordedAt.toISOString() };
}

/** JSON with keys sorted, so two equal objects written in another key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/**
 * The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); undefined without the header.
 * A header that names no version can match none: NaN, refused as a mismatch.
 */
export function versionOfIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?([1-9]\d{0,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : Number.NaN;
}
