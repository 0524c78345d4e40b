import { CaseEntity } from '../case/case.entity';
import { publicRecord } from './public-record';

const request = Object.assign(new CaseEntity(), {
  id: 'b7d6c1de-5f0a-4a39-9d55-0f4b0c8f2a11',
  agencyBin: '940140000385',
  registrationNumber: 'QTX-2026-000042',
  version: 2,
  reconsideredDecisionId: null,
  content: {
    applicant: {
      bin: '940140000385',
      nameKk: 'Министрлік',
      nameRu: 'Министерство',
      contactPerson: { fullName: 'Айгерим Садыкова', email: 'a.sadykova@gov.kz', phone: '+77172740000' },
    },
    system: { titleKk: 'Жүйе', titleRu: 'Система', purpose: 'Внутреннее назначение' },
    justification: {
      reasons: [
        { category: 'state_secrets', explanation: 'Подробности для служебного пользования' },
        { category: 'state_secrets', explanation: 'Ещё' },
        { category: 'dsp_data', explanation: '…' },
      ],
    },
    data: { categories: ['dsp'], hosting: { inKazakhstan: true, location: 'ЦОД, стойка 12' } },
    budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
  },
  attachments: [{ id: 'a', kind: 'technical_specification', classification: 'dsp', sha256: 'f'.repeat(64) }],
});

describe('the public record of a decision', () => {
  const record = publicRecord({
    decisionId: 'd',
    decisionNumber: 'QTX-D-2026-0001',
    request: request as CaseEntity,
    version: 2,
    outcome: 'rejected',
    conditions: [],
    validUntil: null,
    reasoning: { kk: ' Негіздеме ', ru: 'Обоснование', en: '' },
    meeting: { id: 'm', date: '2026-12-10', protocolNumber: '12/2026' },
    tally: { for: 1, against: 5, abstain: 0, recused: 1, present: 7, membership: 7, quorumMet: true, castingVote: null },
    issuedAt: new Date('2026-12-10T10:00:00Z'),
    chair: { name: 'Председатель', position: 'Председатель Комиссии' },
    claims: {
      acceptedReasons: [0],
      acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod', gap: 'absent' }],
      capabilitiesFoundMissing: [{ capabilityId: 'env-prod', gap: 'absent' }],
    },
  });

  it('carries what the register shows', () => {
    expect(record).toMatchObject({
      registrationNumber: 'QTX-2026-000042',
      applicant: { bin: '940140000385', nameKk: 'Министрлік', nameRu: 'Министерство' },
      system: { titleKk: 'Жүйе', titleRu: 'Система', titleEn: null },
      reasonCategories: ['state_secrets', 'dsp_data'],
      dataCategories: ['dsp'],
      budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
      reasoning: { kk: 'Негіздеме', ru: 'Обоснование', en: null },
      issuedAt: '2026-12-10T10:00:00.000Z',
      capabilitiesFoundMissing: [{ capabilityId: 'env-prod', gap: 'absent' }],
    });
  });

  it('leaves out contact persons, explanations, hosting details and attachments', () => {
    const text = JSON.stringify(record);
    for (const secret of ['Садыкова', 'a.sadykova', '+7717', 'служебного', 'стойка', 'Внутреннее', 'technical_specification', 'fff']) {
      expect(text).not.toContain(secret);
    }
  });
});
