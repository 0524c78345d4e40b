import { DecisionIssuedV1 } from '@qaztech/contracts';
import { almatyDate, correctionRecord, decisionRecord, recordNumberFor } from './public-record';

const issued: DecisionIssuedV1 = {
  decisionId: '7d9b3c2e-0b53-4c55-9a57-3f1c1fb0b0a1',
  decisionNumber: 'QTX-D-2026-0007',
  registrationNumber: 'QTX-2026-000123',
  requestId: '0c7b5d50-6a43-4e0e-bb0b-8f3d2b1f9d11',
  version: 2,
  reconsideredDecisionId: null,
  applicant: { bin: '940140000385', nameKk: 'Министрлік', nameRu: 'Министерство' },
  system: { titleKk: 'Жүйе', titleRu: 'Система', titleEn: null },
  reasonCategories: ['state_secrets'],
  dataCategories: ['dsp'],
  budget: { amountKzt: '1000.00', fundingSource: 'republican_budget' },
  outcome: 'approved_with_conditions',
  conditions: [{ text: 'Аттестация', owner: 'Заявитель', dueDate: '2030-01-01' }],
  validUntil: '2031-12-31',
  reasoning: { kk: 'Негіздеме', ru: 'Обоснование', en: null },
  meeting: { id: '1b4f0a9e-7c1e-4c43-8d8e-2b0c9a6f5e11', date: '2026-12-10', protocolNumber: '12' },
  tally: { for: 5, against: 1, abstain: 0, recused: 1, present: 7, membership: 7, quorumMet: true, castingVote: null },
  issuedAt: '2026-12-10T09:00:00.000Z',
  chair: { name: 'Председатель', position: 'Председатель Комиссии' },
};

describe('decisionRecord', () => {
  const placement = { recordNumber: 'QTX-D-2026-0007', correctionOf: null, publishedAt: '2026-12-10T09:00:01.000Z' };

  it('takes each published field from the decision and nothing else', () => {
    expect(decisionRecord(issued, placement)).toEqual({
      recordNumber: 'QTX-D-2026-0007',
      kind: 'decision',
      correctionOf: null,
      decisionNumber: 'QTX-D-2026-0007',
      registrationNumber: 'QTX-2026-000123',
      applicant: { bin: '940140000385', nameKk: 'Министрлік', nameRu: 'Министерство' },
      system: { titleKk: 'Жүйе', titleRu: 'Система', titleEn: null },
      reasonCategories: ['state_secrets'],
      dataCategories: ['dsp'],
      budget: { amountKzt: '1000.00', fundingSource: 'republican_budget' },
      outcome: 'approved_with_conditions',
      conditions: [{ text: 'Аттестация', owner: 'Заявитель', dueDate: '2030-01-01' }],
      validUntil: '2031-12-31',
      meeting: { date: '2026-12-10', protocolNumber: '12' },
      texts: { kk: 'Негіздеме', ru: 'Обоснование', en: null },
      signedBy: { name: 'Председатель', position: 'Председатель Комиссии' },
      decidedAt: '2026-12-10T09:00:00.000Z',
      publishedAt: '2026-12-10T09:00:01.000Z',
      exemptionInForce: true,
      revocation: null,
      capabilitiesFoundMissing: [],
    });
  });

  it('lists the capabilities found missing, and none of the accepted claims behind them', () => {
    const withClaims: DecisionIssuedV1 = {
      ...issued,
      acceptedReasons: [0],
      acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod', gap: 'insufficient' }],
      capabilitiesFoundMissing: [{ capabilityId: 'env-prod', gap: 'insufficient' }],
    };
    const record = decisionRecord(withClaims, placement);
    expect(record.capabilitiesFoundMissing).toEqual([{ capabilityId: 'env-prod', gap: 'insufficient' }]);
    expect(JSON.stringify(record)).not.toContain('acceptedGaps');
  });

  it('grants an exemption in force only by an approval', () => {
    expect(decisionRecord({ ...issued, outcome: 'approved' }, placement).exemptionInForce).toBe(true);
    expect(decisionRecord({ ...issued, outcome: 'rejected', validUntil: null }, placement).exemptionInForce).toBe(false);
  });

  it('drops whatever else an event carries, at any depth', () => {
    const noisy = {
      ...issued,
      contactPerson: { fullName: 'Секрет' },
      applicant: { ...issued.applicant, phone: '+7700' },
      conditions: [{ ...issued.conditions[0]!, findings: 'уязвимость' }],
      chair: { ...issued.chair, iin: '061211600012' },
    } as unknown as DecisionIssuedV1;
    const text = JSON.stringify(decisionRecord(noisy, placement));
    for (const secret of ['Секрет', '+7700', 'уязвимость', '061211600012', 'tally', 'requestId', 'meetingId'])
      expect(text).not.toContain(secret);
  });
});

describe('correctionRecord', () => {
  const first = decisionRecord(issued, { recordNumber: 'QTX-D-2026-0007', correctionOf: null, publishedAt: '2026-12-10T09:00:01.000Z' });
  const placement = { recordNumber: 'QTX-D-2026-0007.2', correctionOf: 'QTX-D-2026-0007', publishedAt: '2027-03-01T10:00:02.000Z' };

  it('publishes a revocation with its reasons, the exemption no longer in force, beside the decision it ends', () => {
    const ending = { kind: 'revocation', reasons: 'Условия не выполнены' } as const;
    expect(correctionRecord(first, ending, '2027-03-01T10:00:00.000Z', placement)).toEqual({
      ...first,
      recordNumber: 'QTX-D-2026-0007.2',
      kind: 'revocation',
      correctionOf: 'QTX-D-2026-0007',
      decidedAt: '2027-03-01T10:00:00.000Z',
      publishedAt: '2027-03-01T10:00:02.000Z',
      exemptionInForce: false,
      revocation: { reasons: 'Условия не выполнены' },
    });
  });

  it('publishes an expiry without reasons, and corrects a record of version 1 as well', () => {
    const { exemptionInForce: _inForce, revocation: _revocation, ...older } = first;
    const expiry = correctionRecord(older, { kind: 'expiry' }, '2031-12-31T19:00:00.000Z', placement);
    expect(expiry).toMatchObject({ kind: 'expiry', exemptionInForce: false, revocation: null, outcome: 'approved_with_conditions' });
  });
});

describe('recordNumberFor', () => {
  it.each([
    [0, 'QTX-D-2026-0007'],
    [1, 'QTX-D-2026-0007.2'],
    [2, 'QTX-D-2026-0007.3'],
    [9, 'QTX-D-2026-0007.10'],
  ])('with %i earlier records gives %s', (existing, expected) => {
    expect(recordNumberFor('QTX-D-2026-0007', existing)).toBe(expected);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => recordNumberFor('QTX-D-2026-0007', -1)).toThrow(RangeError);
    expect(() => recordNumberFor('QTX-D-2026-0007', 1.5)).toThrow(RangeError);
  });
});

describe('almatyDate', () => {
  it('dates an instant in Kazakhstan (UTC+5)', () => {
    expect(almatyDate('2026-12-31T18:59:59.000Z')).toBe('2026-12-31');
    expect(almatyDate('2026-12-31T19:00:00.000Z')).toBe('2027-01-01');
  });
});
