import { CapabilityRecordV1 } from '@qaztech/contracts';
import { catalogueAsOf, endOfAstanaDay } from './as-of';

function version(id: string, number: number, recordedAt: string, change: Partial<CapabilityRecordV1> = {}): CapabilityRecordV1 {
  return {
    id,
    version: number,
    category: 'observability',
    names: { kk: `${id} kk`, ru: `${id} ru`, en: `${id} en` },
    descriptions: { kk: 'сипаттама', ru: 'описание', en: 'description' },
    status: 'available',
    plannedFor: null,
    availableSince: null,
    limits: { dataClasses: ['open'], certificationLevel: null, throughput: null, other: {} },
    owner: 'operator',
    assumption: false,
    retired: false,
    recordedAt,
    ...change,
  };
}

describe('endOfAstanaDay', () => {
  it('is the last millisecond of the day in Astana (UTC+5), whatever the server’s zone', () => {
    expect(endOfAstanaDay('2026-03-01').toISOString()).toBe('2026-03-01T18:59:59.999Z');
  });
});

describe('catalogueAsOf', () => {
  const history = [
    version('grafana', 2, '2026-02-10T09:00:00Z', { status: 'planned', plannedFor: '2026-06-01' }),
    version('grafana', 1, '2026-01-05T09:00:00Z'),
    version('vault', 1, '2026-02-01T09:00:00Z'),
    version('vault', 2, '2026-03-15T09:00:00Z', { retired: true }),
    version('gitlab', 1, '2026-04-01T09:00:00Z'),
  ];

  it('takes each entry’s latest version recorded by then, in id order, whatever order the versions come in', () => {
    const catalogue = catalogueAsOf(history, new Date('2026-03-01T00:00:00Z'));
    expect(catalogue.map((entry) => [entry.id, entry.version, entry.status])).toEqual([
      ['grafana', 2, 'planned'],
      ['vault', 1, 'available'],
    ]);
  });

  it('reads an earlier day as it was: the later change is not yet there', () => {
    expect(catalogueAsOf(history, new Date('2026-01-31T00:00:00Z')).map((entry) => [entry.id, entry.version])).toEqual([['grafana', 1]]);
  });

  it('leaves out an entry retired by then, and keeps it before its retirement', () => {
    expect(catalogueAsOf(history, new Date('2026-03-16T00:00:00Z')).map((entry) => entry.id)).toEqual(['grafana']);
    expect(catalogueAsOf(history, new Date('2026-03-15T08:59:59Z')).map((entry) => entry.id)).toEqual(['grafana', 'vault']);
  });

  it('counts a version recorded at the very instant asked for', () => {
    expect(catalogueAsOf(history, new Date('2026-04-01T09:00:00Z')).map((entry) => entry.id)).toEqual(['gitlab', 'grafana']);
  });

  it('is empty before anything was recorded', () => {
    expect(catalogueAsOf(history, new Date('2025-12-31T00:00:00Z'))).toEqual([]);
  });
});
