import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { allowedActions, AttachmentRefV1, FieldRemarkV1, REQUEST_STATUSES, RequestAction, RequestStatus } from '@qaztech/contracts';
import { AttachmentListing } from '../attachments/attachment.entity';
import { etagOf } from '../shared/if-match';
import { RequestContentDto } from './request-content.dto';
import { RequestVersionEntity } from './request-version.entity';
import { RequestEntity } from './request.entity';

export class AttachmentView implements AttachmentRefV1 {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'feasibility_study' }) kind!: string;
  @ApiProperty({ example: 'ru' }) language!: string;
  @ApiProperty({ enum: ['open', 'dsp'] }) classification!: 'open' | 'dsp';
  @ApiProperty() fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256!: string;
  @ApiProperty({ description: 'The request version it was added to' }) version!: number;
  @ApiProperty() createdAt!: string;
}

export class FieldRemarkView implements FieldRemarkV1 {
  @ApiProperty() field!: string;
  @ApiProperty() remark!: string;
}

export class RequestView {
  @ApiProperty() id!: string;
  @ApiProperty() agencyBin!: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: RequestStatus;
  @ApiProperty({ description: 'The version being edited, or the last one submitted' }) version!: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'QTX-2026-000123' }) registrationNumber!: string | null;
  @ApiProperty({ type: () => RequestContentDto }) content!: RequestContentDto;
  @ApiProperty({
    description: 'The request form the draft follows: 2 asks capability claims and typed evidence for each reason, 1 is the older form',
  })
  formVersion!: number;
  @ApiProperty({ type: () => [AttachmentView] }) attachments!: AttachmentView[];
  @ApiPropertyOptional({ type: () => [FieldRemarkView], nullable: true, description: "The secretariat's remarks when returned" })
  returnRemarks!: FieldRemarkView[] | null;
  @ApiProperty({ description: 'What the request allows next', isArray: true }) allowedActions!: RequestAction[];
  @ApiProperty({ description: 'Send back in If-Match to edit' }) etag!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) submittedAt!: string | null;
}

export class RequestPageView {
  @ApiProperty({ type: () => [RequestView] }) items!: RequestView[];
  @ApiPropertyOptional() nextCursor?: string;
}

export class VersionSummaryView {
  @ApiProperty() version!: number;
  @ApiProperty() registrationNumber!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty() submittedBy!: string;
}

export class VersionView extends VersionSummaryView {
  @ApiProperty({ type: () => RequestContentDto }) content!: RequestContentDto;
  @ApiProperty({ type: () => [AttachmentView] }) attachments!: AttachmentRefV1[];
}

export function toAttachmentRef(attachment: AttachmentListing): AttachmentRefV1 {
  return {
    id: attachment.id,
    kind: attachment.kind,
    language: attachment.language,
    classification: attachment.classification,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sizeBytes: Number(attachment.sizeBytes),
    sha256: attachment.sha256,
  };
}

export function toAttachmentView(attachment: AttachmentListing): AttachmentView {
  return { ...toAttachmentRef(attachment), version: attachment.version, createdAt: attachment.createdAt.toISOString() };
}

export function toRequestView(request: RequestEntity, attachments: readonly AttachmentListing[]): RequestView {
  return {
    id: request.id,
    agencyBin: request.agencyBin,
    status: request.status,
    version: request.currentVersion,
    registrationNumber: request.registrationNumber,
    content: request.content as RequestContentDto,
    formVersion: request.formVersion,
    attachments: attachments.map(toAttachmentView),
    returnRemarks: request.returnRemarks,
    allowedActions: allowedActions(request.status).filter((action) => CLIENT_ACTIONS.includes(action)),
    etag: etagOf(request.rowVersion),
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
    submittedAt: request.submittedAt?.toISOString() ?? null,
  };
}

/** The actions an agency itself can take; the rest belong to the Commission. */
const CLIENT_ACTIONS: readonly RequestAction[] = ['edit', 'submit', 'resubmit', 'withdraw'];

export function toVersionSummary(version: RequestVersionEntity): VersionSummaryView {
  return {
    version: version.version,
    registrationNumber: version.registrationNumber,
    submittedAt: version.submittedAt.toISOString(),
    submittedBy: version.submittedByName,
  };
}

export function toVersionView(version: RequestVersionEntity): VersionView {
  return { ...toVersionSummary(version), content: version.content as RequestContentDto, attachments: version.attachments };
}
