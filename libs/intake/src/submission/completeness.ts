import { AttachmentRefV1, RequestContentV1 } from '@qaztech/contracts';
import { FieldError, FieldErrorCode, isValidKzIdentifier } from '@qaztech/platform';
import { PERSONAL_DATA_CATEGORIES } from '../requests/catalogues';
import { IntakeFieldError } from '../shared/intake-errors';
import { findMissingClaims } from './claims';

export interface CompletenessInput {
  content: RequestContentV1;
  attachments: readonly Pick<AttachmentRefV1, 'kind'>[];
  agencyBin: string;
  /** Attachment kinds a submission must include; an administrator's setting. */
  requiredAttachmentKinds: readonly string[];
  /** The form the draft was created under: version 2 and later need capability claims and evidence. */
  formVersion: number;
}

type Path = string;

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function requireFields(errors: FieldError[], base: Path, section: object | undefined, names: readonly string[]): void {
  const values = (section ?? {}) as Record<string, unknown>;
  for (const name of names) {
    if (blank(values[name])) errors.push({ field: `${base}.${name}`, code: FieldErrorCode.REQUIRED });
  }
}

function checkApplicant(errors: FieldError[], input: CompletenessInput): void {
  const applicant = input.content.applicant;
  requireFields(errors, 'applicant', applicant, ['bin', 'nameKk', 'nameRu', 'kind']);
  requireFields(errors, 'applicant.contactPerson', applicant?.contactPerson, ['fullName', 'position', 'email', 'phone']);
  if (!blank(applicant?.bin)) {
    if (!isValidKzIdentifier(applicant?.bin)) errors.push({ field: 'applicant.bin', code: FieldErrorCode.INVALID_BIN });
    else if (applicant?.bin !== input.agencyBin) errors.push({ field: 'applicant.bin', code: IntakeFieldError.APPLICANT_MISMATCH });
  }
}

function checkJustification(errors: FieldError[], content: RequestContentV1): void {
  const reasons = content.justification?.reasons ?? [];
  if (reasons.length === 0) errors.push({ field: 'justification.reasons', code: FieldErrorCode.TOO_FEW, params: { min: 1 } });
  reasons.forEach((reason, index) => requireFields(errors, `justification.reasons.${index}`, reason, ['category', 'explanation']));
  const alternatives = content.justification?.alternativesAssessed ?? [];
  if (alternatives.length === 0) {
    errors.push({ field: 'justification.alternativesAssessed', code: FieldErrorCode.TOO_FEW, params: { min: 1 } });
  }
  alternatives.forEach((alternative, index) =>
    requireFields(errors, `justification.alternativesAssessed.${index}`, alternative, ['name', 'whyItFails']),
  );
}

function checkData(errors: FieldError[], content: RequestContentV1): void {
  const categories = content.data?.categories ?? [];
  if (categories.length === 0) errors.push({ field: 'data.categories', code: FieldErrorCode.TOO_FEW, params: { min: 1 } });
  if (categories.includes('none') && categories.length > 1) {
    errors.push({ field: 'data.categories', code: IntakeFieldError.MUST_BE_ALONE, params: { value: 'none' } });
  }
  requireFields(errors, 'data.hosting', content.data?.hosting, ['inKazakhstan', 'location']);
  const personal = categories.some((category) => PERSONAL_DATA_CATEGORIES.includes(category));
  if (personal && content.data?.hosting?.inKazakhstan === false) {
    errors.push({ field: 'data.hosting.inKazakhstan', code: IntakeFieldError.HOSTING_OUTSIDE_KAZAKHSTAN });
  }
  requireFields(errors, 'data.ai', content.data?.ai, ['used']);
  // The AI law requires the risk level of any AI used in decisions about people.
  if (content.data?.ai?.used === true) requireFields(errors, 'data.ai', content.data.ai, ['riskLevel']);
}

function checkMoneyAndTime(errors: FieldError[], content: RequestContentV1): void {
  requireFields(errors, 'budget', content.budget, ['amountKzt', 'fundingSource']);
  requireFields(errors, 'timeline', content.timeline, ['plannedStart', 'goLive']);
  const { plannedStart, goLive } = content.timeline ?? {};
  if (plannedStart && goLive && goLive < plannedStart) {
    errors.push({ field: 'timeline.goLive', code: FieldErrorCode.DATE_ORDER, params: { after: plannedStart } });
  }
}

/** Every reason a request cannot be submitted yet, each naming its field; empty when complete. */
export function findIncompleteFields(input: CompletenessInput): FieldError[] {
  const errors: FieldError[] = [];
  checkApplicant(errors, input);
  requireFields(errors, 'system', input.content.system, ['titleKk', 'titleRu', 'purpose', 'kind', 'expectedUsers']);
  checkJustification(errors, input.content);
  checkData(errors, input.content);
  checkMoneyAndTime(errors, input.content);
  if (input.formVersion >= 2) errors.push(...findMissingClaims(input.content));
  for (const kind of input.requiredAttachmentKinds) {
    if (!input.attachments.some((attachment) => attachment.kind === kind)) {
      errors.push({ field: 'attachments', code: IntakeFieldError.MISSING_ATTACHMENT, params: { kind } });
    }
  }
  return errors;
}
