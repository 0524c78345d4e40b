import { PublishedDecisionRecord } from '@qaztech/contracts';
import { recordPath } from '../reading/public-view';
import { formatMoment } from './format';
import { Html, html } from './html';
import { LABELS, PageLanguage } from './i18n/labels';

/**
 * The shell commands that check a published decision's qualified signature with nothing but curl,
 * jq and OpenSSL: the record from the JSON register, the signed bytes and the CMS out of it, then
 * `openssl cms -verify` against the CA's root. `register` is the register's address, `caFile` the
 * root certificate (NCA RK's in production).
 */
export function opensslVerifyCommands(recordNumber: string, register = '$REGISTER', caFile = 'nca-root.pem'): string {
  return [
    `curl -s "${register}${recordPath(recordNumber)}" -o record.json`,
    'jq -r .record.qualifiedSignature.cms record.json | base64 -d > decision.cms',
    'jq -r .record.qualifiedSignature.content record.json | base64 -d > decision.json',
    `openssl cms -verify -binary -inform DER -in decision.cms -content decision.json -CAfile ${caFile} -purpose any -out /dev/null`,
  ].join('\n');
}

type Row = readonly [string, Html | string];

/** The chair's ЭЦП/ЭЦҚ as the certificate names the signer, and how anyone checks it. */
export function qualifiedSignatureSection(record: PublishedDecisionRecord, language: PageLanguage): Html {
  const labels = LABELS[language.language];
  const signature = 'qualifiedSignature' in record ? record.qualifiedSignature : undefined;
  if (!signature) {
    return html`<section aria-labelledby="s-qualified-signature">
      <h2 id="s-qualified-signature">${labels.sectionQualifiedSignature}</h2>
      <p>${labels.notQualifiedSigned}</p>
    </section>`;
  }
  const { signer } = signature;
  const organisation = [signer.organization, signer.bin].filter((part): part is string => Boolean(part)).join(', ');
  const rows: Row[] = [
    [labels.signerName, signer.commonName],
    ...(signer.iin ? [[labels.signerIin, signer.iin] as Row] : []),
    ...(organisation ? [[labels.signerOrganization, organisation] as Row] : []),
    [labels.signingTime, html`<time datetime="${signature.signingTime}">${formatMoment(signature.signingTime)}</time>`],
    [labels.certificateSerial, html`<code>${signature.certificateSerial}</code>`],
    [labels.certificateIssuer, signature.certificateIssuer],
    [labels.signatureAlgorithm, signature.algorithm],
  ];
  return html`<section aria-labelledby="s-qualified-signature">
    <h2 id="s-qualified-signature">${labels.sectionQualifiedSignature}</h2>
    <dl class="facts">
      ${rows.map(
        ([label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    <p>${labels.verifyQualified}</p>
    <pre
      class="command"
      aria-labelledby="s-qualified-signature"
      tabindex="0"
    ><code>${opensslVerifyCommands(record.recordNumber)}</code></pre>
  </section>`;
}
