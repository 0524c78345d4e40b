import { DataSource, EntityManager } from 'typeorm';

/** A statement for a transaction whose connection is gone: released by the driver, or by mistake. */
export class ReleasedTransactionError extends Error {
  override readonly name = 'ReleasedTransactionError';

  constructor() {
    super('preparedQuery: the transaction has no connection');
  }
}

interface NamedQueryClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * Runs a statement as a named prepared statement: each connection parses and plans it once, not
 * on every call. For the hottest statements, whose planning costs the database more than their
 * work (a request with its attachments: planning took four times its execution). In a
 * transaction it runs on the transaction's connection; otherwise on any pooled one. `name` must
 * belong to this one text: a connection keeps the first text it prepared under a name.
 */
export async function preparedQuery<T>(
  target: DataSource | EntityManager,
  name: string,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  const client = connectionOf(target);
  const { rows } = await client.query({ name, text, values: [...values] });
  return rows as T[];
}

function connectionOf(target: DataSource | EntityManager): NamedQueryClient {
  const dataSource = target instanceof DataSource ? target : target.connection;
  const runner = target instanceof DataSource ? undefined : target.queryRunner;
  if (runner) {
    // A transaction's runner holds its connection from its start; its statements must use it.
    const connection = (runner as unknown as { databaseConnection?: NamedQueryClient }).databaseConnection;
    if (!connection || runner.isReleased) throw new ReleasedTransactionError();
    return connection;
  }
  return (dataSource.driver as unknown as { master: NamedQueryClient }).master;
}
