import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { CatalogueModule, MaintainCatalogueUseCase, SeedCatalogue } from '@qaztech/catalogue';
import { DomainError, loadPlatformConfig, ManualClock, PlatformModule, RequestContext } from '@qaztech/platform';
import { createOwnDatabase } from '../../support/own-database';
import { loadSeed } from '../../../libs/catalogue/src/seed/seed-data';

const STARTED_AT = '2027-01-10T03:00:00.000Z';

/**
 * The catalogue's module with the platform, no HTTP, in a database of its own: a fresh start is
 * one whose catalogue has never held an entry. What each use case commits is read as the owner.
 */
describe('the catalogue context', () => {
  const clock = new ManualClock(STARTED_AT);
  let database: { url: string; drop(): Promise<void> };
  let app: INestApplicationContext;
  let owner: DataSource;
  const operator: RequestContext = {
    principal: { subject: 'operator-7', name: 'Нурлан Абенов', roles: ['platform.operator'] },
    requestId: randomUUID(),
    language: 'ru',
  };

  const rows = async (sql: string, values: unknown[] = []) => (await owner.query(sql, values)) as Record<string, unknown>[];

  beforeAll(async () => {
    database = await createOwnDatabase();
    const config = loadPlatformConfig({ ...process.env, DATABASE_URL: database.url, QUEUE_PREFIX: `catalogue-${randomUUID()}` });
    app = await NestFactory.createApplicationContext(
      { module: class CatalogueUnderTest {}, imports: [PlatformModule.forRoot({ config, clock }), CatalogueModule] },
      { logger: ['error'] },
    );
    await app.init();
    owner = await new DataSource({ type: 'postgres', url: database.url, poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await app?.close();
    await owner?.destroy();
    await database?.drop();
  });

  it('seeds a fresh start from the data file: every entry an assumption, each with its version and its event by the system', async () => {
    const seed = loadSeed();
    const current = await rows('SELECT id, version, record FROM catalogue.capabilities ORDER BY id');
    expect(current.map((row) => row.id)).toEqual(seed.map((entry) => entry.id).sort());
    expect(current.every((row) => row.version === 1 && (row.record as { assumption: boolean }).assumption)).toBe(true);
    const versions = await rows(`SELECT count(*)::int AS n FROM catalogue.capability_versions WHERE change = 'created'`);
    expect(versions[0]!.n).toBe(seed.length);
    const events = await rows(`SELECT envelope FROM catalogue.outbox WHERE event_type = 'catalogue.capability_created.v1'`);
    expect(events).toHaveLength(seed.length);
    expect(events.map((row) => row.envelope)).toContainEqual(
      expect.objectContaining({
        actor: { id: 'system', role: 'system', name: 'catalogue' },
        aggregateId: null,
        occurredAt: STARTED_AT,
        payload: expect.objectContaining({ seeded: true, capability: expect.objectContaining({ id: 'vault', assumption: true }) }),
      }),
    );
  });

  it('seeds nothing more on a second start, even after the operator changed or retired a seeded entry', async () => {
    const maintain = app.get(MaintainCatalogueUseCase);
    await maintain.retire(operator, 'nexus', 'Заменён репозиторием Harbor');
    const before = await rows('SELECT count(*)::int AS n FROM catalogue.outbox');
    expect(await app.get(SeedCatalogue).seed()).toEqual([]);
    expect(await rows('SELECT count(*)::int AS n FROM catalogue.outbox')).toEqual(before);
    expect(await rows(`SELECT retired, version FROM catalogue.capabilities WHERE id = 'nexus'`)).toEqual([{ retired: true, version: 2 }]);
  });

  it('records an operator’s change as a new version and its event, lifting the assumption, in one transaction', async () => {
    clock.set('2027-01-11T09:30:00.000Z');
    const record = await app.get(MaintainCatalogueUseCase).changeStatus(operator, 'opensearch', {
      status: 'planned',
      plannedFor: '2027-06-01',
    });
    expect(record).toMatchObject({ version: 2, status: 'planned', assumption: false, recordedAt: '2027-01-11T09:30:00.000Z' });
    const [version] = await rows(
      `SELECT change, recorded_by FROM catalogue.capability_versions WHERE capability_id = 'opensearch' AND version = 2`,
    );
    expect(version).toEqual({
      change: 'status_changed',
      recorded_by: { id: 'operator-7', role: 'platform.operator', name: 'Нурлан Абенов' },
    });
    const [event] = await rows(
      `SELECT envelope FROM catalogue.outbox WHERE event_type = 'catalogue.capability_status_changed.v1' AND envelope->'payload'->'capability'->>'id' = 'opensearch'`,
    );
    expect(event!.envelope).toMatchObject({
      actor: { id: 'operator-7', role: 'platform.operator' },
      payload: { from: 'available', to: 'planned' },
    });
  });

  it('leaves the catalogue as it was when a change is refused', async () => {
    const maintain = app.get(MaintainCatalogueUseCase);
    const before = await rows('SELECT count(*)::int AS n FROM catalogue.capability_versions');
    await expect(maintain.changeStatus(operator, 'nexus', { status: 'available' })).rejects.toMatchObject({ code: 'CAPABILITY_RETIRED' });
    await expect(maintain.changeStatus(operator, 'grafana', { status: 'planned' })).rejects.toBeInstanceOf(DomainError);
    await expect(maintain.changeStatus(operator, 'grafana', { status: 'available' })).rejects.toMatchObject({
      code: 'CAPABILITY_UNCHANGED',
    });
    expect(await rows('SELECT count(*)::int AS n FROM catalogue.capability_versions')).toEqual(before);
  });

  it('may not be read or changed by another context’s role, nor its versions rewritten by its own', async () => {
    const review = new URL(database.url);
    review.username = 'qaztech_review';
    review.password = 'qaztech-review-dev';
    const asReview = await new DataSource({ type: 'postgres', url: review.toString(), poolSize: 1 }).initialize();
    try {
      await expect(asReview.query('SELECT * FROM catalogue.capabilities')).rejects.toThrow(/permission denied/);
    } finally {
      await asReview.destroy();
    }
    const own = app.get(DataSource);
    await expect(own.query(`UPDATE catalogue.capability_versions SET change = 'updated'`)).rejects.toThrow(/permission denied/);
  });
});
