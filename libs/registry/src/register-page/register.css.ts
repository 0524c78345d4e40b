/**
 * The page's only stylesheet, served from the same origin so a `default-src 'self'` policy
 * holds. Colours meet WCAG AA: body text #1b1f24 on white is 16:1, links #0b4f8a are 8.6:1,
 * muted text #4a5560 is 7.6:1, and every outcome badge is above 7:1. Focus is always visible.
 */
export const REGISTER_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; line-height: 1.5; color: #1b1f24; background: #fff; }
body { margin: 0; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
a { color: #0b4f8a; text-underline-offset: 0.15em; }
a:hover { color: #06325a; }
:focus-visible { outline: 3px solid #b45f06; outline-offset: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -4rem; padding: 0.5rem 1rem; background: #fff; color: #0b4f8a; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.site-header { background: #0b3a66; color: #fff; padding: 1rem 0; }
.site-header a { color: #fff; }
.site-header a:hover { color: #dbe9f6; }
.site-header :focus-visible { outline-color: #ffd27a; }
.site-name { font-size: 1.25rem; font-weight: 700; margin: 0; }
.site-name a { text-decoration: none; }
.tagline { margin: 0.25rem 0 0.75rem; color: #e6eef6; }
.site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.languages { margin-bottom: 0.5rem; }
.languages a[aria-current="true"] { font-weight: 700; text-decoration: none; border-bottom: 3px solid #ffd27a; }
main { padding: 1.5rem 0 2.5rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #c9d1d9; padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.record-number { display: block; font-size: 1rem; font-weight: 600; color: #4a5560; }
.search-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; align-items: start; }
.field { display: flex; flex-direction: column; gap: 0.25rem; }
.field label { font-weight: 600; }
.hint, .muted { color: #4a5560; font-size: 0.9rem; }
input, select, button { font: inherit; color: inherit; }
input, select { padding: 0.4rem 0.5rem; border: 1px solid #6b7580; border-radius: 4px; background: #fff; min-height: 2.5rem; }
.field-invalid input, .field-invalid select { border: 2px solid #a4161a; }
.field-error { color: #a4161a; font-weight: 600; margin: 0; }
.error-summary { border: 3px solid #a4161a; padding: 0.75rem 1rem; margin-bottom: 1rem; }
.error-summary p { margin: 0 0 0.5rem; font-weight: 700; }
.error-summary a { color: #a4161a; }
.actions { grid-column: 1 / -1; display: flex; gap: 1.5rem; align-items: center; }
button { background: #0b4f8a; color: #fff; border: 0; border-radius: 4px; padding: 0.55rem 1.5rem; font-weight: 600; cursor: pointer; }
button:hover { background: #06325a; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid #c9d1d9; }
thead th { background: #eef2f6; }
.outcome { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 4px; font-weight: 600; }
.outcome-approved { background: #e3f4e8; color: #0d4d22; }
.outcome-approved_with_conditions { background: #fff3d6; color: #5c3b00; }
.outcome-rejected { background: #fde4e4; color: #7a0f12; }
.outcome-returned_for_revision, .outcome-deferred { background: #eef2f6; color: #2b3440; }
.pagination ul { list-style: none; padding: 0; display: flex; gap: 1.5rem; }
.facts { display: grid; grid-template-columns: minmax(12rem, 1fr) 3fr; margin: 0; }
.facts > div { display: contents; }
.facts dt { font-weight: 600; padding: 0.4rem 1rem 0.4rem 0; border-bottom: 1px solid #e3e8ed; }
.facts dd { margin: 0; padding: 0.4rem 0; border-bottom: 1px solid #e3e8ed; overflow-wrap: anywhere; }
.codes { margin: 0; padding-left: 1.25rem; }
.notice { border-left: 6px solid #b45f06; background: #fff3d6; padding: 0.75rem 1rem; font-weight: 600; }
.note { font-style: italic; color: #4a5560; }
pre { background: #f4f6f8; border: 1px solid #c9d1d9; padding: 0.75rem; white-space: pre-wrap; word-break: break-all; font-size: 0.85rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.steps li { margin-bottom: 0.5rem; }
.site-footer { border-top: 1px solid #c9d1d9; padding: 1rem 0 2rem; color: #4a5560; }
@media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } .facts dt { border-bottom: 0; padding-bottom: 0; } }
`;

/** The tab icon: without one, every browser asks for /favicon.ico and logs a failed load. */
export const REGISTER_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3a66"/>' +
  '<path d="M9 9h14v3H9zm0 5.5h14v3H9zm0 5.5h9v3H9z" fill="#ffd27a"/></svg>';
