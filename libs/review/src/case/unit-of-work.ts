import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventType, UnsequencedEvent } from '@qaztech/contracts';
import { Clock, inReadSnapshot, inTransaction, NewEvent } from '@qaztech/platform';
import { ReviewOutbox } from '../shared/review-outbox';
import { afterCommit, installAfterCommit } from './after-commit';
import { CaseEntity } from './case.entity';
import { CaseRepository } from './case.repository';
import { ReviewTimers } from './review-timers';

/**
 * One change in progress: its transaction, the case repository, the outbox and the timers to set
 * once it commits. Repositories of the layers above take `manager` as their transaction.
 */
export class CaseWork {
  constructor(
    readonly manager: EntityManager,
    readonly cases: CaseRepository,
    private readonly outbox: ReviewOutbox,
    private readonly timers: ReviewTimers,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly deferred: (callback: () => Promise<void>) => void,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  async saveCase(theCase: CaseEntity): Promise<void> {
    await this.cases.save(this.manager, theCase);
  }

  /** Returns the event as written, for steps it sets off to name it as their cause. */
  async append<T extends EventType>(event: NewEvent<T>): Promise<UnsequencedEvent<T>> {
    return this.outbox.append(this.manager, event);
  }

  /**
   * Sets timers once the change has committed. Best effort: a timer only says "look again then",
   * and the deadline worker's sweep sets every live timer again when Redis comes back.
   */
  afterCommit(schedule: (timers: ReviewTimers) => Promise<void>): void {
    this.deferred(async () => {
      try {
        await schedule(this.timers);
      } catch (error) {
        this.logger.warn(`Timer not scheduled now, the next sweep will: ${(error as Error).message}`);
      }
    });
  }
}

/**
 * How every change in review runs: one transaction; the case's row locked before anything else
 * (then its tasks, agenda items, decisions), so two changes to one case queue up and never
 * deadlock; events into the outbox in the same transaction; timers after the commit.
 */
@Injectable()
export class ReviewUnitOfWork {
  private readonly logger = new Logger(ReviewUnitOfWork.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly outbox: ReviewOutbox,
    private readonly timers: ReviewTimers,
    private readonly clock: Clock,
  ) {
    installAfterCommit(dataSource);
  }

  now(): Date {
    return this.clock.now();
  }

  /** A change that locks no case (a meeting, the calendar), or finds which one to lock first. */
  async run<T>(work: (tx: CaseWork) => Promise<T>): Promise<T> {
    const committed: (() => Promise<void>)[] = [];
    const result = await inTransaction(this.dataSource, (manager) => work(this.workOn(manager, (callback) => committed.push(callback))));
    // After the connection went back to the pool: a slow Redis must not hold one.
    for (const callback of committed) await callback();
    return result;
  }

  /**
   * A change to one case. `caseOf` names it, or reads which case a task, item or decision belongs
   * to (an unlocked read in the same transaction); its row is locked before `work` runs.
   */
  async onCase<T>(
    caseOf: string | ((manager: EntityManager) => Promise<string>),
    work: (tx: CaseWork, theCase: CaseEntity) => Promise<T>,
  ): Promise<T> {
    return this.run(async (tx) => {
      const id = typeof caseOf === 'string' ? caseOf : await caseOf(tx.manager);
      return work(tx, await this.cases.lock(tx.manager, id));
    });
  }

  /**
   * Joins a transaction opened by the caller (the event consumer's). The case is serialised
   * first whether review holds it yet or not, then its row, if any, is locked.
   */
  async join<T>(manager: EntityManager, requestId: string, work: (tx: CaseWork, theCase: CaseEntity | null) => Promise<T>): Promise<T> {
    await this.cases.serialise(manager, requestId);
    const committed: (() => Promise<void>)[] = [];
    const tx = this.workOn(manager, (callback) => committed.push(callback));
    const result = await work(tx, await this.cases.lockIfPresent(manager, requestId));
    // Handed over only when the work succeeded: a handler that fails is undone on its own savepoint.
    for (const callback of committed) afterCommit(manager, callback);
    return result;
  }

  /** Reads outside any transaction, each statement on its own. */
  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }

  /** Reads from one snapshot, for a view that must not tear between statements. */
  async readSnapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inReadSnapshot(this.dataSource, work);
  }

  private workOn(manager: EntityManager, deferred: (callback: () => Promise<void>) => void): CaseWork {
    return new CaseWork(manager, this.cases, this.outbox, this.timers, this.clock, this.logger, deferred);
  }
}
