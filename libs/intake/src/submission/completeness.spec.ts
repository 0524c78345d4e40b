import { RequestContentV1 } from '@qaztech/contracts';
import { findIncompleteFields } from './completeness';

const AGENCY = '940140000385';

function completeContent(): RequestContentV1 {
  return {
    applicant: {
      bin: AGENCY,
      nameKk: 'Цифрлық даму министрлігі',
      nameRu: 'Министерство цифрового развития',
      kind: 'central_state_body',
      contactPerson: { fullName: 'Айгерим Садыкова', position: 'Директор департамента', email: 'a@gov.kz', phone: '+77172000000' },
    },
    system: { titleKk: 'Жүйе', titleRu: 'Система', purpose: 'Учёт', kind: 'new_system', expectedUsers: 500 },
    justification: {
      reasons: [{ category: 'dsp_data', explanation: 'Обрабатывает сведения ДСП' }],
      alternativesAssessed: [{ name: 'QazTech Data Platform', whyItFails: 'нет изолированного контура' }],
    },
    data: { categories: ['restricted_personal_data'], hosting: { inKazakhstan: true, location: 'Астана' }, ai: { used: false } },
    budget: { amountKzt: '1500000.00', fundingSource: 'republican_budget' },
    timeline: { plannedStart: '2027-01-15', goLive: '2027-12-01' },
  };
}

const attachments = [{ kind: 'feasibility_study' }, { kind: 'technical_specification' }];
const check = (content: RequestContentV1, overrides: Partial<Parameters<typeof findIncompleteFields>[0]> = {}) =>
  findIncompleteFields({
    content,
    attachments,
    agencyBin: AGENCY,
    requiredAttachmentKinds: ['feasibility_study', 'technical_specification'],
    formVersion: 1,
    ...overrides,
  });

describe('completeness of a request at submission (form 1)', () => {
  it('accepts a complete request', () => {
    expect(check(completeContent())).toEqual([]);
  });

  it('lists every missing field of an empty draft with its path', () => {
    const fields = check({}, { attachments: [] }).map((error) => `${error.field}:${error.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'applicant.bin:REQUIRED',
        'applicant.contactPerson.email:REQUIRED',
        'system.titleKk:REQUIRED',
        'system.titleRu:REQUIRED',
        'justification.reasons:TOO_FEW',
        'justification.alternativesAssessed:TOO_FEW',
        'data.categories:TOO_FEW',
        'data.hosting.inKazakhstan:REQUIRED',
        'data.ai.used:REQUIRED',
        'budget.amountKzt:REQUIRED',
        'timeline.goLive:REQUIRED',
        'attachments:MISSING_ATTACHMENT',
      ]),
    );
  });

  it('wants a text for every reason', () => {
    const content = completeContent();
    content.justification!.reasons = [{ category: 'other', explanation: '   ' }];
    expect(check(content)).toEqual([{ field: 'justification.reasons.0.explanation', code: 'REQUIRED' }]);
  });

  it.each(['public_personal_data', 'restricted_personal_data', 'biometric'])('keeps %s in Kazakhstan', (category) => {
    const content = completeContent();
    content.data = { ...content.data, categories: [category], hosting: { inKazakhstan: false, location: 'Frankfurt' } };
    expect(check(content)).toEqual([{ field: 'data.hosting.inKazakhstan', code: 'HOSTING_OUTSIDE_KAZAKHSTAN' }]);
  });

  it('lets a system without personal data be hosted abroad', () => {
    const content = completeContent();
    content.data = { ...content.data, categories: ['critical_ict'], hosting: { inKazakhstan: false, location: 'Frankfurt' } };
    expect(check(content)).toEqual([]);
  });

  it('refuses "none" together with other categories', () => {
    const content = completeContent();
    content.data!.categories = ['none', 'dsp'];
    expect(check(content)).toEqual([{ field: 'data.categories', code: 'MUST_BE_ALONE', params: { value: 'none' } }]);
  });

  it('wants the risk level when AI is used', () => {
    const content = completeContent();
    content.data!.ai = { used: true };
    expect(check(content)).toEqual([{ field: 'data.ai.riskLevel', code: 'REQUIRED' }]);
  });

  it('refuses a go-live before the start', () => {
    const content = completeContent();
    content.timeline = { plannedStart: '2027-06-01', goLive: '2027-05-31' };
    expect(check(content)).toEqual([{ field: 'timeline.goLive', code: 'DATE_ORDER', params: { after: '2027-06-01' } }]);
  });

  it('refuses an applicant other than the caller’s agency, and an invalid BIN', () => {
    const other = completeContent();
    other.applicant!.bin = '990140004654';
    expect(check(other)).toEqual([{ field: 'applicant.bin', code: 'APPLICANT_MISMATCH' }]);
    const invalid = completeContent();
    invalid.applicant!.bin = '940140000386';
    expect(check(invalid)).toEqual([{ field: 'applicant.bin', code: 'INVALID_BIN' }]);
  });

  it('names each missing required document', () => {
    expect(check(completeContent(), { attachments: [{ kind: 'other' }] })).toEqual([
      { field: 'attachments', code: 'MISSING_ATTACHMENT', params: { kind: 'feasibility_study' } },
      { field: 'attachments', code: 'MISSING_ATTACHMENT', params: { kind: 'technical_specification' } },
    ]);
    expect(check(completeContent(), { attachments: [], requiredAttachmentKinds: [] })).toEqual([]);
  });
});

describe('completeness under the form a draft was created with', () => {
  it('keeps a form-1 draft to the rules it was written under', () => {
    expect(check(completeContent(), { formVersion: 1 })).toEqual([]);
  });

  it('asks a form-2 draft for claims, evidence, functions, data objects and the platform alternative', () => {
    const fields = check(completeContent(), { formVersion: 2 }).map((error) => `${error.field}:${error.code}`);
    expect(fields).toEqual([
      'system.functions:TOO_FEW',
      'system.dataObjects:TOO_FEW',
      'justification.reasons.0.capabilities:TOO_FEW',
      'justification.reasons.0.evidence.dspListItem:REQUIRED',
      'budget.platformAlternativeKzt:REQUIRED',
    ]);
  });
});
