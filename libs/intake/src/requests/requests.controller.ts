import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import {
  Answers,
  Ctx,
  decodeCursor,
  ErrorCode,
  INT4_MAX,
  IntegerPipe,
  JSON_BODY_ERRORS,
  RequestContext,
  Roles,
  SIGNED_ACT_ERRORS,
  SignedActDto,
  SigningDocumentView,
  toPage,
  toSigningDocumentView,
  UuidPipe,
} from '@qaztech/platform';
import { agencyScopeOf } from '../shared/agency-scope';
import { SubmitRequestUseCase } from '../submission/submit-request.use-case';
import { SubmissionSigning } from '../submission/submission-signing';
import { WithdrawRequestDto, WithdrawRequestUseCase } from '../submission/withdraw-request.use-case';
import { CreateRequestUseCase } from './create-request.use-case';
import { ListRequestsQuery } from './list-requests.query';
import { RequestContentDto } from './request-content.dto';
import { AgencyRequestsQuery } from './agency-requests.query';
import {
  RequestPageView,
  RequestView,
  toRequestView,
  toVersionSummary,
  toVersionView,
  VersionSummaryView,
  VersionView,
} from './request.view';
import { UpdateRequestUseCase } from './update-request.use-case';
import { IntakeError } from '../shared/intake-errors';

const acceptPosition = (values: unknown[]): string | undefined =>
  values.length === 1 && typeof values[0] === 'string' && /^\d{1,18}$/.test(values[0]) ? values[0] : undefined;

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
@Roles('agency.submitter', 'agency.signatory')
export class RequestsController {
  constructor(
    private readonly requests: AgencyRequestsQuery,
    private readonly createRequest: CreateRequestUseCase,
    private readonly updateRequest: UpdateRequestUseCase,
    private readonly submitRequest: SubmitRequestUseCase,
    private readonly withdrawRequest: WithdrawRequestUseCase,
    private readonly submissionSigning: SubmissionSigning,
  ) {}

  @Answers(RequestView, { errors: [...JSON_BODY_ERRORS, IntakeError.IDEMPOTENCY_KEY_REUSED] })
  @Post()
  @ApiOperation({ summary: 'Create a draft request' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async create(
    @Ctx() context: RequestContext,
    @Body() body: RequestContentDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RequestView> {
    const outcome = await this.createRequest.execute(context, body, idempotencyKey);
    void reply.status(outcome.status).header('etag', outcome.body.etag).header('location', `/requests/${outcome.body.id}`);
    return outcome.body;
  }

  @Answers(RequestPageView, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get()
  @ApiOperation({ summary: "List your agency's requests, newest first" })
  async list(@Ctx() context: RequestContext, @Query() query: ListRequestsQuery): Promise<RequestPageView> {
    const limit = query.limit ?? 20;
    const rows = await this.requests.list(agencyScopeOf(context.principal), {
      statuses: query.status,
      text: query.q?.trim() || undefined,
      beforePosition: query.cursor ? decodeCursor(query.cursor, acceptPosition) : undefined,
      limit,
    });
    return toPage(
      rows,
      limit,
      (row) => toRequestView(row, []),
      (row) => [row.listPosition],
    );
  }

  @Answers(RequestView, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND] })
  @Get(':id')
  async get(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RequestView> {
    const { request, attachments } = await this.requests.findWithAttachments(agencyScopeOf(context.principal), id);
    const view = toRequestView(request, attachments);
    void reply.header('etag', view.etag);
    return view;
  }

  @Answers(RequestView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ErrorCode.REQUEST_NOT_FOUND,
      IntakeError.PRECONDITION_REQUIRED,
      IntakeError.VERSION_MISMATCH,
      ErrorCode.INVALID_TRANSITION,
    ],
  })
  @Patch(':id')
  @ApiOperation({ summary: 'Edit a draft or returned request (JSON Merge Patch; null removes a field)' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you edited' })
  async update(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: RequestContentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RequestView> {
    const view = await this.updateRequest.execute(context, id, body, ifMatch);
    void reply.header('etag', view.etag);
    return view;
  }

  @Answers(SigningDocumentView, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND] })
  @Get(':id/signing-document')
  @Roles('agency.signatory')
  @ApiOperation({ summary: 'What the signatory signs to submit: the version as it stands, with its attachments’ digests' })
  async signingDocument(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<SigningDocumentView> {
    return toSigningDocumentView(await this.submissionSigning.document(context, id));
  }

  @Answers(RequestView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ErrorCode.REQUEST_NOT_FOUND,
      IntakeError.VERSION_MISMATCH,
      IntakeError.INCOMPLETE_REQUEST,
      IntakeError.IDEMPOTENCY_KEY_REUSED,
      ErrorCode.INVALID_TRANSITION,
      ...SIGNED_ACT_ERRORS,
    ],
  })
  @Post(':id/submit')
  @Roles('agency.signatory')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit (or resubmit after a return), signed over the signing document: checks completeness, registers, freezes the version',
  })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ type: SignedActDto, required: false })
  async submit(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: SignedActDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RequestView> {
    const outcome = await this.submitRequest.execute(context, id, ifMatch, idempotencyKey, body?.signature?.cms);
    void reply.status(outcome.status).header('etag', outcome.body.etag);
    return outcome.body;
  }

  @Answers(RequestView, {
    errors: [...JSON_BODY_ERRORS, ErrorCode.REQUEST_NOT_FOUND, IntakeError.VERSION_MISMATCH, ErrorCode.INVALID_TRANSITION],
  })
  @Post(':id/withdraw')
  @Roles('agency.signatory')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the request before the Commission decides' })
  async withdraw(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: WithdrawRequestDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<RequestView> {
    return this.withdrawRequest.execute(context, id, body, ifMatch);
  }

  @Answers([VersionSummaryView], { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND] })
  @Get(':id/versions')
  async versions(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<VersionSummaryView[]> {
    return (await this.requests.versions(agencyScopeOf(context.principal), id)).map(toVersionSummary);
  }

  @Answers(VersionView, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND, IntakeError.VERSION_NOT_FOUND] })
  @Get(':id/versions/:version')
  async version(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Param('version', new IntegerPipe('version', { min: 1, max: INT4_MAX })) version: number,
  ): Promise<VersionView> {
    return toVersionView(await this.requests.version(agencyScopeOf(context.principal), id, version));
  }
}
