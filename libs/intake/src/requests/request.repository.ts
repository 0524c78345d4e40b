import { Injectable } from '@nestjs/common';
import { types } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContentV1, RequestStatus } from '@qaztech/contracts';
import { DomainError, ErrorCode, preparedQuery } from '@qaztech/platform';
import { AttachmentEntity, AttachmentListing } from '../attachments/attachment.entity';
import { AgencyScope } from '../shared/agency-scope';
import { RequestVersionEntity } from './request-version.entity';
import { RequestEntity } from './request.entity';
import { IntakeError } from '../shared/intake-errors';

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

/**
 * Every column of a request under its entity property's name: the reads below hand the rows on
 * as they come, without the ORM building an entity from each.
 */
const REQUEST_COLUMNS = `r.id, r.list_position AS "listPosition", r.agency_bin AS "agencyBin", r.status,
  r.current_version AS "currentVersion", r.row_version AS "rowVersion", r.content,
  r.registration_number AS "registrationNumber", r.return_remarks AS "returnRemarks", r.created_by AS "createdBy",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.submitted_at AS "submittedAt", r.withdrawn_at AS "withdrawnAt"`;

const ATTACHMENT_COLUMNS = `a.id, a.request_id AS "requestId", a.version, a.kind, a.language, a.classification,
  a.file_name AS "fileName", a.media_type AS "mediaType", a.size_bytes AS "sizeBytes", a.sha256, a.storage_key AS "storageKey",
  a.uploaded_by AS "uploadedBy", a.created_at AS "createdAt"`;

/**
 * A request's attachments as one JSON array, oldest first. Times travel as Postgres' own text
 * and sizes as text, so that they become the same Date and string a column of their own would.
 */
const ATTACHMENTS_OF_REQUEST = `(SELECT coalesce(json_agg(json_build_object(
    'id', a.id, 'kind', a.kind, 'language', a.language, 'classification', a.classification,
    'fileName', a.file_name, 'mediaType', a.media_type, 'sizeBytes', a.size_bytes::text, 'sha256', a.sha256,
    'version', a.version, 'createdAt', a.created_at::text) ORDER BY a.created_at, a.id), '[]')
  FROM intake.attachments a WHERE a.request_id = r.id)`;

const REQUEST_WITH_ATTACHMENTS = `SELECT ${REQUEST_COLUMNS}, ${ATTACHMENTS_OF_REQUEST} AS attachments
  FROM intake.requests r WHERE r.id = $1 AND r.agency_bin = $2`;

const TIMESTAMPTZ_OID = 1184;
const parseTimestamptz = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date;

type AttachmentJson = Omit<AttachmentListing, 'createdAt'> & { createdAt: string };
type RequestWithAttachmentsRow = RequestEntity & { attachments: AttachmentJson[] };

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
    const [row] = await preparedQuery<RequestEntity>(
      manager,
      'intake.lock_request',
      `SELECT ${REQUEST_COLUMNS} FROM intake.requests r WHERE r.id = $1 AND r.agency_bin = $2 FOR UPDATE`,
      [id, scope.agencyBin],
    );
    if (!row) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    // An entity, not a bare row: some callers hand it back to manager.save().
    return Object.assign(new RequestEntity(), row);
  }

  /** Inserts a new draft and returns it as stored: content in jsonb's key order, the database's times. */
  async insertDraft(manager: EntityManager, draft: NewDraft): Promise<RequestEntity> {
    const [row] = await preparedQuery<RequestEntity>(
      manager,
      'intake.insert_draft',
      `INSERT INTO intake.requests AS r (id, agency_bin, status, current_version, row_version, content, created_by)
       VALUES ($1, $2, 'draft', 1, 1, $3, $4) RETURNING ${REQUEST_COLUMNS}`,
      [draft.id, draft.agencyBin, JSON.stringify(draft.content), draft.createdBy],
    );
    if (!row) throw new Error('Inserting a draft returned no row');
    return row;
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

  /** For the platform's own work (events from other contexts), which acts for no agency. */
  async lockForSystem(id: string, manager: EntityManager): Promise<RequestEntity | null> {
    return manager.findOne(RequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The request with its attachments in one round trip: what `GET /requests/:id` shows. */
  async findVisibleWithAttachments(scope: AgencyScope, id: string): Promise<{ request: RequestEntity; attachments: AttachmentListing[] }> {
    const [row] = await preparedQuery<RequestWithAttachmentsRow>(
      this.dataSource,
      'intake.request_with_attachments',
      REQUEST_WITH_ATTACHMENTS,
      [id, scope.agencyBin],
    );
    if (!row) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    const { attachments, ...request } = row;
    return {
      request,
      attachments: attachments.map((attachment) => ({ ...attachment, createdAt: parseTimestamptz(attachment.createdAt) })),
    };
  }

  async list(scope: AgencyScope, filter: RequestListFilter): Promise<RequestEntity[]> {
    const parameters: unknown[] = [scope.agencyBin];
    const conditions = ['r.agency_bin = $1'];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    if (filter.statuses?.length) conditions.push(`r.status = ANY(${bind(filter.statuses)}::text[])`);
    if (filter.text) conditions.push(`r.title_search LIKE ${bind(`%${escapeLike(filter.text.toLowerCase())}%`)} ESCAPE '\\'`);
    if (filter.beforePosition) conditions.push(`r.list_position < ${bind(filter.beforePosition)}`);
    return (await this.dataSource.query(
      `SELECT ${REQUEST_COLUMNS} FROM intake.requests r
        WHERE ${conditions.join(' AND ')} ORDER BY r.list_position DESC LIMIT ${bind(filter.limit + 1)}`,
      parameters,
    )) as RequestEntity[];
  }

  async attachmentsOf(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<AttachmentEntity[]> {
    return preparedQuery<AttachmentEntity>(
      manager,
      'intake.attachments_of',
      `SELECT ${ATTACHMENT_COLUMNS} FROM intake.attachments a WHERE a.request_id = $1 ORDER BY a.created_at, a.id`,
      [requestId],
    );
  }

  /** An attachment of a request the caller has already been shown to see. */
  async attachment(requestId: string, attachmentId: string): Promise<AttachmentEntity> {
    const found = await this.dataSource.manager.findOneBy(AttachmentEntity, { id: attachmentId, requestId });
    if (!found) throw new DomainError(IntakeError.ATTACHMENT_NOT_FOUND);
    return found;
  }

  async versionsOf(requestId: string): Promise<RequestVersionEntity[]> {
    return this.dataSource.manager.find(RequestVersionEntity, { where: { requestId }, order: { version: 'ASC' } });
  }

  async version(requestId: string, version: number): Promise<RequestVersionEntity> {
    const found = await this.dataSource.manager.findOne(RequestVersionEntity, { where: { requestId, version } });
    if (!found) throw new DomainError(IntakeError.VERSION_NOT_FOUND);
    return found;
  }
}
