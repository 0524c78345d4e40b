import { FieldError, fieldErrorMessage, Language } from '@qaztech/platform';
import { Html, html } from './html';
import { codeLabel, DATA_CATEGORY_LABELS, OUTCOME_CODES, OUTCOME_LABELS, REASON_CATEGORY_LABELS } from './i18n/code-labels';
import { LabelKey, LABELS, PageLanguage } from './i18n/labels';
import { REGISTER_PATH, pageHref } from './layout';
import { FormField, FormValues } from './register-page-query';

const FIELD_LABEL: Readonly<Record<FormField, LabelKey>> = {
  q: 'fieldQ',
  bin: 'fieldBin',
  outcome: 'fieldOutcome',
  from: 'fieldFrom',
  to: 'fieldTo',
  dataCategory: 'fieldDataCategory',
  reasonCategory: 'fieldReasonCategory',
};

const HINT: Partial<Record<FormField, LabelKey>> = { bin: 'fieldBinHint' };

interface FormState {
  language: Language;
  values: FormValues;
  errors: readonly FieldError[];
}

const fieldId = (field: string): string => `f-${field}`;

function errorsOf(state: FormState, field: string): string[] {
  return state.errors.filter((error) => error.field === field).map((error) => fieldErrorMessage(error.code, state.language, error.params));
}

/** Label, hint and error of one control; the control itself points at hint and error. */
function fieldFrame(state: FormState, field: FormField, control: (describedBy: string, invalid: boolean) => Html): Html {
  const labels = LABELS[state.language];
  const hint = HINT[field];
  const messages = errorsOf(state, field);
  const describedBy = [hint ? `${fieldId(field)}-hint` : '', messages.length > 0 ? `${fieldId(field)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field${messages.length > 0 ? ' field-invalid' : ''}">
    <label for="${fieldId(field)}">${labels[FIELD_LABEL[field]]}</label>
    ${hint ? html`<span class="hint" id="${fieldId(field)}-hint">${labels[hint]}</span>` : ''}
    ${messages.length > 0 ? html`<p class="field-error" id="${fieldId(field)}-error">${messages.join(' ')}</p>` : ''}
    ${control(describedBy, messages.length > 0)}
  </div>`;
}

function textField(state: FormState, field: FormField, type: 'text' | 'search' | 'date', extra: Html | string = ''): Html {
  return fieldFrame(
    state,
    field,
    (describedBy, invalid) =>
      html`<input
        type="${type}"
        id="${fieldId(field)}"
        name="${field}"
        value="${state.values[field] ?? ''}"
        ${extra}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${invalid ? html` aria-invalid="true"` : ''}
      />`,
  );
}

function selectField(state: FormState, field: FormField, options: readonly { value: string; label: string }[]): Html {
  const selected = state.values[field];
  const known = options.some((option) => option.value === selected);
  // A value typed into the address bar that the list lacks stays visible, so its error makes sense.
  const all = selected !== undefined && !known ? [...options, { value: selected, label: selected }] : options;
  return fieldFrame(
    state,
    field,
    (describedBy, invalid) =>
      html`<select
        id="${fieldId(field)}"
        name="${field}"
        ${describedBy ? html` aria-describedby="${describedBy}"` : ''}${invalid ? html` aria-invalid="true"` : ''}
      >
        <option value="">${LABELS[state.language].anyOption}</option>
        ${all.map((option) => html`<option value="${option.value}" ${option.value === selected ? html`selected` : ''}>${option.label}</option>`)}
      </select>`,
  );
}

function catalogueOptions(table: Readonly<Record<string, Readonly<Record<Language, string>>>>, language: Language) {
  return Object.keys(table).map((code) => ({ value: code, label: codeLabel(table, code, language) }));
}

/** Errors the form has no field for (a stale page cursor), and a list of every error on top. */
function errorSummary(state: FormState): Html {
  if (state.errors.length === 0) return html``;
  const labels = LABELS[state.language];
  const items = state.errors.map((error) => {
    const message = fieldErrorMessage(error.code, state.language, error.params);
    const label = (FIELD_LABEL as Record<string, LabelKey | undefined>)[error.field];
    // A dash after the label: the message may hold a colon of its own ("БИН заявителя — Неверный БИН: …").
    // A field the form does not show (a stale page link) is explained by its message alone, never by
    // its parameter's name.
    return label ? html`<li><a href="#${fieldId(error.field)}">${labels[label]} — ${message}</a></li>` : html`<li>${message}</li>`;
  });
  return html`<div class="error-summary" role="alert">
    <p>${labels.errorSummary}</p>
    <ul>
      ${items}
    </ul>
  </div>`;
}

/** The search form: a plain GET form, so searching works without any script. */
export function searchForm(language: PageLanguage, values: FormValues, errors: readonly FieldError[]): Html {
  const state: FormState = { language: language.language, values, errors };
  const labels = LABELS[language.language];
  const outcomes = OUTCOME_CODES.map((code) => ({ value: code, label: OUTCOME_LABELS[code][language.language] }));
  return html`<section class="search" aria-labelledby="search-heading">
    <h2 id="search-heading">${labels.searchHeading}</h2>
    ${errorSummary(state)}
    <form method="get" action="${REGISTER_PATH}" class="search-form">
      ${language.explicit ? html`<input type="hidden" name="lang" value="${language.language}" />` : ''}
      ${textField(state, 'q', 'search', html` maxlength="200"`)}
      ${textField(state, 'bin', 'text', html` inputmode="numeric" maxlength="12" autocomplete="off"`)}
      ${selectField(state, 'outcome', outcomes)} ${textField(state, 'from', 'date')} ${textField(state, 'to', 'date')}
      ${selectField(state, 'dataCategory', catalogueOptions(DATA_CATEGORY_LABELS, language.language))}
      ${selectField(state, 'reasonCategory', catalogueOptions(REASON_CATEGORY_LABELS, language.language))}
      <div class="actions">
        <button type="submit">${labels.search}</button>
        <a href="${pageHref(REGISTER_PATH, {}, language)}">${labels.clearFilters}</a>
      </div>
    </form>
  </section>`;
}
