import { DECISION_OUTCOMES, PublishedDecisionRecordV1, PublishedDecisionRecordV2 } from '@qaztech/contracts';
import { DomainError, ErrorCode, FieldErrorCode, Language, LANGUAGES } from '@qaztech/platform';
import { PublishedDecisionView } from '../reading/register.query';
import { renderDecision } from './decision.view';
import { escapeHtml } from './html';
import { renderErrorPage } from './error-page.view';
import { OUTCOME_LABELS, RECORD_KIND_LABELS } from './i18n/code-labels';
import { LABELS } from './i18n/labels';
import { EN_LABELS } from './i18n/labels.en';
import { renderRegisterList } from './register-list.view';

const HOSTILE = '<script>alert(1)</script>';

function record(overrides: Partial<PublishedDecisionRecordV1> = {}): PublishedDecisionRecordV1 {
  return {
    recordNumber: 'QTX-D-2026-0007.2',
    kind: 'revocation',
    correctionOf: 'QTX-D-2026-0007',
    decisionNumber: 'QTX-D-2026-0007',
    registrationNumber: 'QTX-2026-000123',
    applicant: { bin: '940140000385', nameKk: 'Цифрлық даму министрлігі', nameRu: 'Министерство "цифрового" развития' },
    system: { titleKk: `Жүйе ${HOSTILE}`, titleRu: `Система ${HOSTILE}`, titleEn: null },
    reasonCategories: ['state_secrets', 'future_reason'],
    dataCategories: ['dsp'],
    budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
    outcome: 'approved_with_conditions',
    conditions: [{ text: 'Аттестация <b>СТС</b>', owner: 'Заявитель', dueDate: '2035-06-30' }],
    validUntil: '2040-12-31',
    meeting: { date: '2026-03-10', protocolNumber: 'П-12/2026' },
    texts: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.', en: null },
    signedBy: { name: 'А. Председатель', position: 'Председатель Комиссии' },
    decidedAt: '2026-03-10T06:00:00.000Z',
    publishedAt: '2026-03-10T06:00:05.000Z',
    ...overrides,
  };
}

function view(overrides: Partial<PublishedDecisionView> = {}): PublishedDecisionView {
  return {
    record: record(),
    jws: 'eyJhbGciOiJFZERTQSJ9.eyJhIjoxfQ.c2ln',
    kid: 'reg-2026-1',
    sequence: 7,
    supersededBy: 'QTX-D-2026-0007.3',
    supersededByKind: 'decision',
    anchor: { leafIndex: 41, treeSize: 64, rootHash: 'ab'.repeat(32), checkpoint: 'qaztech/audit\n64\nq83=\n' },
    ...overrides,
  };
}

const page = (language: Language, explicit = false) => ({ language, explicit });

describe('labels', () => {
  it('gives every label in Kazakh, Russian and English', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(LABELS[language]).sort()).toEqual(Object.keys(EN_LABELS).sort());
      for (const text of Object.values(LABELS[language])) expect(text.trim()).not.toBe('');
    }
  });

  it('writes Kazakh labels in Kazakh, not copied from Russian or English', () => {
    const shared = new Set(['navCsv']);
    for (const [key, text] of Object.entries(LABELS.kk)) {
      if (shared.has(key)) continue;
      expect([key, text]).not.toEqual([key, LABELS.ru[key as keyof typeof EN_LABELS]]);
      expect([key, text]).not.toEqual([key, LABELS.en[key as keyof typeof EN_LABELS]]);
    }
    expect(Object.values(LABELS.kk).join(' ')).toMatch(/[әғқңөұүһі]/);
  });

  it('names every outcome and record kind in every language', () => {
    for (const outcome of DECISION_OUTCOMES) for (const language of LANGUAGES) expect(OUTCOME_LABELS[outcome][language]).toBeTruthy();
    for (const kind of Object.values(RECORD_KIND_LABELS)) for (const language of LANGUAGES) expect(kind[language]).toBeTruthy();
  });
});

