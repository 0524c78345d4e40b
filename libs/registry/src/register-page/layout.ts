import { Language, LANGUAGES } from '@qaztech/platform';
import { Html, html, HtmlValue } from './html';
import { LABELS, LANGUAGE_NAMES, PageLanguage } from './i18n/labels';

export const STYLESHEET_PATH = '/register/assets/register.css';
export const ICON_PATH = '/register/assets/icon.svg';
export const REGISTER_PATH = '/register';

/** A link inside the page: `params` without empty values, plus `lang` when the reader chose one. */
export function pageHref(path: string, params: Readonly<Record<string, string | undefined>>, language: PageLanguage | null): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(name, value);
  if (language?.explicit) query.set('lang', language.language);
  const text = query.toString();
  return text.length > 0 ? `${path}?${text}` : path;
}

export const decisionHref = (recordNumber: string, language: PageLanguage): string =>
  pageHref(`${REGISTER_PATH}/${encodeURIComponent(recordNumber)}`, {}, language);

/** Text in another language than the page's carries its own `lang`, for screen readers. */
export function inLanguage(text: { text: string; language: Language }, pageLanguage: Language): Html {
  return text.language === pageLanguage ? html`${text.text}` : html`<span lang="${text.language}">${text.text}</span>`;
}

export interface PageShell {
  language: PageLanguage;
  title: string;
  /** Where each language's version of this very page lives. */
  switchTo: (language: Language) => string;
  body: HtmlValue;
}

function languageSwitcher(shell: PageShell): Html {
  const current = shell.language.language;
  const items = LANGUAGES.map(
    (language) =>
      html`<li>
        <a
          href="${shell.switchTo(language)}"
          hreflang="${language}"
          lang="${language}"
          ${language === current ? html` aria-current="true"` : ''}
          >${LANGUAGE_NAMES[language]}</a
        >
      </li>`,
  );
  return html`<nav class="languages" aria-label="${LABELS[current].languageNav}">
    <ul>
      ${items}
    </ul>
  </nav>`;
}

function siteNavigation(language: PageLanguage): Html {
  const labels = LABELS[language.language];
  return html`<nav class="site-nav" aria-label="${labels.siteNav}">
    <ul>
      <li><a href="${pageHref(REGISTER_PATH, {}, language)}">${labels.navRegister}</a></li>
      <li><a href="/public/decisions" type="application/json">${labels.navJson}</a></li>
      <li><a href="/public/decisions.atom" type="application/atom+xml">${labels.navFeed}</a></li>
      <li><a href="/public/decisions.csv" type="text/csv">${labels.navCsv}</a></li>
      <li><a href="/public/jwks.json" type="application/json">${labels.navKeys}</a></li>
      <li><a href="/public/capabilities" type="application/json">${labels.navCapabilities}</a></li>
    </ul>
  </nav>`;
}

/** The frame of every page: landmarks, skip link, language switcher, one stylesheet, no scripts. */
export function renderPage(shell: PageShell): Html {
  const language = shell.language.language;
  const labels = LABELS[language];
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${shell.title} — ${labels.siteName}</title>
        <link rel="stylesheet" href="${STYLESHEET_PATH}" />
        <link rel="icon" href="${ICON_PATH}" type="image/svg+xml" />
        <link rel="alternate" type="application/atom+xml" href="/public/decisions.atom" title="${labels.navFeed}" />
      </head>
      <body>
        <a class="skip-link" href="#main">${labels.skipLink}</a>
        <header class="site-header">
          <div class="wrap">
            <p class="site-name"><a href="${pageHref(REGISTER_PATH, {}, shell.language)}">${labels.siteName}</a></p>
            <p class="tagline">${labels.tagline}</p>
            ${languageSwitcher(shell)} ${siteNavigation(shell.language)}
          </div>
        </header>
        <main id="main" tabindex="-1"><div class="wrap">${shell.body}</div></main>
        <footer class="site-footer">
          <div class="wrap"><p>${labels.footer}</p></div>
        </footer>
      </body>
    </html> `;
}
