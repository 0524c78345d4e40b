import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsDefined, IsIn, validate } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { FastifyRequest } from 'fastify';
import { actorOf, AGENCY_ROLES, DomainError, FieldErrorCode, RequestContext, toFieldErrors, transition } from '@qaztech/platform';
import { ATTACHMENT_KINDS, CLASSIFICATIONS, DOCUMENT_LANGUAGES } from '../requests/catalogues';
import { AgencyRequestsQuery } from '../requests/agency-requests.query';
import { RequestRepository } from '../requests/request.repository';
import { AttachmentView, toAttachmentRef, toAttachmentView } from '../requests/request.view';
import { agencyScopeOf } from '../shared/agency-scope';
import { IntakeUnitOfWork } from '../shared/unit-of-work';
import { AttachmentStorage } from './attachment-storage';
import { detectDocumentType, MEDIA_TYPES } from './document-type';
import { safeFileName } from './file-name';
import { ReceivedFile, ReceivedUpload, receiveUpload, sampleFile } from './multipart-upload';
import { IntakeError } from '../shared/intake-errors';

/** The text fields that accompany the file in the multipart body. */
export class AttachmentMetadataDto {
  @ApiProperty({ enum: ATTACHMENT_KINDS }) @IsDefined() @IsIn(ATTACHMENT_KINDS) kind!: string;
  @ApiProperty({ enum: DOCUMENT_LANGUAGES }) @IsDefined() @IsIn(DOCUMENT_LANGUAGES) language!: string;
  @ApiProperty({ enum: CLASSIFICATIONS, description: 'dsp: restricted official information, never published' })
  @IsDefined()
  @IsIn(CLASSIFICATIONS)
  classification!: 'open' | 'dsp';
}

/** A file in storage, with what the multipart body said about it and what its bytes are. */
export interface StoredUpload {
  metadata: AttachmentMetadataDto;
  mediaType: string;
  storageKey: string;
  file: ReceivedFile;
}

@Injectable()
export class AddAttachmentUseCase {
  constructor(
    private readonly uow: IntakeUnitOfWork,
    private readonly requests: RequestRepository,
    private readonly visible: AgencyRequestsQuery,
    private readonly storage: AttachmentStorage,
  ) {}

  async execute(context: RequestContext, requestId: string, request: FastifyRequest): Promise<AttachmentView> {
    const scope = agencyScopeOf(context.principal);
    // Refuse before reading megabytes for a request the caller cannot see or change.
    transition((await this.visible.find(scope, requestId)).status, 'edit');
    const upload = await receiveUpload(request, this.storage);
    try {
      const metadata = await validMetadata(upload.fields);
      const mediaType = await this.recognise(upload);
      const storageKey = await this.storage.commit(upload.file.temporaryPath, upload.file.sha256);
      return await this.record(context, requestId, { metadata, mediaType, storageKey, file: upload.file });
    } finally {
      await this.storage.discard(upload.file.temporaryPath);
    }
  }

  private async recognise(upload: ReceivedUpload): Promise<string> {
    const type = detectDocumentType(await sampleFile(upload.file.temporaryPath, upload.file.sizeBytes));
    if (!type)
      throw new DomainError(IntakeError.UNSUPPORTED_FILE_TYPE, [
        { field: 'file', code: FieldErrorCode.NOT_ALLOWED_VALUE, params: { allowed: 'PDF, DOCX, XLSX, ODT, PNG, JPEG' } },
      ]);
    return MEDIA_TYPES[type];
  }

  /** Records a file already received, recognised and stored, on a request the caller may still edit. */
  async record(context: RequestContext, requestId: string, stored: StoredUpload): Promise<AttachmentView> {
    const scope = agencyScopeOf(context.principal);
    return this.uow.run(async (tx) => {
      const request = await this.requests.lockVisible(tx.manager, scope, requestId);
      transition(request.status, 'edit');
      const saved = await this.requests.insertAttachment(tx.manager, {
        id: randomUUID(),
        requestId,
        version: request.currentVersion,
        ...stored.metadata,
        fileName: safeFileName(stored.file.clientFileName),
        mediaType: stored.mediaType,
        sizeBytes: String(stored.file.sizeBytes),
        sha256: stored.file.sha256,
        storageKey: stored.storageKey,
        uploadedBy: context.principal.subject,
      });
      request.rowVersion += 1;
      await this.requests.save(tx.manager, request);
      await tx.append({
        type: 'request.attachment_added.v1',
        aggregateId: requestId,
        actor: actorOf(context.principal, AGENCY_ROLES),
        correlationId: context.requestId,
        payload: { requestId, version: request.currentVersion, attachment: toAttachmentRef(saved) },
      });
      return toAttachmentView(saved);
    });
  }
}

async function validMetadata(fields: Record<string, string>): Promise<AttachmentMetadataDto> {
  const metadata = plainToInstance(AttachmentMetadataDto, fields);
  const errors = await validate(metadata, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw DomainError.validation(toFieldErrors(errors));
  return metadata;
}