describe('decision page', () => {
  it.each(LANGUAGES)('lists the capabilities found missing, linked to the public catalogue, in %s', (language) => {
    const decision: PublishedDecisionRecordV2 = {
      ...record({ kind: 'decision', recordNumber: 'QTX-D-2026-0007', correctionOf: null }),
      exemptionInForce: true,
      revocation: null,
      capabilitiesFoundMissing: [{ capabilityId: 'env-prod', gap: 'absent' }],
    };
    const out = renderDecision(view({ record: decision, supersededBy: null, supersededByKind: null }), page(language)).text;
    expect(out).toContain(LABELS[language].capabilitiesFoundMissing);
    expect(out).toMatch(/<a href="\/public\/capabilities"><code>env-prod<\/code><\/a\s*>/);
    const older = renderDecision(
      view({ record: record({ kind: 'decision', recordNumber: 'QTX-D-2026-0007', correctionOf: null }) }),
      page(language),
    );
    expect(older.text).not.toContain(LABELS[language].capabilitiesFoundMissing);
  });

  it.each(LANGUAGES)('renders in %s with the page language, its labels and its outcome', (language) => {
    const out = renderDecision(view(), page(language)).text;
    expect(out).toContain(`<html lang="${language}">`);
    expect(out).toContain(LABELS[language].sectionVerify);
    expect(out).toContain(OUTCOME_LABELS.approved_with_conditions[language]);
    expect(out).toContain(RECORD_KIND_LABELS.revocation[language]);
  });

  it('shows record data as text, never as markup', () => {
    const out = renderDecision(view(), page('ru')).text;
    expect(out).not.toContain(HOSTILE);
    expect(out).not.toContain('<b>СТС</b>');
    expect(out).toContain('Система &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('Министерство &quot;цифрового&quot; развития');
    expect(out).not.toMatch(/<script|style=|<style/i);
  });

  it('shows numbers, signature, correction chain, ledger anchor and where to verify', () => {
    const out = renderDecision(view(), page('en')).text;
    for (const fact of ['QTX-D-2026-0007', 'QTX-2026-000123', '940140000385', 'П-12/2026', '2026-03-10', '2040-12-31']) {
      expect(out).toContain(fact);
    }
    expect(out).toContain('1,250,000,000.00 KZT');
    expect(out).toContain('eyJhbGciOiJFZERTQSJ9.eyJhIjoxfQ.c2ln');
    expect(out).toContain('href="/register/QTX-D-2026-0007"');
    expect(out).toContain('href="/register/QTX-D-2026-0007.3"');
    expect(out).toContain('href="/public/jwks.json"');
    expect(out).toContain('href="/public/decisions/QTX-D-2026-0007.2"');
    expect(out).toContain('ab'.repeat(32));
    expect(out).toContain('future_reason');
  });

  it.each(LANGUAGES)("names the register's seal for what it is and shows the chair's qualified signature, in %s", (language) => {
    const signed: PublishedDecisionRecordV2 = {
      ...record(),
      exemptionInForce: true,
      revocation: null,
      qualifiedSignature: {
        cms: 'MIIB',
        content: 'e30=',
        contentDigest: `sha256:${'cd'.repeat(32)}`,
        cmsDigest: `sha256:${'ef'.repeat(32)}`,
        certificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
        certificateSerial: '0a1b2c',
        certificateIssuer: '2.5.4.3=QazTech Test Intermediate',
        signer: { iin: '750305400027', bin: '000740001307', commonName: 'ОМАРОВА ДИНАРА', organization: 'Комиссия QazTech' },
        algorithm: 'RSA-SHA256',
        signingTime: '2026-03-10T09:30:00.000Z',
      },
    };
    const labels = LABELS[language];
    const out = renderDecision(view({ record: signed }), page(language)).text;
    expect(out).toContain(escapeHtml(labels.sectionSeal));
    expect(out).toContain(escapeHtml(labels.sectionQualifiedSignature));
    for (const fact of ['ОМАРОВА ДИНАРА', '750305400027', 'Комиссия QazTech, 000740001307', '0a1b2c', 'QazTech Test Intermediate']) {
      expect(out).toContain(fact);
    }
    expect(out).toContain('openssl cms -verify -binary -inform DER -in decision.cms -content decision.json');
    expect(out).toContain('/public/decisions/QTX-D-2026-0007');
    // Kazakhstan's terms: ЭЦП/ЭЦҚ, never the Russian Federation's «электронная подпись».
    expect(out.toLowerCase()).not.toContain('электронная подпись');
    expect(out.toLowerCase()).not.toContain('электрондық қолтаңба');
  });

  it("says when a decision was published without the chair's qualified signature", () => {
    const out = renderDecision(view(), page('ru')).text;
    expect(out).toContain(LABELS.ru.notQualifiedSigned);
    expect(out).not.toContain('openssl cms');
  });

  it('falls back to Russian for English texts and marks the language of the fallback', () => {
    const out = renderDecision(view(), page('en')).text;
    expect(out).toContain(LABELS.en.textFallback);
    expect(out).toContain('<div class="decision-text" lang="ru"><p>Создание на платформе невозможно.</p></div>');
    expect(out).toContain('<span lang="ru">Система &lt;script&gt;');
    const kk = renderDecision(view(), page('kk')).text;
    expect(kk).not.toContain(LABELS.kk.textFallback);
    expect(kk).toContain('Платформада құру мүмкін емес.');
  });

  it('keeps the chosen language in its links once the reader picked one', () => {
    const out = renderDecision(view(), page('kk', true)).text;
    expect(out).toContain('href="/register/QTX-D-2026-0007?lang=kk"');
    expect(out).toContain('href="/register/QTX-D-2026-0007.2?lang=en"');
  });
});

describe('a revocation and the decision it ends', () => {
  const revocation: PublishedDecisionRecordV2 = {
    ...record({ decidedAt: '2027-02-01T05:00:00.000Z' }),
    exemptionInForce: false,
    revocation: { reasons: `Условия не выполнены ${HOSTILE}` },
  };

  it.each(LANGUAGES)('shows in %s the revocation first, its reasons, and the decision as no longer in force', (language) => {
    const labels = LABELS[language];
    const out = renderDecision(view({ record: revocation, supersededBy: null, supersededByKind: null }), page(language)).text;
    const ending = out.indexOf(labels.sectionRevocation);
    expect(ending).toBeGreaterThan(-1);
    expect(ending).toBeLessThan(out.indexOf(labels.sectionEndedDecision));
    expect(out).toContain('Условия не выполнены &lt;script&gt;');
    expect(out).toContain(`<dd>${labels.statusRevoked}</dd>`);
    expect(out).toContain('<time datetime="2027-02-01">2027-02-01</time>');
    expect(out).toContain(`<dt>${labels.validUntilEnded}</dt>`);
    expect(out).not.toContain(`<dt>${labels.validUntil}</dt>`);
    expect(out).not.toContain(`<dd>${labels.statusInForce}</dd>`);
  });

  it('says a revocation of version 1 published no reasons instead of showing none', () => {
    const out = renderDecision(view({ supersededBy: null, supersededByKind: null }), page('ru')).text;
    expect(out).toContain(LABELS.ru.reasonsNotPublished);
    expect(out).toContain(`<dd>${LABELS.ru.statusRevoked}</dd>`);
  });

  it('marks the revoked decision on its own page, with a link to the revocation', () => {
    const decision = record({ recordNumber: 'QTX-D-2026-0007', kind: 'decision', correctionOf: null });
    const revoked = view({ record: decision, supersededBy: 'QTX-D-2026-0007.2', supersededByKind: 'revocation' });
    const out = renderDecision(revoked, page('en')).text;
    expect(out).toMatch(
      /<p class="notice" role="note">\s*This decision has been revoked and is no longer in force\. The revocation: <a href="\/register\/QTX-D-2026-0007\.2">/,
    );
    expect(out).toContain(`<dd>${LABELS.en.statusRevoked}</dd>`);
    const standing = renderDecision(view({ record: decision, supersededBy: null, supersededByKind: null }), page('en')).text;
    expect(standing).toContain(`<dd>${LABELS.en.statusInForce}</dd>`);
    expect(standing).not.toContain('class="notice"');
  });

  it('names a revocation as such in the list, not by the outcome it ended', () => {
    const out = renderRegisterList({
      language: page('ru'),
      values: {},
      errors: [],
      page: { items: [view({ record: revocation })], nextCursor: null },
    }).text;
    expect(out).toContain(`<span class="outcome outcome-revocation">${RECORD_KIND_LABELS.revocation.ru}</span>`);
    expect(out).not.toContain('outcome-approved_with_conditions');
  });
});

describe('register list', () => {
  const list = (language: Language) =>
    renderRegisterList({
      language: page(language),
      values: { bin: '940140000385', q: HOSTILE },
      errors: [],
      page: { items: [view()], nextCursor: 'WzZd' },
    }).text;

  it.each(LANGUAGES)('renders the form and the table in %s', (language) => {
    const out = list(language);
    expect(out).toContain(`<html lang="${language}">`);
    expect(out).toContain(`<label for="f-bin">${LABELS[language].fieldBin}</label>`);
    expect(out).toContain(`<th scope="col">${LABELS[language].colNumber}</th>`);
    expect(out).toContain('href="/register?bin=940140000385&amp;q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;cursor=WzZd"');
    expect(out).not.toContain(HOSTILE);
  });

  it('shows a bad filter next to its field, in the page language', () => {
    const out = renderRegisterList({
      language: page('kk'),
      values: { bin: '940140000386' },
      errors: [{ field: 'bin', code: FieldErrorCode.INVALID_BIN }],
    }).text;
    expect(out).toMatch(/<p class="field-error" id="f-bin-error">[^<]+<\/p>\s*<input[^>]*id="f-bin"[^>]*value="940140000386"/);
    expect(out).toContain('aria-describedby="f-bin-hint f-bin-error" aria-invalid="true"');
    expect(out).toContain('<a href="#f-bin">');
    expect(out).not.toContain(LABELS.kk.resultsHeading);
  });
});

describe('error page', () => {
  it.each(LANGUAGES)('says the decision was not found in %s', (language) => {
    const out = renderErrorPage({
      language: page(language),
      error: new DomainError(ErrorCode.DECISION_NOT_FOUND),
      requestId: 'r-1',
      switchTo: (other) => `/register/X?lang=${other}`,
    }).text;
    expect(out).toContain(`<h1>${LABELS[language].notFoundTitle}</h1>`);
    expect(out).toContain(`<html lang="${language}">`);
  });
});
