import { Injectable } from '@nestjs/common';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { RequestStatus } from '@qaztech/contracts';
import { DomainError, ErrorCode, preparedQuery } from '@qaztech/platform';
import { AttachmentEntity, AttachmentListing } from '../attachments/attachment.entity';
import { AgencyScope } from '../shared/agency-scope';
import { IntakeError } from '../shared/intake-errors';
import { REQUEST_COLUMNS } from './request-columns';
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

/**
 * What an agency reads, answered outside any transaction: each read is one statement on the
 * pool, never a lock or a write, so it has no transaction to forget. Writes and the reads a
 * transaction depends on are RequestRepository's.
 */
@Injectable()
export class AgencyRequestsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async find(scope: AgencyScope, id: string): Promise<RequestEntity> {
    const request = await this.dataSource.manager
      .createQueryBuilder(RequestEntity, 'r')
      .where('r.id = :id AND r.agencyBin = :agencyBin', { id, agencyBin: scope.agencyBin })
      .getOne();
    if (!request) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return request;
  }

  /** The request with its attachments in one round trip: what `GET /requests/:id` shows. */
  async findWithAttachments(scope: AgencyScope, id: string): Promise<{ request: RequestEntity; attachments: AttachmentListing[] }> {
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

  /**
   * Newest first; one row more than `limit`, so the page knows whether another follows. A hot
   * path: each combination of filters is a statement of its own, prepared once per connection.
   */
  async list(scope: AgencyScope, filter: RequestListFilter): Promise<RequestEntity[]> {
    const values: unknown[] = [scope.agencyBin];
    const conditions = ['r.agency_bin = $1'];
    const shape: string[] = [];
    const bind = (value: unknown): string => `$${values.push(value)}`;
    if (filter.statuses?.length) {
      conditions.push(`r.status = ANY(${bind(filter.statuses)}::text[])`);
      shape.push('status');
    }
    if (filter.text) {
      conditions.push(`r.title_search LIKE ${bind(`%${escapeLike(filter.text.toLowerCase())}%`)} ESCAPE '\\'`);
      shape.push('text');
    }
    if (filter.beforePosition) {
      conditions.push(`r.list_position < ${bind(filter.beforePosition)}`);
      shape.push('before');
    }
    return preparedQuery<RequestEntity>(
      this.dataSource,
      ['intake.list_requests', ...shape].join('_'),
      `SELECT ${REQUEST_COLUMNS} FROM intake.requests r
        WHERE ${conditions.join(' AND ')} ORDER BY r.list_position DESC LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
  }

  /** An attachment of a request the agency sees. */
  async attachment(scope: AgencyScope, requestId: string, attachmentId: string): Promise<AttachmentEntity> {
    await this.find(scope, requestId);
    const found = await this.dataSource.manager
      .createQueryBuilder(AttachmentEntity, 'a')
      .where('a.id = :attachmentId AND a.requestId = :requestId', { attachmentId, requestId })
      .getOne();
    if (!found) throw new DomainError(IntakeError.ATTACHMENT_NOT_FOUND);
    return found;
  }

  async versions(scope: AgencyScope, requestId: string): Promise<RequestVersionEntity[]> {
    await this.find(scope, requestId);
    return this.dataSource.manager
      .createQueryBuilder(RequestVersionEntity, 'v')
      .where('v.requestId = :requestId', { requestId })
      .orderBy('v.version', 'ASC')
      .getMany();
  }

  async version(scope: AgencyScope, requestId: string, version: number): Promise<RequestVersionEntity> {
    await this.find(scope, requestId);
    const found = await this.dataSource.manager
      .createQueryBuilder(RequestVersionEntity, 'v')
      .where('v.requestId = :requestId AND v.version = :version', { requestId, version })
      .getOne();
    if (!found) throw new DomainError(IntakeError.VERSION_NOT_FOUND);
    return found;
  }
}
