import { PublishedDecisionRecordV1 } from '@qaztech/contracts';
import { atomFeed } from './atom-feed';
import { PublishedDecisionView } from './register.query';

function decision(overrides: Partial<PublishedDecisionRecordV1> = {}): PublishedDecisionView {
  const record: PublishedDecisionRecordV1 = {
    recordNumber: 'QTX-D-2026-0007',
    kind: 'decision',
    correctionOf: null,
    decisionNumber: 'QTX-D-2026-0007',
    registrationNumber: 'QTX-2026-000123',
    applicant: { bin: '940140000385', nameKk: 'Цифрлық даму министрлігі', nameRu: 'Министерство цифрового развития' },
    system: { titleKk: 'Есеп жүйесі', titleRu: 'Система учёта', titleEn: null },
    reasonCategories: ['state_secrets'],
    dataCategories: ['dsp'],
    budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
    outcome: 'approved_with_conditions',
    conditions: [],
    validUntil: '2030-12-31',
    meeting: { date: '2026-03-10', protocolNumber: 'П-12/2026' },
    texts: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.', en: null },
    signedBy: { name: 'А. Председатель', position: 'Председатель Комиссии' },
    decidedAt: '2026-03-10T06:00:00.000Z',
    publishedAt: '2026-03-10T06:00:05.000Z',
    ...overrides,
  };
  return { record, jws: 'a.b.c', kid: 'k', sequence: 7, supersededBy: null, supersededByKind: null, anchor: null } as PublishedDecisionView;
}

const summaryOf = (feed: string) => /<summary type="text">([\s\S]*?)<\/summary>/.exec(feed)![1]!;

describe('the Atom feed', () => {
  it('says each entry in both state languages, Kazakh first, with outcomes by name and no English', () => {
    const feed = atomFeed([decision()], 'https://register.example.kz', 'https://register.example.kz/public/decisions.atom');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('<title>Шешім / Решение QTX-D-2026-0007: Есеп жүйесі / Система учёта</title>');
    expect(summaryOf(feed).split('\n')).toEqual([
      'Цифрлық даму министрлігі / Министерство цифрового развития (БСН/БИН 940140000385)',
      'Есеп жүйесі / Система учёта',
      'Нәтиже: Шарттармен мақұлданды; 2030-12-31 дейін жарамды.',
      'Итог: Одобрено с условиями; действует до 2030-12-31.',
      'Платформада құру мүмкін емес.',
      'Создание на платформе невозможно.',
    ]);
    expect(feed).toContain('Комиссия по вопросам внедрения цифровизации при Президенте Республики Казахстан');
    expect(feed).toContain('href="https://register.example.kz/public/decisions/QTX-D-2026-0007"');
  });

  it('leads an expiry with what ended, not with the outcome as if it stood', () => {
    const feed = atomFeed(
      [decision({ kind: 'expiry', recordNumber: 'QTX-D-2026-0007.2', correctionOf: 'QTX-D-2026-0007' })],
      'https://register.example.kz',
      'https://register.example.kz/public/decisions.atom',
    );
    expect(summaryOf(feed)).toContain('Истёк срок действия решения: решение QTX-D-2026-0007 («Одобрено с условиями») больше не действует.');
    expect(summaryOf(feed)).toContain(
      'Шешімнің қолданылу мерзімі өтті: QTX-D-2026-0007 шешімі («Шарттармен мақұлданды») енді күшінде емес.',
    );
    expect(summaryOf(feed).replace(/QTX-[\w.-]+/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
