import { decisionFieldProblems } from './decision-fields';

const today = '2026-11-23';
const codes = (fields: Parameters<typeof decisionFieldProblems>[0]) =>
  decisionFieldProblems(fields, today).map((p) => `${p.field}:${p.code}`);

describe('decision fields', () => {
  it.each<[string, Parameters<typeof decisionFieldProblems>[0], string[]]>([
    ['a plain approval with a validity end', { outcome: 'approved', validUntil: '2028-12-31' }, []],
    ['an approval without a validity end', { outcome: 'approved' }, ['validUntil:REQUIRED']],
    ['an approval ending today', { outcome: 'approved', validUntil: today }, ['validUntil:DATE_IN_PAST']],
    [
      'conditions on a plain approval',
      { outcome: 'approved', validUntil: '2028-12-31', conditions: [{ dueDate: '2027-01-01' }] },
      ['conditions:NOT_EXPECTED_FOR_OUTCOME'],
    ],
    [
      'a conditional approval without conditions',
      { outcome: 'approved_with_conditions', validUntil: '2028-12-31' },
      ['conditions:REQUIRED'],
    ],
    [
      'a condition already due',
      { outcome: 'approved_with_conditions', validUntil: '2028-12-31', conditions: [{ dueDate: '2027-01-01' }, { dueDate: '2026-01-01' }] },
      ['conditions.1.dueDate:DATE_IN_PAST'],
    ],
    ['a rejection', { outcome: 'rejected' }, []],
    ['a rejection with a validity end', { outcome: 'rejected', validUntil: '2028-12-31' }, ['validUntil:NOT_EXPECTED_FOR_OUTCOME']],
    ['a deferral', { outcome: 'deferred' }, []],
  ])('%s', (_name, fields, expected) => {
    expect(codes(fields)).toEqual(expected);
  });
});
