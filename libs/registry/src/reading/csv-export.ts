import { PublishedDecisionView } from './register.query';

const COLUMNS: readonly [string, (view: PublishedDecisionView) => string | number | null][] = [
  ['sequence', (v) => v.sequence],
  ['recordNumber', (v) => v.record.recordNumber],
  ['kind', (v) => v.record.kind],
  ['correctionOf', (v) => v.record.correctionOf],
  ['supersededBy', (v) => v.supersededBy],
  ['decisionNumber', (v) => v.record.decisionNumber],
  ['registrationNumber', (v) => v.record.registrationNumber],
  ['applicantBin', (v) => v.record.applicant.bin],
  ['applicantNameKk', (v) => v.record.applicant.nameKk],
  ['applicantNameRu', (v) => v.record.applicant.nameRu],
  ['systemTitleKk', (v) => v.record.system.titleKk],
  ['systemTitleRu', (v) => v.record.system.titleRu],
  ['systemTitleEn', (v) => v.record.system.titleEn],
  ['reasonCategories', (v) => v.record.reasonCategories.join(';')],
  ['dataCategories', (v) => v.record.dataCategories.join(';')],
  ['budgetKzt', (v) => v.record.budget.amountKzt],
  ['fundingSource', (v) => v.record.budget.fundingSource],
  ['outcome', (v) => v.record.outcome],
  ['conditions', (v) => v.record.conditions.map((c) => `${c.text} (${c.owner}, ${c.dueDate})`).join('\n')],
  ['validUntil', (v) => v.record.validUntil],
  ['meetingDate', (v) => v.record.meeting.date],
  ['protocolNumber', (v) => v.record.meeting.protocolNumber],
  ['textKk', (v) => v.record.texts.kk],
  ['textRu', (v) => v.record.texts.ru],
  ['textEn', (v) => v.record.texts.en],
  ['signedByName', (v) => v.record.signedBy.name],
  ['signedByPosition', (v) => v.record.signedBy.position],
  ['decidedAt', (v) => v.record.decidedAt],
  ['publishedAt', (v) => v.record.publishedAt],
  ['kid', (v) => v.kid],
  ['jws', (v) => v.jws],
  // Records of version 1 carry neither: empty, rather than a guess.
  ['exemptionInForce', (v) => ('exemptionInForce' in v.record ? String(v.record.exemptionInForce) : null)],
  ['revocationReasons', (v) => ('revocation' in v.record ? (v.record.revocation?.reasons ?? null) : null)],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A free text that
 * a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: applicants
 * write titles, and a title must not become a command on a reader's machine. Identifiers, codes
 * and signatures are never touched, so they stay exact.
 */
export function csvField(value: string | number | null, freeText = false): string {
  if (value === null) return '';
  let text = String(value);
  if (freeText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns people write in their own words; the rest are numbers, codes, dates and signatures. */
const FREE_TEXT = new Set([
  'applicantNameKk',
  'applicantNameRu',
  'systemTitleKk',
  'systemTitleRu',
  'systemTitleEn',
  'conditions',
  'protocolNumber',
  'textKk',
  'textRu',
  'textEn',
  'signedByName',
  'signedByPosition',
  'revocationReasons',
]);

export const CSV_HEADER = `\ufeff${COLUMNS.map(([name]) => name).join(',')}\r\n`;

/** Rows end in CRLF; the byte order mark goes once, in the header, so spreadsheets read Cyrillic as UTF-8. */
export function csvRows(views: readonly PublishedDecisionView[]): string {
  return views.map((view) => `${COLUMNS.map(([name, of]) => csvField(of(view), FREE_TEXT.has(name))).join(',')}\r\n`).join('');
}
