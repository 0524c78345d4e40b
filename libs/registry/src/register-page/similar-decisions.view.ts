import { SimilarDecisionV1 } from '@qaztech/contracts';
import { Html, html } from './html';
import { PageLanguage } from './i18n/labels';
import { pageHref, REGISTER_PATH } from './layout';

const LABELS = {
  kk: {
    heading: 'Ұқсас жарияланған шешімдер',
    note: 'Тізімді жүйе тек жарияланған шешімдер арасынан автоматты түрде таңдады; ол шешімнің бөлігі емес.',
  },
  ru: {
    heading: 'Похожие опубликованные решения',
    note: 'Список подобран автоматически только среди опубликованных решений; он не является частью решения.',
  },
  en: {
    heading: 'Similar published decisions',
    note: 'Chosen automatically among published decisions only; the list is not part of the decision.',
  },
};

/** Links to similar published decisions, marked as automated output; nothing when there are none. */
export function similarDecisions(similar: readonly SimilarDecisionV1[], language: PageLanguage): Html | '' {
  if (similar.length === 0) return '';
  const labels = LABELS[language.language];
  const title = (item: SimilarDecisionV1): string =>
    language.language === 'kk' ? item.titleKk || item.titleRu : item.titleRu || item.titleKk;
  const items = similar.map(
    (item) =>
      html`<li>
        <a href="${pageHref(`${REGISTER_PATH}/${encodeURIComponent(item.recordNumber)}`, {}, language)}">${item.recordNumber}</a>
        ${title(item)}
      </li>`,
  );
  return html`<section aria-labelledby="s-similar">
    <h2 id="s-similar">${labels.heading}</h2>
    <p class="note">${labels.note}</p>
    <ul>
      ${items}
    </ul>
  </section>`;
}
