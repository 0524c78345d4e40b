import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContentV1 } from '@qaztech/contracts';
import { DomainError, ErrorCode, preparedQuery } from '@qaztech/platform';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AgencyScope } from '../shared/agency-scope';
import { ATTACHMENT_COLUMNS, REQUEST_COLUMNS } from './request-columns';
import { RequestVersionEntity } from './request-version.entity';
import { RequestEntity } from './request.entity';

export interface Submission {
  /** Holds the new status and row version; a registration number only if it has one already. */
  request: RequestEntity;
  /** The frozen version; its registration number is the request's, given by the statement. */
  version: Omit<RequestVersionEntity, 'registrationNumber'>;
  /** The year whose counter numbers a first submission, in Kazakhstan's time zone. */
  year: number;
  /** The submission's event in the outbox, whose payload takes the number. */
  eventId: string;
}

export interface NewDraft {
  id: string;
  agencyBin: string;
  content: RequestContentV1;
  createdBy: string;
  formVersion: number;
}

/**
 * Every statement a transaction makes on requests, their versions and attachments. Each method
 * takes the caller's transaction: none falls back to the pool, so a lock or a write can never
 * land outside the transaction that needs it. Reads an agency makes go through its AgencyScope.
 */
@Injectable()
export class RequestRepository {
  async findVisible(manager: EntityManager, scope: AgencyScope, id: string): Promise<RequestEntity> {
    const request = await manager
      .createQueryBuilder(RequestEntity, 'r')
      .where('r.id = :id AND r.agencyBin = :agencyBin', { id, agencyBin: scope.agencyBin })
      .getOne();
    if (!request) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return request;
  }

  /** Locks the row until the transaction ends: concurrent changes to one request queue up. */
  async lockVisible(manager: EntityManager, scope: AgencyScope, id: string): Promise<RequestEntity> {
    const [row] = await preparedQuery<RequestEntity>(
      manager,
      'intake.lock_request',
      `SELECT ${REQUEST_COLUMNS} FROM intake.requests r WHERE r.id = $1 AND r.agency_bin = $2 FOR UPDATE`,
      [id, scope.agencyBin],
    );
    if (!row) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return Object.assign(new RequestEntity(), row);
  }

  /** For the platform's own work (events from other contexts), which acts for no agency. */
  async lockForSystem(manager: EntityManager, id: string): Promise<RequestEntity | null> {
    return manager.createQueryBuilder(RequestEntity, 'r').where('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Inserts a new draft and returns it as stored: content in jsonb's key order, the database's times. */
  async insertDraft(manager: EntityManager, draft: NewDraft): Promise<RequestEntity> {
    const [row] = await preparedQuery<RequestEntity>(
      manager,
      'intake.insert_draft',
      `INSERT INTO intake.requests AS r (id, agency_bin, status, current_version, row_version, content, created_by, form_version)
       VALUES ($1, $2, 'draft', 1, 1, $3, $4, $5) RETURNING ${REQUEST_COLUMNS}`,
      [draft.id, draft.agencyBin, JSON.stringify(draft.content), draft.createdBy, draft.formVersion],
    );
    if (!row) throw new Error('Inserting a draft returned no row');
    return row;
  }

  /**
   * Writes what an edit, a withdrawal, a return or review's progress changed on a request the
   * caller holds locked. The change time is the transaction's, put back into `request`.
   */
  async save(manager: EntityManager, request: RequestEntity): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(RequestEntity)
      .set({
        status: request.status,
        currentVersion: request.currentVersion,
        rowVersion: request.rowVersion,
        content: request.content,
        returnRemarks: request.returnRemarks,
        withdrawnAt: request.withdrawnAt,
      })
      .where('id = :id', { id: request.id })
      .returning('updated_at')
      .execute();
    const [row] = result.raw as { updated_at: Date }[];
    if (!row) throw new Error(`Request ${request.id} vanished under its lock`);
    request.updatedAt = row.updated_at;
  }

  /**
   * Writes what a submission changes, on a request whose row the caller holds locked: the
   * request, its frozen version and, on a first submission, the year's next registration number,
   * also written into the submission's event already in the outbox. One statement, because the
   * year's counter row, which every first submission waits for, stays locked from here to the
   * commit: each statement more would add its round trip to every submission's wait.
   */
  async recordSubmission(manager: EntityManager, submission: Submission): Promise<string> {
    const { request, version } = submission;
    const [row] = await preparedQuery<{ number: string }>(
      manager,
      'intake.record_submission',
      `WITH counter AS (
         INSERT INTO intake.registration_counters AS counters (year, last_number)
         SELECT $2, 1 WHERE $3::text IS NULL
         ON CONFLICT (year) DO UPDATE SET last_number = counters.last_number + 1
         RETURNING last_number),
       numbered AS (
         SELECT coalesce($3::text, (SELECT intake.registration_number($2, last_number) FROM counter)) AS number),
       request AS (
         UPDATE intake.requests SET status = $4, registration_number = numbered.number, submitted_at = $5,
                return_remarks = NULL, row_version = $6, updated_at = $5
           FROM numbered WHERE id = $1),
       version AS (
         INSERT INTO intake.request_versions
           (request_id, version, registration_number, content, attachments, submitted_by, submitted_by_name, submitted_at)
         SELECT $1, $7, numbered.number, $8, $9, $10, $11, $5 FROM numbered),
       event AS (
         UPDATE intake.outbox SET envelope = jsonb_set(envelope, '{payload,registrationNumber}', to_jsonb(numbered.number))
           FROM numbered WHERE event_id = $12 AND $3::text IS NULL)
       SELECT number FROM numbered`,
      [
        request.id,
        submission.year,
        request.registrationNumber,
        request.status,
        version.submittedAt,
        request.rowVersion,
        version.version,
        JSON.stringify(version.content),
        JSON.stringify(version.attachments),
        version.submittedBy,
        version.submittedByName,
        submission.eventId,
      ],
    );
    if (!row) throw new Error('Recording a submission returned no registration number');
    return row.number;
  }

  async attachmentsOf(manager: EntityManager, requestId: string): Promise<AttachmentEntity[]> {
    return preparedQuery<AttachmentEntity>(
      manager,
      'intake.attachments_of',
      `SELECT ${ATTACHMENT_COLUMNS} FROM intake.attachments a WHERE a.request_id = $1 ORDER BY a.created_at, a.id`,
      [requestId],
    );
  }

  /** Adds an attachment and returns it as stored, with the database's time. */
  async insertAttachment(manager: EntityManager, attachment: Omit<AttachmentEntity, 'createdAt'>): Promise<AttachmentEntity> {
    await manager.createQueryBuilder().insert().into(AttachmentEntity).values(attachment).updateEntity(false).execute();
    return manager.createQueryBuilder(AttachmentEntity, 'a').where('a.id = :id', { id: attachment.id }).getOneOrFail();
  }
}
