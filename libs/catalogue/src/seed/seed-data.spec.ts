import { loadSeed, parseSeed } from './seed-data';

describe('the catalogue seed', () => {
  it('holds the reported toolset, the five environments and the shared services, each valid as an operator’s entry', () => {
    const ids = loadSeed().map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'self-service-portal',
        'gitlab',
        'harbor',
        'nexus',
        'sonarqube',
        'sast-defectdojo',
        'vault',
        'grafana',
        'opensearch',
        'env-dev',
        'env-test',
        'env-stresstest',
        'env-stage',
        'env-prod',
        'identity-login',
        'payments',
        'notifications',
        'data-exchange',
        'document-storage',
        'address-registry',
        'person-registry',
      ]),
    );
  });

  it('must say it is an assumption', () => {
    expect(() => parseSeed(JSON.stringify({ capabilities: [] }))).toThrow(/assumption/);
  });

  it('refuses an entry the API would refuse, naming the entry and the field', () => {
    const [first] = loadSeed();
    const broken = { ...first, id: 'broken', status: 'planned', plannedFor: null };
    const text = JSON.stringify({ assumption: true, capabilities: [first, broken, first] });
    expect(() => parseSeed(text)).toThrow(/capabilities\[1\]\.plannedFor: PLANNED_DATE_REQUIRED[\s\S]*self-service-portal is repeated/);
  });
});
