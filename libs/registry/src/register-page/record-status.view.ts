import { PublishedDecisionRecord } from '@qaztech/contracts';
import { PublishedDecisionView } from '../reading/register.query';
import { decisionDate, formatMoment } from './format';
import { Html, html, HtmlValue } from './html';
import { RECORD_KIND_LABELS } from './i18n/code-labels';
import { LABELS, PageLanguage, UiLabels } from './i18n/labels';
import { decisionHref } from './layout';

/** A record that ends the exemption of an earlier one. */
export const isEnding = (record: PublishedDecisionRecord): boolean => record.kind === 'revocation' || record.kind === 'expiry';

const grantsExemption = (record: PublishedDecisionRecord): boolean =>
  record.outcome === 'approved' || record.outcome === 'approved_with_conditions';

/**
 * Where the exemption stands as the register knows it now: what this record says, or, for a
 * decision, what a later record says happened to it. Null for a decision that granted nothing.
 */
export function exemptionStatus(view: PublishedDecisionView, labels: UiLabels): string | null {
  if (view.record.kind === 'revocation') return labels.statusRevoked;
  if (view.record.kind === 'expiry') return labels.statusExpired;
  if (view.supersededByKind === 'revocation') return labels.statusRevoked;
  if (view.supersededByKind === 'expiry') return labels.statusExpired;
  if (view.supersededByKind === 'decision') return labels.statusSuperseded;
  return grantsExemption(view.record) ? labels.statusInForce : null;
}

/** Shown on top of a record that a later one corrects, saying what the later one did, so nobody relies on it by mistake. */
export function supersededNotice(view: PublishedDecisionView, language: PageLanguage): Html {
  if (view.supersededBy === null) return html``;
  const labels = LABELS[language.language];
  const text =
    view.supersededByKind === 'revocation'
      ? labels.revokedNotice
      : view.supersededByKind === 'expiry'
        ? labels.expiredNotice
        : labels.supersededNotice;
  return html`<p class="notice" role="note">${text} <a href="${decisionHref(view.supersededBy, language)}">${view.supersededBy}</a></p>`;
}

function reasons(record: PublishedDecisionRecord, labels: UiLabels): HtmlValue {
  const given = 'revocation' in record ? record.revocation?.reasons : undefined;
  if (given === undefined) return html`<span class="muted">${labels.reasonsNotPublished}</span>`;
  return html`<div class="decision-text">${given.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}</div>`;
}

/**
 * The first section of a revocation or an expiry: what ended which decision, when and why. The
 * decision it ends follows as it stood, marked as no longer in force.
 */
export function endingSection(view: PublishedDecisionView, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  const { record } = view;
  const revocation = record.kind === 'revocation';
  const ended = record.correctionOf ?? record.decisionNumber;
  const date = decisionDate(record.decidedAt);
  const rows: [string, HtmlValue][] = [
    [labels.recordNumber, record.recordNumber],
    [labels.recordKind, RECORD_KIND_LABELS[record.kind][language.language]],
    [labels.endedDecision, html`<a href="${decisionHref(ended, language)}">${ended}</a>`],
    [revocation ? labels.revokedAt : labels.expiredAt, html`<time datetime="${date}">${date}</time>`],
    ...(revocation ? [[labels.revocationReasons, reasons(record, labels)] as [string, HtmlValue]] : []),
    [labels.exemptionStatus, exemptionStatus(view, labels)],
    [labels.publishedAt, html`<time datetime="${record.publishedAt}">${formatMoment(record.publishedAt)}</time>`],
  ];
  return html`<section aria-labelledby="s-ending">
    <h2 id="s-ending">${revocation ? labels.sectionRevocation : labels.sectionExpiry}</h2>
    <dl class="facts">
      ${rows.map(
        ([label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
  </section>`;
}
