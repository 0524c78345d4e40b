import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CapabilityRecordV1, EventActor } from '@qaztech/contracts';
import { actorOf, Clock, DomainError, FieldError, inTransaction, RequestContext, Role } from '@qaztech/platform';
import { CatalogueError } from '../shared/catalogue-errors';
import { CatalogueOutbox } from '../shared/catalogue-outbox';
import { CapabilityRepository } from './capability.repository';
import {
  CapabilityDescription,
  CapabilityStanding,
  changedFields,
  nextVersion,
  otherLimitProblems,
  standingProblems,
} from './capability-rules';
import { CapabilityDescriptionDto, CapabilityStatusDto, CreateCapabilityDto } from './capability.dto';

/** The roles that maintain the catalogue, in the order the ledger names the one acted in. */
export const CATALOGUE_MAINTAINERS: readonly [Role, ...Role[]] = ['platform.operator', 'admin'];

/** A new entry as the seed or an operator gives it. */
export interface NewCapability extends CapabilityDescription, CapabilityStanding {
  id: string;
}

export function descriptionOf(body: CapabilityDescriptionDto): CapabilityDescription {
  return {
    category: body.category,
    names: { kk: body.names.kk, ru: body.names.ru, en: body.names.en },
    descriptions: { kk: body.descriptions.kk, ru: body.descriptions.ru, en: body.descriptions.en },
    limits: {
      dataClasses: [...new Set(body.limits.dataClasses)],
      certificationLevel: body.limits.certificationLevel ?? null,
      throughput: body.limits.throughput ? { value: body.limits.throughput.value, unit: body.limits.throughput.unit } : null,
      other: body.limits.other ?? {},
    },
    owner: body.owner,
  };
}

export function standingOf(body: CapabilityStatusDto): CapabilityStanding {
  return { status: body.status, plannedFor: body.plannedFor ?? null, availableSince: body.availableSince ?? null };
}

function refuseInvalid(problems: FieldError[]): void {
  if (problems.length > 0) throw DomainError.validation(problems);
}

/**
 * Every change to the catalogue: the entry's new version, kept among its versions, and the
 * event that carries it to the ledger, in one transaction.
 */
@Injectable()
export class MaintainCatalogueUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly capabilities: CapabilityRepository,
    private readonly outbox: CatalogueOutbox,
    private readonly clock: Clock,
  ) {}

  async create(context: RequestContext, body: CreateCapabilityDto): Promise<CapabilityRecordV1> {
    const entry: NewCapability = { id: body.id, ...descriptionOf(body), ...standingOf(body) };
    const record = await inTransaction(this.dataSource, (manager) =>
      this.add(manager, entry, actorOf(context.principal, CATALOGUE_MAINTAINERS), context.requestId, false),
    );
    if (!record) throw new DomainError(CatalogueError.CAPABILITY_EXISTS);
    return record;
  }

  /**
   * Adds an entry unless its id is taken; null when it was. The seed's entries stay assumptions
   * until a person changes them.
   */
  async add(manager: EntityManager, entry: NewCapability, actor: EventActor, correlationId: string, seeded: boolean) {
    refuseInvalid([...standingProblems(entry), ...otherLimitProblems(entry.limits.other)]);
    const record: CapabilityRecordV1 = {
      ...entry,
      version: 1,
      assumption: seeded,
      retired: false,
      recordedAt: this.clock.now().toISOString(),
    };
    if (!(await this.capabilities.insertNew(manager, record, actor))) return null;
    await this.outbox.append(manager, {
      type: 'catalogue.capability_created.v1',
      // About no request: the ledger files the catalogue's changes by type and actor.
      aggregateId: null,
      actor,
      correlationId,
      payload: { capability: record, seeded },
    });
    return record;
  }

  async update(context: RequestContext, id: string, body: CapabilityDescriptionDto, expectedVersion?: number): Promise<CapabilityRecordV1> {
    const description = descriptionOf(body);
    refuseInvalid(otherLimitProblems(description.limits.other));
    return this.change(context, id, expectedVersion, async (manager, current, actor) => {
      const changed = changedFields(current, description);
      if (changed.length === 0) throw new DomainError(CatalogueError.CAPABILITY_UNCHANGED);
      const record = nextVersion(current, description, this.clock.now());
      await this.capabilities.saveVersion(manager, record, 'updated', actor);
      await this.outbox.append(manager, {
        type: 'catalogue.capability_updated.v1',
        aggregateId: null,
        actor,
        correlationId: context.requestId,
        payload: { capability: record, changedFields: changed },
      });
      return record;
    });
  }

  async changeStatus(
    context: RequestContext,
    id: string,
    body: CapabilityStatusDto,
    expectedVersion?: number,
  ): Promise<CapabilityRecordV1> {
    const standing = standingOf(body);
    refuseInvalid(standingProblems(standing));
    return this.change(context, id, expectedVersion, async (manager, current, actor) => {
      const same =
        current.status === standing.status &&
        current.plannedFor === standing.plannedFor &&
        current.availableSince === standing.availableSince;
      if (same) throw new DomainError(CatalogueError.CAPABILITY_UNCHANGED);
      const record = nextVersion(current, standing, this.clock.now());
      await this.capabilities.saveVersion(manager, record, 'status_changed', actor);
      await this.outbox.append(manager, {
        type: 'catalogue.capability_status_changed.v1',
        aggregateId: null,
        actor,
        correlationId: context.requestId,
        payload: { capability: record, from: current.status, to: record.status },
      });
      return record;
    });
  }

  async retire(context: RequestContext, id: string, reason: string, expectedVersion?: number): Promise<CapabilityRecordV1> {
    return this.change(context, id, expectedVersion, async (manager, current, actor) => {
      const record = nextVersion(current, { retired: true }, this.clock.now());
      await this.capabilities.saveVersion(manager, record, 'retired', actor);
      await this.outbox.append(manager, {
        type: 'catalogue.capability_retired.v1',
        aggregateId: null,
        actor,
        correlationId: context.requestId,
        payload: { capability: record, reason },
      });
      return record;
    });
  }

  /** `expectedVersion`, when the caller named one (If-Match), must still be the current version. */
  private change(
    context: RequestContext,
    id: string,
    expectedVersion: number | undefined,
    apply: (manager: EntityManager, current: CapabilityRecordV1, actor: EventActor) => Promise<CapabilityRecordV1>,
  ): Promise<CapabilityRecordV1> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.capabilities.lock(manager, id);
      if (!current) throw new DomainError(CatalogueError.CAPABILITY_NOT_FOUND);
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new DomainError(CatalogueError.CAPABILITY_VERSION_MISMATCH);
      }
      if (current.retired) throw new DomainError(CatalogueError.CAPABILITY_RETIRED);
      return apply(manager, current, actorOf(context.principal, CATALOGUE_MAINTAINERS));
    });
  }
}
