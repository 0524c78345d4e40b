import { COMMISSION_NAME, PublishedDecisionRecord } from '@qaztech/contracts';
import { OUTCOME_LABELS, RECORD_KIND_LABELS } from '../register-page/i18n/code-labels';
import { PublishedDecisionView } from './register.query';
import { recordPath } from './public-view';

// "Реестр решений …" takes the Commission's short name in the genitive.
const COMMISSION_NAME_RU_GENITIVE = 'Комиссии по цифровизации';

// Characters XML 1.0 cannot carry at all, even escaped: dropped rather than breaking the feed.
const NOT_XML = /[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Both state languages, Kazakh first: the feed has one text for every reader. */
const both = (label: { kk: string; ru: string }): string => `${label.kk} / ${label.ru}`;

/**
 * What happened, in both state languages: a revocation or an expiry says the decision it ends is
 * no longer in force (and a revocation why), instead of repeating that decision's outcome as if it
 * stood. No codes: outcomes by the names the register page uses.
 */
function happened(record: PublishedDecisionRecord): string[] {
  const outcome = OUTCOME_LABELS[record.outcome];
  const number = record.decisionNumber;
  if (record.kind === 'expiry') {
    return [
      `Шешімнің қолданылу мерзімі өтті: ${number} шешімі («${outcome.kk}») енді күшінде емес.`,
      `Истёк срок действия решения: решение ${number} («${outcome.ru}») больше не действует.`,
    ];
  }
  if (record.kind === 'revocation') {
    const reasons = 'revocation' in record && record.revocation ? record.revocation.reasons : null;
    return [
      `Шешімнің күші жойылды: ${number} шешімі («${outcome.kk}») енді күшінде емес.`,
      `Решение отменено: решение ${number} («${outcome.ru}») больше не действует.`,
      reasons === null ? 'Күшін жою негіздері бұл жазбамен жарияланбаған.' : `Күшін жою негіздері: ${reasons}`,
      reasons === null ? 'Основания отмены не были опубликованы в этой записи.' : `Основания отмены: ${reasons}`,
    ];
  }
  const until = record.validUntil;
  return [
    `Нәтиже: ${outcome.kk}${until ? `; ${until} дейін жарамды` : ''}.`,
    `Итог: ${outcome.ru}${until ? `; действует до ${until}` : ''}.`,
    record.texts.kk,
    record.texts.ru,
  ];
}

/** A plain-text summary in both state languages; the signed record itself is one link away. */
function summaryOf(record: PublishedDecisionRecord): string {
  return [
    `${record.applicant.nameKk} / ${record.applicant.nameRu} (БСН/БИН ${record.applicant.bin})`,
    `${record.system.titleKk} / ${record.system.titleRu}`,
    ...happened(record),
  ].join('\n');
}

function entryOf(view: PublishedDecisionView, baseUrl: string): string {
  const { record } = view;
  const url = `${baseUrl}${recordPath(record.recordNumber)}`;
  return [
    '  <entry>',
    `    <id>urn:qaztech-exemptions:register:${xmlText(record.recordNumber)}</id>`,
    `    <title>${xmlText(`${both(RECORD_KIND_LABELS[record.kind])} ${record.recordNumber}: ${record.system.titleKk} / ${record.system.titleRu}`)}</title>`,
    `    <updated>${record.publishedAt}</updated>`,
    `    <published>${record.publishedAt}</published>`,
    `    <link rel="alternate" type="application/json" href="${xmlText(url)}"/>`,
    `    <category term="${xmlText(record.kind)}"/>`,
    ...(record.kind === 'decision' ? [`    <category term="${xmlText(record.outcome)}"/>`] : []),
    `    <summary type="text">${xmlText(summaryOf(record))}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The register as an Atom 1.0 feed (RFC 4287), newest record first. */
export function atomFeed(views: readonly PublishedDecisionView[], baseUrl: string, selfUrl: string): string {
  const updated = views[0]?.record.publishedAt ?? '1970-01-01T00:00:00.000Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // No xml:lang: every text of the feed is in both state languages.
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:qaztech-exemptions:register</id>`,
    `  <title>${xmlText(`${COMMISSION_NAME.short.kk} шешімдерінің тізілімі / Реестр решений ${COMMISSION_NAME_RU_GENITIVE}`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText(both(COMMISSION_NAME.full))}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(selfUrl)}"/>`,
    `  <link rel="alternate" type="application/json" href="${xmlText(`${baseUrl}/public/decisions`)}"/>`,
    ...views.map((view) => entryOf(view, baseUrl)),
    '</feed>',
    '',
  ].join('\n');
}
