import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventType, UnsequencedEvent } from '@qaztech/contracts';
import { Clock, inTransaction, NewEvent } from '@qaztech/platform';
import { IntakeOutbox } from './intake-outbox';

/**
 * One change to a request in progress: its transaction and the outbox its events go into. The
 * repositories take `manager` as their transaction.
 */
export class IntakeWork {
  constructor(
    readonly manager: EntityManager,
    private readonly outbox: IntakeOutbox,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** Returns the event as written: a submission gives its id to the registration number. */
  async append<T extends EventType>(event: NewEvent<T>): Promise<UnsequencedEvent<T>> {
    return this.outbox.append(this.manager, event);
  }
}

/**
 * How every change in intake runs: one transaction, in which the request's row is locked by the
 * change itself and its events go into the outbox, so an event exists exactly when its change does.
 */
@Injectable()
export class IntakeUnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: IntakeOutbox,
    private readonly clock: Clock,
  ) {}

  async run<T>(work: (tx: IntakeWork) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, (manager) => work(new IntakeWork(manager, this.outbox, this.clock)));
  }
}
