import { automaticRecusals, recusalReason } from './recusal';

const parties = { applicantBin: '940140000385', excludedReviewers: ['expert-7'] };

describe('recusal', () => {
  it.each<[string, { id: string; organisationBin: string | null | undefined }, string | null]>([
    ['a member of the applicant', { id: 'm1', organisationBin: '940140000385' }, 'applicant_organisation'],
    ['a member of another organisation', { id: 'm2', organisationBin: '990140004654' }, null],
    ['a member whose organisation is unknown', { id: 'm3', organisationBin: null }, null],
    ['a member without an organisation claim', { id: 'm4', organisationBin: undefined }, null],
    ['a reviewer of the reconsidered decision', { id: 'expert-7', organisationBin: '990140004654' }, 'excluded_reviewer'],
    ['the applicant wins over exclusion', { id: 'expert-7', organisationBin: '940140000385' }, 'applicant_organisation'],
  ])('%s → %s', (_name, person, expected) => {
    expect(recusalReason(person, parties)).toBe(expected);
  });

  it('recuses exactly the members of the applicant organisation', () => {
    const members = [
      { id: 'a', organisationBin: '940140000385' },
      { id: 'b', organisationBin: null },
      { id: 'c', organisationBin: '990140004654' },
      { id: 'd', organisationBin: '940140000385' },
    ];
    expect(automaticRecusals(members, '940140000385').map((member) => member.id)).toEqual(['a', 'd']);
  });
});
