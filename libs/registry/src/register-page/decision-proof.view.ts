import { PublishedDecisionView } from '../reading/register.query';
import { recordPath } from '../reading/public-view';
import { Html, html } from './html';
import { LABELS, PageLanguage } from './i18n/labels';
import { decisionHref } from './layout';
import { qualifiedSignatureSection } from './qualified-signature.view';

function history(view: PublishedDecisionView, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  const items: Html[] = [];
  const correctionOf = view.record.correctionOf;
  if (correctionOf !== null) {
    items.push(html`<li>${labels.correctsRecord} <a href="${decisionHref(correctionOf, language)}">${correctionOf}</a></li>`);
  }
  if (view.supersededBy !== null) {
    items.push(html`<li>${labels.supersededBy} <a href="${decisionHref(view.supersededBy, language)}">${view.supersededBy}</a></li>`);
  }
  const body =
    items.length > 0
      ? html`<ul>
          ${items}
        </ul>`
      : html`<p>${labels.noHistory}</p>`;
  return html`<section aria-labelledby="s-history">
    <h2 id="s-history">${labels.sectionHistory}</h2>
    ${body}
  </section>`;
}

/** The register's own seal (JWS) on the copy it published: not the chair's signature, and said so. */
function seal(view: PublishedDecisionView, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  return html`<section aria-labelledby="s-seal">
    <h2 id="s-seal">${labels.sectionSeal}</h2>
    <p>${labels.sealNote}</p>
    <dl class="facts">
      <div>
        <dt>${labels.keyId}</dt>
        <dd><code>${view.kid}</code></dd>
      </div>
    </dl>
    <h3 id="s-jws">${labels.jws}</h3>
    <pre class="jws" aria-labelledby="s-jws" tabindex="0"><code>${view.jws}</code></pre>
  </section>`;
}

function howToVerify(view: PublishedDecisionView, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  const json = recordPath(view.record.recordNumber);
  return html`<section aria-labelledby="s-verify">
    <h2 id="s-verify">${labels.sectionVerify}</h2>
    <ol class="steps">
      <li>${labels.verifyKeys} <a href="/public/jwks.json" type="application/json">/public/jwks.json</a></li>
      <li>${labels.verifySignature}</li>
      <li>${labels.verifyCompare} <a href="${json}" type="application/json">${json}</a>; ${labels.verifyCompareNote}</li>
    </ol>
  </section>`;
}

function ledger(view: PublishedDecisionView, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  const anchor = view.anchor;
  const body = anchor
    ? html`<dl class="facts">
          <div>
            <dt>${labels.leafIndex}</dt>
            <dd>${anchor.leafIndex}</dd>
          </div>
          <div>
            <dt>${labels.treeSize}</dt>
            <dd>${anchor.treeSize}</dd>
          </div>
          <div>
            <dt>${labels.rootHash}</dt>
            <dd><code>${anchor.rootHash}</code></dd>
          </div>
        </dl>
        <h3 id="s-checkpoint">${labels.checkpoint}</h3>
        <pre class="checkpoint" aria-labelledby="s-checkpoint" tabindex="0"><code>${anchor.checkpoint}</code></pre>`
    : html`<p>${labels.ledgerPending}</p>`;
  return html`<section aria-labelledby="s-ledger">
    <h2 id="s-ledger">${labels.sectionLedger}</h2>
    ${body}
  </section>`;
}

/** The parts that let a reader trust the page without trusting the server that sent it. */
export function decisionProof(view: PublishedDecisionView, language: PageLanguage): Html {
  return html`${history(view, language)} ${qualifiedSignatureSection(view.record, language)} ${seal(view, language)}
  ${howToVerify(view, language)} ${ledger(view, language)}`;
}
