import { EventEmitter } from 'node:events';
import { DataSource, EntityManager, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { ReleasedTransactionError } from './prepared-query';

/**
 * The server ended the transaction's session, or the network lost it, while the work held it
 * and before its COMMIT was sent: nothing of it was kept. The request was not wrong and may be
 * tried again: it answers 503. `cause` is the connection's own error; `failure` is the refusal
 * the next statement met (TypeORM's "already released", or `ReleasedTransactionError`).
 */
export class DatabaseSessionLostError extends Error {
  override readonly name = 'DatabaseSessionLostError';

  constructor(
    override readonly cause: Error,
    readonly failure: unknown,
  ) {
    super(`The database session ended during the transaction: ${cause.message}`);
  }
}

/**
 * Runs `work` in a transaction, like `DataSource.transaction`, and tells a session that ended
 * under it apart from a bug. When the server ends an idle session, the driver reports it on the
 * connection, not to the statement that comes next: TypeORM releases the runner, and the next
 * statement fails with "already released", the same error a runner used after its release by
 * mistake gives. Only the connection's own error, seen while the work held it, makes the failure
 * a lost session, and only for a statement refused because of it: whatever else the work
 * throws (a refusal of the request itself, say) stays what it was. A connection lost while the
 * COMMIT itself was under way is not this error: the driver reports it to the COMMIT, as any
 * lost connection (a 503 too, but then the change may or may not have been kept).
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  let connection: EventEmitter | undefined;
  let lost: Error | undefined;
  const onConnectionError = (error: Error): void => {
    lost ??= error;
  };
  const watched = (manager: EntityManager): Promise<T> => {
    connection = (manager.queryRunner as unknown as { databaseConnection?: EventEmitter } | undefined)?.databaseConnection;
    connection?.on('error', onConnectionError);
    return work(manager);
  };
  try {
    return await (isolation ? dataSource.transaction(isolation, watched) : dataSource.transaction(watched));
  } catch (error) {
    if (lost && refusedForReleasedConnection(error)) throw new DatabaseSessionLostError(lost, error);
    throw error;
  } finally {
    // Kept until the commit is done: a session can also end between the work and its commit.
    connection?.off('error', onConnectionError);
  }
}

function refusedForReleasedConnection(error: unknown): boolean {
  return (
    error instanceof QueryRunnerAlreadyReleasedError ||
    error instanceof QueryRunnerProviderAlreadyReleasedError ||
    error instanceof ReleasedTransactionError
  );
}
