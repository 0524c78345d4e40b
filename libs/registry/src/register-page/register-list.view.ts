import { FieldError, Language } from '@qaztech/platform';
import { PublishedDecisionView, RegisterPage } from '../reading/register.query';
import { decisionDate, localized } from './format';
import { Html, html } from './html';
import { OUTCOME_LABELS, RECORD_KIND_LABELS } from './i18n/code-labels';
import { LABELS, PageLanguage } from './i18n/labels';
import { decisionHref, inLanguage, pageHref, REGISTER_PATH, renderPage } from './layout';
import { isEnding } from './record-status.view';
import { FormValues } from './register-page-query';
import { searchForm } from './search-form.view';

export interface RegisterListModel {
  language: PageLanguage;
  values: FormValues;
  errors: readonly FieldError[];
  /** Absent when the filters were wrong and nothing was searched. */
  page?: RegisterPage;
}

/** A revocation or an expiry is named as what it is, not by the outcome of the decision it ends. */
function outcomeCell(record: PublishedDecisionView['record'], language: Language): Html {
  if (isEnding(record)) return html`<span class="outcome outcome-${record.kind}">${RECORD_KIND_LABELS[record.kind][language]}</span>`;
  return html`<span class="outcome outcome-${record.outcome}">${OUTCOME_LABELS[record.outcome][language]}</span>`;
}

function resultRow(view: PublishedDecisionView, language: PageLanguage): Html {
  const record = view.record;
  const current = language.language;
  const applicant = localized(current, { kk: record.applicant.nameKk, ru: record.applicant.nameRu });
  const title = localized(current, { kk: record.system.titleKk, ru: record.system.titleRu, en: record.system.titleEn });
  const date = decisionDate(record.decidedAt);
  return html`<tr>
    <th scope="row"><a href="${decisionHref(record.recordNumber, language)}">${record.recordNumber}</a></th>
    <td><time datetime="${date}">${date}</time></td>
    <td>${inLanguage(applicant, current)}<br /><span class="muted">${LABELS[current].bin} ${record.applicant.bin}</span></td>
    <td>${inLanguage(title, current)}</td>
    <td>${outcomeCell(record, current)}</td>
  </tr>`;
}

function resultsTable(page: RegisterPage, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  if (page.items.length === 0) return html`<p class="empty">${labels.noResults}</p>`;
  return html`<div class="table-scroll">
    <table class="results">
      <caption>
        ${labels.resultsCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${labels.colNumber}</th>
          <th scope="col">${labels.colDate}</th>
          <th scope="col">${labels.colApplicant}</th>
          <th scope="col">${labels.colSystem}</th>
          <th scope="col">${labels.colOutcome}</th>
        </tr>
      </thead>
      <tbody>
        ${page.items.map((view) => resultRow(view, language))}
      </tbody>
    </table>
  </div>`;
}

function pagination(model: RegisterListModel, page: RegisterPage): Html {
  const labels = LABELS[model.language.language];
  const { cursor, ...filters } = model.values;
  const links: Html[] = [];
  if (cursor !== undefined)
    links.push(html`<li><a href="${pageHref(REGISTER_PATH, filters, model.language)}">${labels.firstPage}</a></li>`);
  if (page.nextCursor !== null) {
    const next = pageHref(REGISTER_PATH, { ...filters, cursor: page.nextCursor }, model.language);
    links.push(html`<li><a href="${next}" rel="next">${labels.nextPage}</a></li>`);
  }
  return links.length > 0
    ? html`<nav class="pagination" aria-label="${labels.pagination}">
        <ul>
          ${links}
        </ul>
      </nav>`
    : html``;
}

/** `/register`: the search form, then the decisions found, newest first. */
export function renderRegisterList(model: RegisterListModel): Html {
  const labels = LABELS[model.language.language];
  return renderPage({
    language: model.language,
    title: labels.listTitle,
    switchTo: (language) => pageHref(REGISTER_PATH, { ...model.values, lang: language }, null),
    body: html`<h1>${labels.listTitle}</h1>
      ${searchForm(model.language, model.values, model.errors)}
      ${
        model.page
          ? html`<section class="results-section" aria-labelledby="results-heading">
              <h2 id="results-heading">${labels.resultsHeading}</h2>
              ${resultsTable(model.page, model.language)} ${pagination(model, model.page)}
            </section>`
          : ''
      }`,
  });
}
