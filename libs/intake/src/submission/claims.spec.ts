import { ReasonV1, RequestContentV1 } from '@qaztech/contracts';
import { findMissingClaims } from './claims';

function withReasons(...reasons: ReasonV1[]): RequestContentV1 {
  return {
    system: { functions: ['public_alerting'], dataObjects: ['person', 'address'] },
    justification: { reasons },
    budget: { amountKzt: '4870000000.00', platformAlternativeKzt: '5200000000.00' },
  };
}

const absent = (capabilityId: string) => ({ capabilityId, gap: 'absent' as const });
const fieldsOf = (content: RequestContentV1) => findMissingClaims(content).map((error) => `${error.field}:${error.code}`);

describe('capability claims and evidence a form-2 request must carry', () => {
  it('accepts a reason of each category with its evidence', () => {
    const content = withReasons(
      { category: 'state_secrets', capabilities: [absent('env-prod')], evidence: { classificationActRef: 'Приказ № 12-с от 03.02.2026' } },
      { category: 'dsp_data', capabilities: [absent('document-storage')], evidence: { dspListItem: 'п. 14 Перечня сведений ДСП' } },
      { category: 'special_hardware_or_network', capabilities: [absent('env-prod')], evidence: { specification: 'Сеть сирен С-40' } },
      {
        category: 'performance_or_scale',
        capabilities: [{ capabilityId: 'notifications', gap: 'insufficient', limit: '5 000 msg/s', needed: '70 000 msg/s' }],
        evidence: { load: { unit: 'messages_per_second', peak: 70_000, publishedLimit: 5_000 } },
      },
      { category: 'legal_mandate', capabilities: [absent('data-exchange')], evidence: { legalActId: 'Z1500000418' } },
      { category: 'international_obligations', capabilities: [absent('data-exchange')], evidence: { treaty: 'Договор о ЕАЭС, 2014' } },
      { category: 'integration_constraints', capabilities: [absent('data-exchange')] },
      { category: 'other', capabilities: [absent('payments')] },
    );
    expect(findMissingClaims(content)).toEqual([]);
  });

  it.each([
    ['state_secrets', 'classificationActRef'],
    ['dsp_data', 'dspListItem'],
    ['special_hardware_or_network', 'specification'],
    ['legal_mandate', 'legalActId'],
    ['international_obligations', 'treaty'],
  ])('wants the evidence of a %s reason: %s', (category, field) => {
    expect(fieldsOf(withReasons({ category, capabilities: [absent('env-prod')], evidence: {} }))).toEqual([
      `justification.reasons.0.evidence.${field}:REQUIRED`,
    ]);
  });

  it('wants the load figures of a performance reason, each by its field', () => {
    const content = withReasons({
      category: 'performance_or_scale',
      capabilities: [absent('notifications')],
      evidence: { load: { peak: 10 } },
    });
    expect(fieldsOf(content)).toEqual([
      'justification.reasons.0.evidence.load.unit:REQUIRED',
      'justification.reasons.0.evidence.load.publishedLimit:REQUIRED',
    ]);
  });

  it('refuses a load the published limit already carries', () => {
    const load = { unit: 'requests_per_second', peak: 800, publishedLimit: 1_000 };
    const content = withReasons({ category: 'performance_or_scale', capabilities: [absent('data-exchange')], evidence: { load } });
    expect(findMissingClaims(content)).toEqual([
      { field: 'justification.reasons.0.evidence.load.peak', code: 'LOAD_WITHIN_LIMIT', params: { limit: 1_000 } },
    ]);
  });

  it('wants at least one capability per reason, each with its gap', () => {
    expect(fieldsOf(withReasons({ category: 'other' }))).toEqual(['justification.reasons.0.capabilities:TOO_FEW']);
    const content = withReasons({ category: 'other', capabilities: [{ capabilityId: '', gap: undefined as never }] });
    expect(fieldsOf(content)).toEqual([
      'justification.reasons.0.capabilities.0.capabilityId:REQUIRED',
      'justification.reasons.0.capabilities.0.gap:REQUIRED',
    ]);
  });

  it('wants the limit and the figure needed for an insufficient capability, and not for an absent one', () => {
    const content = withReasons({ category: 'other', capabilities: [{ capabilityId: 'notifications', gap: 'insufficient', limit: ' ' }] });
    expect(fieldsOf(content)).toEqual([
      'justification.reasons.0.capabilities.0.limit:REQUIRED',
      'justification.reasons.0.capabilities.0.needed:REQUIRED',
    ]);
  });

  it('refuses the same capability twice in one reason, but lets two reasons name it', () => {
    const twice = withReasons({ category: 'other', capabilities: [absent('payments'), absent('payments')] });
    expect(fieldsOf(twice)).toEqual(['justification.reasons.0.capabilities.1.capabilityId:DUPLICATE_VALUE']);
    const inTwoReasons = withReasons(
      { category: 'other', capabilities: [absent('payments')] },
      { category: 'other', capabilities: [absent('payments')] },
    );
    expect(findMissingClaims(inTwoReasons)).toEqual([]);
  });

  it('wants the functions, the data objects and the cost of the platform alternative', () => {
    const content = withReasons({ category: 'other', capabilities: [absent('payments')] });
    content.system = { functions: [], dataObjects: undefined };
    content.budget = { amountKzt: '1.00' };
    expect(fieldsOf(content)).toEqual(['system.functions:TOO_FEW', 'system.dataObjects:TOO_FEW', 'budget.platformAlternativeKzt:REQUIRED']);
  });
});
