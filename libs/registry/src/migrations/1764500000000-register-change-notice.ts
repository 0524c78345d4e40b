import { MigrationInterface, QueryRunner } from 'typeorm';

/** Must match REGISTER_CHANGED_CHANNEL in the registry's reading code. */
const CHANNEL = 'registry_register_changed';

/**
 * Every statement that adds to the register (a publication, or a publication's ledger anchor)
 * notifies one channel when its transaction commits, whoever wrote it: replicas that keep
 * rendered answers forget them on hearing it.
 */
export class RegisterChangeNotice1764500000000 implements MigrationInterface {
  name = 'RegisterChangeNotice1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION registry.notify_register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', '');
        RETURN NULL;
      END $$`);
    for (const table of ['publications', 'anchors']) {
      await runner.query(`CREATE TRIGGER ${table}_notify_register_changed AFTER INSERT ON registry.${table}
                          FOR EACH STATEMENT EXECUTE FUNCTION registry.notify_register_changed()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['publications', 'anchors']) {
      await runner.query(`DROP TRIGGER ${table}_notify_register_changed ON registry.${table}`);
    }
    await runner.query('DROP FUNCTION registry.notify_register_changed()');
  }
}
