import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, Answers, Ctx, DomainError, ErrorCode, JSON_BODY_ERRORS, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { CatalogueError } from '../shared/catalogue-errors';
import { ComputeOverlapReportUseCase } from './compute-overlap-report.use-case';
import { ExtendGlossaryUseCase, GLOSSARY_EDITORS, GlossaryTermDto } from './extend-glossary.use-case';
import { OverlapReport } from './overlap-report';
import { OVERLAP_READERS, OVERLAP_REQUESTERS } from './overlap-roles';
import { OverlapQuery } from './overlap.query';
import { GlossaryTermView, GlossaryView, OverlapReportView } from './overlap.views';

/** Overlap reports for the Commission and auditors; the glossary that bridges Kazakh and Russian. */
@ApiTags('catalogue: overlap')
@ApiBearerAuth()
@Controller('catalogue')
export class OverlapController {
  constructor(
    private readonly reports: OverlapQuery,
    private readonly compute: ComputeOverlapReportUseCase,
    private readonly extendGlossary: ExtendGlossaryUseCase,
  ) {}

  @Answers(OverlapReportView, { errors: [ErrorCode.VALIDATION_FAILED, CatalogueError.OVERLAP_REPORT_NOT_FOUND] })
  @Get('overlap/requests/:requestId')
  @Roles(...OVERLAP_READERS)
  @ApiOperation({ summary: 'A request’s newest overlap report: automated output that ranks and explains, and decides nothing' })
  async report(@Param('requestId', new UuidPipe('requestId')) requestId: string): Promise<OverlapReport> {
    const report = await this.reports.latest(requestId);
    if (!report) throw new DomainError(CatalogueError.OVERLAP_REPORT_NOT_FOUND);
    return report;
  }

  @Answers(OverlapReportView, { errors: [ErrorCode.VALIDATION_FAILED, CatalogueError.OVERLAP_REPORT_NOT_FOUND] })
  @Post('overlap/requests/:requestId')
  @Roles(...OVERLAP_REQUESTERS)
  @ApiOperation({ summary: 'Compute the report again now, against today’s inventory, requests and precedents (secretary, experts)' })
  async recompute(
    @Ctx() context: RequestContext,
    @Param('requestId', new UuidPipe('requestId')) requestId: string,
  ): Promise<OverlapReport> {
    return this.compute.onDemand(requestId, { actor: actorOf(context.principal, OVERLAP_REQUESTERS), correlationId: context.requestId });
  }

  @Answers(GlossaryView)
  @Get('glossary')
  @Roles(...GLOSSARY_EDITORS, ...OVERLAP_READERS)
  @ApiOperation({ summary: 'The kk↔ru glossary of domain terms the overlap report bridges the languages with' })
  async terms(): Promise<GlossaryView> {
    return { items: await this.reports.glossaryTerms() };
  }

  @Answers(GlossaryTermView, { errors: [...JSON_BODY_ERRORS] })
  @Put('glossary/:id')
  @Roles(...GLOSSARY_EDITORS)
  @ApiOperation({ summary: 'Add or replace a glossary term (admin); every indexed record is matched again' })
  async putTerm(@Ctx() context: RequestContext, @Param('id') id: string, @Body() body: GlossaryTermDto): Promise<GlossaryTermView> {
    return this.extendGlossary.execute(context, id, body);
  }
}
