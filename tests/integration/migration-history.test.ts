import { randomBytes } from 'node:crypto';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { dropDatabase, ensureDatabase, loadServiceConfiguration, migrateDatabase, outboxRedisEpochMigration } from '@qaztech/platform';
import { ALL_CONTEXTS } from '../../apps/standalone/src/standalone.module';
import { AuditSchema1764000000000 } from '../../libs/audit/src/migrations/1764000000000-audit-schema';
import { IntakeSchema1763800000000 } from '../../libs/intake/src/migrations/1763800000000-intake-schema';
import { IdempotencyKeyOwner1763900000000 } from '../../libs/intake/src/migrations/1763900000000-idempotency-key-owner';
import { RegistrationNumberFormat1764600000000 } from '../../libs/intake/src/migrations/1764600000000-registration-number-format';
import { Registry1764200000000 } from '../../libs/registry/src/migrations/1764200000000-registry';
import { RegistryWebhooks1764300000000 } from '../../libs/registry/src/migrations/1764300000000-registry-webhooks';
import { RegisterChangeNotice1764500000000 } from '../../libs/registry/src/migrations/1764500000000-register-change-notice';
import { ReviewSchema1764100000000 } from '../../libs/review/src/migrations/1764100000000-review-schema';

/** The schemas there were when one list migrated them all; later contexts never had it. */
const SINGLE_LIST_SCHEMAS = ['intake', 'review', 'registry', 'audit'] as const;

/** The one change that, in the single list, touched every schema at once. */
class OutboxRedisEpochOfEverySchema implements MigrationInterface {
  name = 'OutboxRedisEpoch1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const schema of SINGLE_LIST_SCHEMAS) await new (outboxRedisEpochMigration(schema))().up(runner);
  }

  async down(): Promise<void> {}
}

/** The single list every schema was migrated by, in its order, with its history in public. */
const SINGLE_LIST = [
  IntakeSchema1763800000000,
  IdempotencyKeyOwner1763900000000,
  AuditSchema1764000000000,
  ReviewSchema1764100000000,
  Registry1764200000000,
  RegistryWebhooks1764300000000,
  OutboxRedisEpochOfEverySchema,
  RegisterChangeNotice1764500000000,
  RegistrationNumberFormat1764600000000,
];

function newDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `${url.pathname}_${randomBytes(3).toString('hex')}`;
  return url.toString();
}

const migrate = (databaseUrl: string) =>
  migrateDatabase(databaseUrl, loadServiceConfiguration(ALL_CONTEXTS, { ...process.env, DATABASE_URL: databaseUrl }).targets);

describe("each context's migration history", () => {
  const made: string[] = [];

  afterAll(async () => {
    await Promise.all(made.map((url) => dropDatabase(url)));
  });

  it('takes over a database migrated by the single list: nothing runs twice, only what is new runs', async () => {
    const url = newDatabaseUrl();
    made.push(url);
    await ensureDatabase(url);
    const legacy = new DataSource({ type: 'postgres', url, migrations: SINGLE_LIST, migrationsTableName: 'schema_migrations' });
    await legacy.initialize();
    try {
      await legacy.runMigrations({ transaction: 'each' });
    } finally {
      await legacy.destroy();
    }

    // Only what came after the single list: intake's request form, table of signatures and
    // attachment objects, review's opinion claims, table of signatures and overlap reports, the
    // register's similar decisions, audit's retirement of the shared role, and the catalogue, a
    // context the single list never knew.
    expect(await migrate(url)).toEqual([
      'intake/RequestFormAndObligations1764910000000',
      'intake/IntakeActSignatures1765000000000',
      'intake/AttachmentObjects1765100000000',
      'review/OpinionClaims1764920000000',
      'review/ReviewActSignatures1765000000000',
      'review/OverlapReports1765100000000',
      'registry/SimilarDecisions1765000000000',
      'audit/RetireApplicationRole1764700000000',
      'catalogue/CatalogueSchema1764800000000',
      'catalogue/Overlap1765000000000',
    ]);
    expect(await migrate(url)).toEqual([]);

    const owner = new DataSource({ type: 'postgres', url });
    await owner.initialize();
    try {
      for (const { migrations } of ALL_CONTEXTS) {
        const rows = (await owner.query(`SELECT name FROM ${migrations.context}.schema_migrations ORDER BY id`)) as { name: string }[];
        const expected = migrations.migrations.map((migration) => new migration().name);
        expect({ context: migrations.context, history: rows.map((row) => row.name) }).toEqual({
          context: migrations.context,
          history: expected,
        });
      }
    } finally {
      await owner.destroy();
    }
  });

  it('migrates two new databases at once, though the roles they share belong to the whole server', async () => {
    const urls = [newDatabaseUrl(), newDatabaseUrl()];
    made.push(...urls);
    const applied = await Promise.all(urls.map((url) => migrate(url)));
    const everything = ALL_CONTEXTS.flatMap(({ migrations }) =>
      migrations.migrations.map((migration) => `${migrations.context}/${new migration().name}`),
    );
    expect(applied).toEqual([everything, everything]);
  });
});
