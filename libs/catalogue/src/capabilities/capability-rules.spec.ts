import { CapabilityRecordV1 } from '@qaztech/contracts';
import { changedFields, MAX_OTHER_LIMITS, nextVersion, otherLimitProblems, standingProblems, versionOfIfMatch } from './capability-rules';

const record: CapabilityRecordV1 = {
  id: 'opensearch',
  version: 1,
  category: 'observability',
  names: { kk: 'OpenSearch: журналдар', ru: 'OpenSearch: журналы', en: 'OpenSearch logs' },
  descriptions: { kk: 'Журналдар', ru: 'Журналы', en: 'Logs' },
  status: 'available',
  plannedFor: null,
  availableSince: null,
  limits: { dataClasses: ['open'], certificationLevel: null, throughput: { value: 500, unit: 'messages_per_second' }, other: {} },
  owner: 'Оператор платформы QazTech',
  assumption: true,
  retired: false,
  recordedAt: '2026-01-01T00:00:00.000Z',
};

describe('standingProblems', () => {
  it('asks a planned capability for its date, and names the field', () => {
    expect(standingProblems({ status: 'planned', plannedFor: null, availableSince: null })).toEqual([
      { field: 'plannedFor', code: 'PLANNED_DATE_REQUIRED' },
    ]);
  });

  it('refuses dates that do not go with the status', () => {
    expect(standingProblems({ status: 'not_planned', plannedFor: '2026-09-01', availableSince: '2025-01-01' })).toEqual([
      { field: 'plannedFor', code: 'ONLY_WHEN_PLANNED' },
      { field: 'availableSince', code: 'ONLY_WHEN_AVAILABLE' },
    ]);
  });

  it('accepts each status with its own dates', () => {
    expect(standingProblems({ status: 'planned', plannedFor: '2026-09-01', availableSince: null })).toEqual([]);
    expect(standingProblems({ status: 'available', plannedFor: null, availableSince: '2025-01-01' })).toEqual([]);
    expect(standingProblems({ status: 'not_planned', plannedFor: null, availableSince: null })).toEqual([]);
  });
});

describe('otherLimitProblems', () => {
  it('accepts short named texts', () => {
    expect(otherLimitProblems({ retention: '90 days', region: 'Astana' })).toEqual([]);
  });

  it('names the limit that is not a text, or is empty', () => {
    expect(otherLimitProblems({ retention: 90, region: '  ' })).toEqual([
      { field: 'limits.other.retention', code: 'MUST_BE_STRING' },
      { field: 'limits.other.region', code: 'REQUIRED' },
    ]);
  });

  it('refuses more limits than a reader can compare', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_OTHER_LIMITS + 1 }, (_, index) => [`limit${index}`, 'x']));
    expect(otherLimitProblems(many)).toEqual([{ field: 'limits.other', code: 'TOO_MANY', params: { max: MAX_OTHER_LIMITS } }]);
  });
});

describe('changedFields', () => {
  it('names what differs, whatever order the keys were written in', () => {
    const reordered = {
      ...record,
      limits: {
        other: {},
        throughput: { unit: 'messages_per_second' as const, value: 500 },
        certificationLevel: null,
        dataClasses: ['open' as const],
      },
    };
    expect(changedFields(record, reordered)).toEqual([]);
    expect(changedFields(record, { ...record, owner: 'АО «НИТ»', names: { ...record.names, en: 'OpenSearch' } })).toEqual([
      'names',
      'owner',
    ]);
  });
});

describe('nextVersion', () => {
  it('counts the version, records the time and lifts the seed’s assumption', () => {
    const next = nextVersion(record, { status: 'planned', plannedFor: '2026-09-01' }, new Date('2026-02-01T10:00:00Z'));
    expect(next).toEqual({
      ...record,
      version: 2,
      status: 'planned',
      plannedFor: '2026-09-01',
      assumption: false,
      recordedAt: '2026-02-01T10:00:00.000Z',
    });
  });
});

describe('versionOfIfMatch', () => {
  it('reads the version of a strong, weak or bare tag, and nothing without the header', () => {
    expect([versionOfIfMatch('"3"'), versionOfIfMatch('W/"12"'), versionOfIfMatch('7'), versionOfIfMatch(undefined)]).toEqual([
      3,
      12,
      7,
      undefined,
    ]);
  });

  it('makes a header that names no version match none', () => {
    for (const header of ['*', '"abc"', '"0"', '', '"99999999999"']) expect(versionOfIfMatch(header)).toBeNaN();
  });
});
