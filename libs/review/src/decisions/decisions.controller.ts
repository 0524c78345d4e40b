import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DecisionIssuedV1, DecisionRevokedV1, ReconsiderationRequestedV1 } from '@qaztech/contracts';
import { Ctx, RequestContext, Roles, SigningDocumentView, toSigningDocumentView, UuidPipe } from '@qaztech/platform';
import { decisionDocument, revocationDocument } from '../signing/review-signing';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { REVIEW_STAFF_ROLES } from '../shared/stage-roles';
import { DecisionStatus } from './decision.entity';
import { DecisionRepository } from './decision.repository';
import { IssueDecisionDto, RequestReconsiderationDto, RevokeDecisionDto } from './issue-decision.dto';
import { IssueDecisionUseCase } from './issue-decision.use-case';
import { RequestReconsiderationUseCase } from './request-reconsideration.use-case';
import { RevokeDecisionUseCase } from './revoke-decision.use-case';

export interface DecisionView extends DecisionIssuedV1 {
  status: DecisionStatus;
  revokedAt: string | null;
  reconsiderationRequestedAt: string | null;
}

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

  @Post('agenda-items/:id/decision')
  @Roles('commission.chair')
  @ApiOperation({ summary: 'Issue the decision on a closed item' })
  async issue(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: IssueDecisionDto,
  ): Promise<DecisionIssuedV1> {
    return this.issueDecision.execute(context, id, body);
  }

  @Post('agenda-items/:id/decision/signing-document')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'What the chair signs to issue this decision: send the decision as you will issue it' })
  @ApiOkResponse({ type: SigningDocumentView })
  issueSigningDocument(@Param('id', new UuidPipe('id')) id: string, @Body() body: IssueDecisionDto): SigningDocumentView {
    return toSigningDocumentView(decisionDocument(id, body));
  }

  @Get('decisions/:id')
  @Roles(...REVIEW_STAFF_ROLES, 'auditor')
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<DecisionView> {
    const decision = await this.uow.read((manager) => this.decisions.find(manager, id));
    return {
      ...decision.published,
      status: decision.status,
      revokedAt: decision.revokedAt?.toISOString() ?? null,
      reconsiderationRequestedAt: decision.reconsiderationRequestedAt?.toISOString() ?? null,
    };
  }

  @Post('decisions/:id/revoke')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an exemption in force, with reasons' })
  async revoke(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: RevokeDecisionDto,
  ): Promise<DecisionRevokedV1> {
    return this.revokeDecision.execute(context, id, body);
  }

  @Post('decisions/:id/revoke/signing-document')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'What the chair signs to revoke this decision: send the revocation as you will make it' })
  @ApiOkResponse({ type: SigningDocumentView })
  revokeSigningDocument(@Param('id', new UuidPipe('id')) id: string, @Body() body: RevokeDecisionDto): SigningDocumentView {
    return toSigningDocumentView(revocationDocument(id, body));
  }

  @Post('decisions/:id/reconsideration')
  @Roles('agency.signatory')
  @ApiOperation({ summary: "The applicant's request for reconsideration: once, within the configured period" })
  async reconsider(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: RequestReconsiderationDto,
  ): Promise<ReconsiderationRequestedV1> {
    return this.requestReconsideration.execute(context, id, body);
  }
}
