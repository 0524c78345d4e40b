import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Answers,
  Ctx,
  ErrorCode,
  JSON_BODY_ERRORS,
  RequestContext,
  Roles,
  SIGNED_ACT_ERRORS,
  SigningDocumentView,
  toSigningDocumentView,
  UuidPipe,
} from '@qaztech/platform';
import { decisionDocument, revocationDocument } from '../signing/review-signing';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { REVIEW_STAFF_ROLES } from '../shared/stage-roles';
import { DecisionRepository } from './decision.repository';
import { IssueDecisionDto, RequestReconsiderationDto, RevokeDecisionDto } from './issue-decision.dto';
import { IssueDecisionUseCase } from './issue-decision.use-case';
import { RequestReconsiderationUseCase } from './request-reconsideration.use-case';
import { RevokeDecisionUseCase } from './revoke-decision.use-case';
import { ReviewError } from '../shared/review-errors';
import {
  DecisionView,
  IssuedDecisionView,
  ReconsiderationView,
  RevokedDecisionView,
  toIssuedDecisionView,
  toReconsiderationView,
  toRevokedDecisionView,
} from './decision.view';

@ApiTags('review: decisions')
@ApiBearerAuth()
@Controller('review')
export class DecisionsController {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly decisions: DecisionRepository,
    private readonly issueDecision: IssueDecisionUseCase,
    private readonly revokeDecision: RevokeDecisionUseCase,
    private readonly requestReconsideration: RequestReconsiderationUseCase,
  ) {}

  @Answers(IssuedDecisionView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.AGENDA_ITEM_NOT_FOUND,
      ReviewError.VOTING_CLOSED,
      ReviewError.OUTCOME_MISMATCH,
      ReviewError.DECISION_ALREADY_ISSUED,
      ReviewError.MEETING_NOT_HELD_YET,
      ErrorCode.INVALID_TRANSITION,
      ...SIGNED_ACT_ERRORS,
    ],
  })
  @Post('agenda-items/:id/decision')
  @Roles('commission.chair')
  @ApiOperation({ summary: 'Issue the decision on a closed item' })
  async issue(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: IssueDecisionDto,
  ): Promise<IssuedDecisionView> {
    return toIssuedDecisionView(await this.issueDecision.execute(context, id, body));
  }

  @Answers(SigningDocumentView, { errors: [...JSON_BODY_ERRORS] })
  @Post('agenda-items/:id/decision/signing-document')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'What the chair signs to issue this decision: send the decision as you will issue it' })
  issueSigningDocument(@Param('id', new UuidPipe('id')) id: string, @Body() body: IssueDecisionDto): SigningDocumentView {
    return toSigningDocumentView(decisionDocument(id, body));
  }

  @Answers(DecisionView, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.DECISION_NOT_FOUND] })
  @Get('decisions/:id')
  @Roles(...REVIEW_STAFF_ROLES, 'auditor')
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<DecisionView> {
    const decision = await this.uow.read((manager) => this.decisions.find(manager, id));
    return {
      ...toIssuedDecisionView(decision.published),
      status: decision.status,
      revokedAt: decision.revokedAt?.toISOString() ?? null,
      reconsiderationRequestedAt: decision.reconsiderationRequestedAt?.toISOString() ?? null,
    };
  }

  @Answers(RevokedDecisionView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ErrorCode.DECISION_NOT_FOUND,
      ReviewError.DECISION_NOT_IN_FORCE,
      ErrorCode.INVALID_TRANSITION,
      ...SIGNED_ACT_ERRORS,
    ],
  })
  @Post('decisions/:id/revoke')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an exemption in force, with reasons' })
  async revoke(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: RevokeDecisionDto,
  ): Promise<RevokedDecisionView> {
    return toRevokedDecisionView(await this.revokeDecision.execute(context, id, body));
  }

  @Answers(SigningDocumentView, { errors: [...JSON_BODY_ERRORS] })
  @Post('decisions/:id/revoke/signing-document')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'What the chair signs to revoke this decision: send the revocation as you will make it' })
  revokeSigningDocument(@Param('id', new UuidPipe('id')) id: string, @Body() body: RevokeDecisionDto): SigningDocumentView {
    return toSigningDocumentView(revocationDocument(id, body));
  }

  @Answers(ReconsiderationView, {
    errors: [...JSON_BODY_ERRORS, ErrorCode.DECISION_NOT_FOUND, ReviewError.RECONSIDERATION_NOT_ALLOWED, ErrorCode.INVALID_TRANSITION],
  })
  @Post('decisions/:id/reconsideration')
  @Roles('agency.signatory')
  @ApiOperation({ summary: "The applicant's request for reconsideration: once, within the configured period" })
  async reconsider(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: RequestReconsiderationDto,
  ): Promise<ReconsiderationView> {
    return toReconsiderationView(await this.requestReconsideration.execute(context, id, body));
  }
}
