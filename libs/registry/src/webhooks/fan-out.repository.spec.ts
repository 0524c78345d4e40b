import { DecisionPublishedV2 } from '@qaztech/contracts';
import { deliveryBody, deliveryEventType } from './fan-out.repository';

const record = {
  recordNumber: 'QTX-D-2026-0007.2',
  kind: 'revocation',
  correctionOf: 'QTX-D-2026-0007',
  decisionNumber: 'QTX-D-2026-0007',
  registrationNumber: 'QTX-2026-000123',
  applicant: { bin: '940140000385', nameKk: 'Министрлік', nameRu: 'Министерство' },
  system: { titleKk: 'Жүйе', titleRu: 'Система', titleEn: null },
  reasonCategories: [],
  dataCategories: [],
  budget: { amountKzt: '1000.00', fundingSource: null },
  outcome: 'approved',
  conditions: [],
  validUntil: '2031-12-31',
  meeting: { date: '2026-12-05', protocolNumber: '12' },
  texts: { kk: 'Негіздеме', ru: 'Обоснование', en: null },
  signedBy: { name: 'Председатель', position: 'Председатель Комиссии' },
  decidedAt: '2027-02-01T05:00:00.000Z',
  publishedAt: '2027-02-01T05:00:01.000Z',
  exemptionInForce: false,
  revocation: { reasons: 'Условия "inForce": не выполнены' },
} as const;

const publication: DecisionPublishedV2 = {
  publicationId: '5c0f7c1e-3f8b-4e52-9a3e-2f1d0b6c7a11',
  sequence: 9,
  decisionId: '7d9b3c2e-0b53-4c55-9a57-3f1c1fb0b0a1',
  requestId: '0c7b5d50-6a43-4e0e-bb0b-8f3d2b1f9d11',
  record: { ...record, reasonCategories: [], dataCategories: [], conditions: [] },
  jws: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln',
  kid: 'reg-2026-1',
};

describe('a delivery names the version of what it carries', () => {
  it('calls a record of version 2 decision.published.v2', () => {
    expect(deliveryEventType(deliveryBody(publication))).toBe('decision.published.v2');
  });

  it('calls a record signed before version 2 decision.published.v1, whatever its texts say', () => {
    const { exemptionInForce: _inForce, revocation: _revocation, ...older } = publication.record;
    expect(
      deliveryEventType(deliveryBody({ ...publication, record: { ...older, texts: { ...older.texts, ru: '"exemptionInForce":true' } } })),
    ).toBe('decision.published.v1');
  });
});
