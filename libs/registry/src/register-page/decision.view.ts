import { MissingCapabilityV1, PublishedDecisionRecord, SimilarDecisionV1 } from '@qaztech/contracts';
import { Language } from '@qaztech/platform';
import { PublishedDecisionView } from '../reading/register.query';
import { decisionProof } from './decision-proof.view';
import { decisionDate, formatAmount, formatMoment, localized } from './format';
import { Html, html, HtmlValue } from './html';
import {
  CAPABILITY_GAP_LABELS,
  codeLabel,
  DATA_CATEGORY_LABELS,
  FUNDING_SOURCE_LABELS,
  OUTCOME_LABELS,
  REASON_CATEGORY_LABELS,
  RECORD_KIND_LABELS,
} from './i18n/code-labels';
import { LABELS, PageLanguage, UiLabels } from './i18n/labels';
import { inLanguage, pageHref, REGISTER_PATH, renderPage } from './layout';
import { endingSection, exemptionStatus, isEnding, supersededNotice } from './record-status.view';
import { similarDecisions } from './similar-decisions.view';

type Row = readonly [label: string, value: HtmlValue];

function facts(rows: readonly Row[]): Html {
  return html`<dl class="facts">
    ${rows.map(
      ([label, value]) =>
        html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

const dateValue = (date: string): Html => html`<time datetime="${date}">${date}</time>`;

/**
 * The decision's facts. On a revocation or an expiry they describe the decision it ends, under a
 * heading that says so, with its validity in the past tense; the record's own number, kind, date
 * and publication belong to the ending, shown above (the decision's own record, linked there, has
 * the decision date).
 */
/** Only an approval has a validity: a refusal is not "valid until: not set". */
function validity(record: PublishedDecisionView['record'], labels: UiLabels): Html | string {
  if (record.validUntil !== null) return dateValue(record.validUntil);
  return record.outcome === 'approved' || record.outcome === 'approved_with_conditions' ? labels.noEndDate : labels.notApplicable;
}

function decisionFacts(view: PublishedDecisionView, language: Language, labels: UiLabels): Html {
  const { record } = view;
  const ending = isEnding(record);
  const status = exemptionStatus(view, labels);
  const rows: Row[] = [
    [labels.outcome, html`<span class="outcome outcome-${record.outcome}">${OUTCOME_LABELS[record.outcome][language]}</span>`],
    ...(status === null ? [] : [[labels.exemptionStatus, status] as Row]),
    [labels.decisionNumber, record.decisionNumber],
    ...(ending
      ? []
      : [[labels.recordNumber, record.recordNumber] as Row, [labels.recordKind, RECORD_KIND_LABELS[record.kind][language]] as Row]),
    [labels.registrationNumber, record.registrationNumber],
    ...(ending ? [] : [[labels.decidedAt, dateValue(decisionDate(record.decidedAt))] as Row]),
    [ending ? labels.validUntilEnded : labels.validUntil, validity(record, labels)],
    [labels.protocolNumber, record.meeting.protocolNumber],
    [labels.meetingDate, dateValue(record.meeting.date)],
    [labels.signedBy, html`${record.signedBy.name}, ${record.signedBy.position}`],
    ...(ending
      ? []
      : [[labels.publishedAt, html`<time datetime="${record.publishedAt}">${formatMoment(record.publishedAt)}</time>`] as Row]),
  ];
  return html`<section aria-labelledby="s-decision">
    <h2 id="s-decision">${ending ? labels.sectionEndedDecision : labels.sectionDecision}</h2>
    ${facts(rows)}
  </section>`;
}

function applicantAndSystem(record: PublishedDecisionRecord, language: Language, labels: UiLabels): Html {
  const name = localized(language, { kk: record.applicant.nameKk, ru: record.applicant.nameRu });
  const title = localized(language, { kk: record.system.titleKk, ru: record.system.titleRu, en: record.system.titleEn });
  const funding = record.budget.fundingSource;
  return html`<section aria-labelledby="s-applicant">
      <h2 id="s-applicant">${labels.sectionApplicant}</h2>
      ${facts([
        [labels.applicantName, inLanguage(name, language)],
        [labels.bin, record.applicant.bin],
      ])}
    </section>
    <section aria-labelledby="s-system">
      <h2 id="s-system">${labels.sectionSystem}</h2>
      ${facts([
        [labels.systemTitle, inLanguage(title, language)],
        [labels.budget, `${formatAmount(record.budget.amountKzt, language)} ${labels.currency}`],
        [labels.fundingSource, funding === null ? labels.notSet : codeLabel(FUNDING_SOURCE_LABELS, funding, language)],
      ])}
    </section>`;
}

function codeList(codes: readonly string[], table: Parameters<typeof codeLabel>[0], language: Language, labels: UiLabels): Html {
  if (codes.length === 0) return html`${labels.none}`;
  return html`<ul class="codes">
    ${codes.map((code) => html`<li>${codeLabel(table, code, language)}</li>`)}
  </ul>`;
}

/** Catalogue ids as the catalogue names them, each linked to the public catalogue, which names them in three languages. */
function missingCapabilities(missing: readonly MissingCapabilityV1[], language: Language, labels: UiLabels): Html {
  if (missing.length === 0) return html`${labels.none}`;
  return html`<ul class="codes">
    ${missing.map(
      (entry) =>
        html`<li>
          <a href="/public/capabilities"><code>${entry.capabilityId}</code></a
          >: ${codeLabel(CAPABILITY_GAP_LABELS, entry.gap, language)}
        </li>`,
    )}
  </ul>`;
}

function grounds(record: PublishedDecisionRecord, language: Language, labels: UiLabels): Html {
  return html`<section aria-labelledby="s-grounds">
    <h2 id="s-grounds">${labels.sectionGrounds}</h2>
    ${facts([
      [labels.reasonCategories, codeList(record.reasonCategories, REASON_CATEGORY_LABELS, language, labels)],
      [labels.dataCategories, codeList(record.dataCategories, DATA_CATEGORY_LABELS, language, labels)],
      ...(record.kind === 'decision' && 'capabilitiesFoundMissing' in record && record.capabilitiesFoundMissing
        ? [[labels.capabilitiesFoundMissing, missingCapabilities(record.capabilitiesFoundMissing, language, labels)] as Row]
        : []),
    ])}
  </section>`;
}

function conditions(record: PublishedDecisionRecord, labels: UiLabels): Html {
  const body =
    record.conditions.length === 0
      ? html`<p>${labels.noConditions}</p>`
      : html`<div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">${labels.conditionText}</th>
                <th scope="col">${labels.conditionOwner}</th>
                <th scope="col">${labels.conditionDue}</th>
              </tr>
            </thead>
            <tbody>
              ${record.conditions.map(
                (condition) =>
                  html`<tr>
                    <td>${condition.text}</td>
                    <td>${condition.owner}</td>
                    <td>${dateValue(condition.dueDate)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  return html`<section aria-labelledby="s-conditions">
    <h2 id="s-conditions">${labels.sectionConditions}</h2>
    ${body}
  </section>`;
}

/** The decision's text in the page's language, or in the other official one with a note saying so. */
function decisionText(record: PublishedDecisionRecord, language: Language, labels: UiLabels): Html {
  const text = localized(language, record.texts);
  const paragraphs = text.text.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`);
  return html`<section aria-labelledby="s-text">
    <h2 id="s-text">${labels.sectionText}</h2>
    ${text.language === language ? '' : html`<p class="note">${labels.textFallback}</p>`}
    <div class="decision-text" lang="${text.language}">${paragraphs}</div>
  </section>`;
}

/** `/register/:number`: everything the signed record says, its history, and how to check it. */
export function renderDecision(view: PublishedDecisionView, language: PageLanguage, similar: readonly SimilarDecisionV1[] = []): Html {
  const record = view.record;
  const current = language.language;
  const labels = LABELS[current];
  const title = localized(current, { kk: record.system.titleKk, ru: record.system.titleRu, en: record.system.titleEn });
  const path = `${REGISTER_PATH}/${encodeURIComponent(record.recordNumber)}`;
  return renderPage({
    language,
    title: `${record.recordNumber}: ${title.text}`,
    switchTo: (other) => pageHref(path, { lang: other }, null),
    body: html`<p class="breadcrumb"><a href="${pageHref(REGISTER_PATH, {}, language)}">${labels.backToList}</a></p>
      <h1><span class="record-number">${record.recordNumber}</span> ${inLanguage(title, current)}</h1>
      ${supersededNotice(view, language)} ${isEnding(record) ? endingSection(view, language) : ''} ${decisionFacts(view, current, labels)}
      ${applicantAndSystem(record, current, labels)} ${grounds(record, current, labels)} ${conditions(record, labels)}
      ${decisionText(record, current, labels)} ${similarDecisions(similar, language)} ${decisionProof(view, language)}`,
  });
}
