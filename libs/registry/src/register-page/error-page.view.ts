import { AnyErrorCode, DomainError, ErrorCode, errorMessage, fieldErrorMessage, Language } from '@qaztech/platform';
import { Html, html } from './html';
import { LabelKey, LABELS, PageLanguage } from './i18n/labels';
import { pageHref, REGISTER_PATH, renderPage } from './layout';

export interface ErrorPageModel {
  language: PageLanguage;
  error: DomainError;
  requestId: string;
  switchTo: (language: Language) => string;
}

function titleKey(code: AnyErrorCode): LabelKey {
  if (code === ErrorCode.DECISION_NOT_FOUND) return 'notFoundTitle';
  if (code === ErrorCode.RATE_LIMITED) return 'tooManyTitle';
  return 'errorTitle';
}

/** A refused or failed page, in the reader's language, with a way back and the id support needs. */
export function renderErrorPage(model: ErrorPageModel): Html {
  const language = model.language.language;
  const labels = LABELS[language];
  const { code, details, params } = model.error;
  const explanation = code === ErrorCode.DECISION_NOT_FOUND ? labels.notFoundText : errorMessage(code, language, params);
  // The messages alone: a query parameter's name means nothing to a reader.
  const fields = details.map((detail) => html`<li>${fieldErrorMessage(detail.code, language, detail.params)}</li>`);
  // An internal error's message already gives the one number support needs; a second would confuse.
  const reference =
    code === ErrorCode.INTERNAL_ERROR ? '' : html`<p class="muted">${labels.requestId}: <code>${model.requestId}</code></p>`;
  return renderPage({
    language: model.language,
    title: labels[titleKey(code)],
    switchTo: model.switchTo,
    body: html`<h1>${labels[titleKey(code)]}</h1>
      <p>${explanation}</p>
      ${
        fields.length > 0
          ? html`<ul>
              ${fields}
            </ul>`
          : ''
      }
      <p><a href="${pageHref(REGISTER_PATH, {}, model.language)}">${labels.backToList}</a></p>
      ${reference}`,
  });
}
