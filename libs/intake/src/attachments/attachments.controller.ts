import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Answers, Ctx, ErrorCode, mediaAnswer, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { AgencyRequestsQuery } from '../requests/agency-requests.query';
import { AttachmentView } from '../requests/request.view';
import { agencyScopeOf } from '../shared/agency-scope';
import { AddAttachmentUseCase } from './add-attachment.use-case';
import { AttachmentStorage } from './attachment-storage';
import { contentDisposition } from './file-name';
import { IntakeError } from '../shared/intake-errors';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('requests/:id/attachments')
@Roles('agency.submitter', 'agency.signatory')
export class AttachmentsController {
  constructor(
    private readonly addAttachment: AddAttachmentUseCase,
    private readonly requests: AgencyRequestsQuery,
    private readonly storage: AttachmentStorage,
  ) {}

  @Answers(AttachmentView, {
    errors: [
      ErrorCode.VALIDATION_FAILED,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      ErrorCode.PAYLOAD_TOO_LARGE,
      IntakeError.MALFORMED_UPLOAD,
      IntakeError.FILE_TOO_LARGE,
      IntakeError.UNSUPPORTED_FILE_TYPE,
      ErrorCode.REQUEST_NOT_FOUND,
      ErrorCode.INVALID_TRANSITION,
    ],
  })
  @Post()
  @ApiOperation({ summary: 'Attach a document (PDF, DOCX, XLSX, ODT, PNG, JPEG; 20 MB at most; type judged by content)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind', 'language', 'classification'],
      properties: {
        kind: { type: 'string', enum: ['feasibility_study', 'technical_specification', 'other'] },
        language: { type: 'string', enum: ['kk', 'ru', 'en'] },
        classification: { type: 'string', enum: ['open', 'dsp'] },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  async add(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentView> {
    const view = await this.addAttachment.execute(context, id, request);
    void reply.status(201).header('location', `/requests/${id}/attachments/${view.id}`);
    return view;
  }

  @Answers(mediaAnswer('application/octet-stream', 'binary'), {
    description: 'The file, in the media type it was judged to be',
    errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND, IntakeError.ATTACHMENT_NOT_FOUND],
  })
  @Get(':attachmentId')
  @ApiOperation({ summary: 'Download an attachment' })
  async download(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Param('attachmentId', new UuidPipe('attachmentId')) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const attachment = await this.requests.attachment(agencyScopeOf(context.principal), id, attachmentId);
    void reply
      .header('content-type', attachment.mediaType)
      .header('content-length', attachment.sizeBytes)
      .header('content-disposition', contentDisposition(attachment.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('etag', `"${attachment.sha256}"`)
      .header('cache-control', 'private, no-store');
    return new StreamableFile(this.storage.open(attachment.storageKey));
  }
}
