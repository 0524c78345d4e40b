import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

type Callback = () => Promise<void>;

const pending = new WeakMap<QueryRunner, Callback[]>();

/**
 * Runs what a transaction asked to run once it has committed, whoever opened it: the unit of work,
 * or the event consumer whose transaction a handler joins. A released savepoint is not a commit,
 * and a rolled-back transaction drops what it asked for.
 */
class AfterCommitSubscriber implements EntitySubscriberInterface {
  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    if (queryRunner.isTransactionActive) return;
    const callbacks = pending.get(queryRunner);
    if (!callbacks) return;
    pending.delete(queryRunner);
    for (const callback of callbacks) await callback();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
  }
}

export function installAfterCommit(dataSource: DataSource): void {
  if (!dataSource.subscribers.some((subscriber) => subscriber instanceof AfterCommitSubscriber)) {
    dataSource.subscribers.push(new AfterCommitSubscriber());
  }
}

/** `callback` must not throw: it runs after the commit, when nobody can undo anything any more. */
export function afterCommit(manager: EntityManager, callback: Callback): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('afterCommit needs a transaction');
  const callbacks = pending.get(runner) ?? [];
  callbacks.push(callback);
  pending.set(runner, callbacks);
}
