import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, DomainError, ErrorCode, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { checkRequestChain, ChainCheck } from '../log-store/chain-check';
import { LedgerQuery } from '../log-store/ledger.query';
import { InclusionProofView, ProofService } from '../log-store/proof.service';
import { EntryView, toEntryView } from './entry.view';
import { describeStep } from './event-descriptions';
import { HistoryAnswer } from './proof.view';

export interface HistoryStepView extends EntryView {
  what: string;
  /** The request version the step concerns, when the event names one. */
  version: number | null;
}

export interface HistoryView {
  requestId: string;
  registrationNumber: string | null;
  steps: HistoryStepView[];
  chain: ChainCheck;
  /** The newest step vouches for every earlier one: its proof ties the whole chain to a checkpoint. */
  newestStepInclusion: InclusionProofView | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/requests')
@Roles('auditor')
@UseInterceptors(RecordAccessInterceptor)
export class HistoryController {
  constructor(
    private readonly ledger: LedgerQuery,
    private readonly proofs: ProofService,
  ) {}

  @Answers(HistoryAnswer, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND] })
  @Get(':requestId/history')
  @ApiOperation({ summary: 'The whole story of one request, in order, with its chain checked' })
  async history(@Ctx() context: RequestContext, @Param('requestId', new UuidPipe('requestId')) requestId: string): Promise<HistoryView> {
    const entries = await this.ledger.history(requestId);
    const newest = entries.at(-1);
    if (!newest) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    const steps = entries.map((entry) => {
      const payload = entry.document?.payload as { version?: unknown; registrationNumber?: unknown } | undefined;
      return {
        ...toEntryView(entry),
        what: describeStep(entry.eventType, entry.document?.causedBy, context.language),
        version: typeof payload?.version === 'number' ? payload.version : null,
      };
    });
    const registrationNumber = steps
      .map((step) => (step.payload as { registrationNumber?: unknown } | null)?.registrationNumber)
      .find((value): value is string => typeof value === 'string');
    return {
      requestId,
      registrationNumber: registrationNumber ?? null,
      steps,
      chain: checkRequestChain(entries),
      newestStepInclusion: await this.proofs.inclusion(newest.index, undefined, newest.leafHash),
    };
  }
}
