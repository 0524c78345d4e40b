import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RequestStatus } from '@qaztech/contracts';
import { DomainError, ErrorCode } from '@qaztech/platform';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AgencyScope } from '../shared/agency-scope';
import { RequestVersionEntity } from './request-version.entity';
import { RequestEntity } from './request.entity';

export interface RequestListFilter {
  statuses?: readonly RequestStatus[];
  /** Words to find in the title, in any of its languages. */
  text?: string;
  /** Rows after this list position (exclusive), newest first. */
  beforePosition?: string;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Owns every query on requests; reads an agency makes go through its AgencyScope. */
@Injectable()
export class RequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findVisible(scope: AgencyScope, id: string, manager: EntityManager = this.dataSource.manager): Promise<RequestEntity> {
    const request = await manager.findOne(RequestEntity, { where: { id, agencyBin: scope.agencyBin } });
    if (!request) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return request;
  }

  /** Locks the row until the transaction ends: concurrent changes to one request queue up. */
  async lockVisible(scope: AgencyScope, id: string, manager: EntityManager): Promise<RequestEntity> {
    const request = await manager.findOne(RequestEntity, {
      where: { id, agencyBin: scope.agencyBin },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return request;
  }

  /** For the platform's own work (events from other contexts), which acts for no agency. */
  async lockForSystem(id: string, manager: EntityManager): Promise<RequestEntity | null> {
    return manager.findOne(RequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(scope: AgencyScope, filter: RequestListFilter): Promise<RequestEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(RequestEntity, 'request')
      .where('request.agency_bin = :agencyBin', { agencyBin: scope.agencyBin })
      .orderBy('request.list_position', 'DESC')
      .limit(filter.limit + 1);
    if (filter.statuses?.length) query.andWhere('request.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.text) query.andWhere("request.title_search LIKE :text ESCAPE '\\'", { text: `%${escapeLike(filter.text.toLowerCase())}%` });
    if (filter.beforePosition) query.andWhere('request.list_position < :position', { position: filter.beforePosition });
    return query.getMany();
  }

  async attachmentsOf(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<AttachmentEntity[]> {
    return manager.find(AttachmentEntity, { where: { requestId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** An attachment of a request the caller has already been shown to see. */
  async attachment(requestId: string, attachmentId: string): Promise<AttachmentEntity> {
    const found = await this.dataSource.manager.findOneBy(AttachmentEntity, { id: attachmentId, requestId });
    if (!found) throw new DomainError(ErrorCode.ATTACHMENT_NOT_FOUND);
    return found;
  }

  async versionsOf(requestId: string): Promise<RequestVersionEntity[]> {
    return this.dataSource.manager.find(RequestVersionEntity, { where: { requestId }, order: { version: 'ASC' } });
  }

  async version(requestId: string, version: number): Promise<RequestVersionEntity> {
    const found = await this.dataSource.manager.findOne(RequestVersionEntity, { where: { requestId, version } });
    if (!found) throw new DomainError(ErrorCode.VERSION_NOT_FOUND);
    return found;
  }

  /** Takes the next registration number of the year; the row lock holds it until commit, so none is skipped. */
  async nextRegistrationSequence(year: number, manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO intake.registration_counters AS counters (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = counters.last_number + 1
       RETURNING last_number`,
      [year],
    )) as { last_number: number }[];
    if (!row) throw new Error('Registration counter returned no row');
    return row.last_number;
  }
}
