import { PublishedDecisionRecord } from '@qaztech/contracts';
import { PublishedDecisionView } from './register.query';
import { recordPath } from './public-view';

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

const KIND_TITLE: Readonly<Record<PublishedDecisionRecord['kind'], string>> = {
  decision: 'Решение',
  revocation: 'Отмена решения',
  expiry: 'Истечение срока',
};

/**
 * What happened, in a line: a revocation or an expiry says the decision it ends is no longer in
 * force (and a revocation why), instead of repeating that decision's outcome as if it stood.
 */
function happened(record: PublishedDecisionRecord): string[] {
  const ended = `decision ${record.decisionNumber} (${record.outcome}) is no longer in force`;
  if (record.kind === 'expiry') return [`Expired: ${ended}`];
  if (record.kind === 'revocation') {
    const reasons = 'revocation' in record && record.revocation ? record.revocation.reasons : 'not published with this record';
    return [`Revoked: ${ended}`, `Reasons: ${reasons}`];
  }
  return [`Outcome: ${record.outcome}${record.validUntil ? `, valid until ${record.validUntil}` : ''}`, record.texts.ru, record.texts.kk];
}

/** A plain-text summary in both state languages; the signed record itself is one link away. */
function summaryOf(record: PublishedDecisionRecord): string {
  return [
    `${record.applicant.nameRu} (БИН ${record.applicant.bin})`,
    `${record.system.titleRu} / ${record.system.titleKk}`,
    ...happened(record),
  ].join('\n');
}

function entryOf(view: PublishedDecisionView, baseUrl: string): string {
  const { record } = view;
  const url = `${baseUrl}${recordPath(record.recordNumber)}`;
  return [
    '  <entry>',
    `    <id>urn:qaztech-exemptions:register:${xmlText(record.recordNumber)}</id>`,
    `    <title>${xmlText(`${KIND_TITLE[record.kind]} ${record.recordNumber}: ${record.system.titleRu}`)}</title>`,
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
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">',
    `  <id>urn:qaztech-exemptions:register</id>`,
    '  <title>Реестр решений Комиссии по цифровизации / Цифрландыру жөніндегі комиссия шешімдерінің тізілімі</title>',
    `  <updated>${updated}</updated>`,
    '  <author><name>Комиссия по цифровизации</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xmlText(selfUrl)}"/>`,
    `  <link rel="alternate" type="application/json" href="${xmlText(`${baseUrl}/public/decisions`)}"/>`,
    ...views.map((view) => entryOf(view, baseUrl)),
    '</feed>',
    '',
  ].join('\n');
}
