import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from './in-transaction';

/**
 * Runs several reads against one snapshot of the database. A view assembled from separate
 * statements can otherwise tear: a request read before a commit and its tasks read after it
 * would show a request still under review whose work is already cancelled.
 */
export async function inReadSnapshot<T>(dataSource: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  return inTransaction(
    dataSource,
    async (manager) => {
      // Before the first read, so the snapshot is taken by a transaction that cannot write.
      await manager.query('SET TRANSACTION READ ONLY');
      return read(manager);
    },
    'REPEATABLE READ',
  );
}
