import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, BIGINT_SAFE_MAX, DomainError, ErrorCode, IntegerPipe, Roles } from '@qaztech/platform';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { LedgerQuery } from '../log-store/ledger.query';
import { ConsistencyProofView, InclusionProofView, ProofService } from '../log-store/proof.service';
import { ConsistencyProofQuery, InclusionProofQuery } from './audit-queries.dto';
import { EntryView, toEntryView } from './entry.view';
import { AuditError } from '../shared/audit-errors';
import { ConsistencyProofAnswer, InclusionProofAnswer, LedgerEntryAnswer } from './proof.view';

const indexPipe = new IntegerPipe('index', { min: 0, max: BIGINT_SAFE_MAX });

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('auditor')
@UseInterceptors(RecordAccessInterceptor)
export class ProofsController {
  constructor(
    private readonly proofs: ProofService,
    private readonly ledger: LedgerQuery,
  ) {}

  @Answers(InclusionProofAnswer, {
    errors: [ErrorCode.VALIDATION_FAILED, AuditError.LEDGER_ENTRY_NOT_FOUND, AuditError.CHECKPOINT_NOT_FOUND],
  })
  @Get('proof/inclusion')
  @ApiOperation({ summary: 'Inclusion proof of an entry in a signed checkpoint (RFC 9162 §2.1.3)' })
  inclusion(@Query() query: InclusionProofQuery): Promise<InclusionProofView> {
    return this.proofs.inclusion(query.index, query.size);
  }

  @Answers(ConsistencyProofAnswer, { errors: [ErrorCode.VALIDATION_FAILED, AuditError.CHECKPOINT_NOT_FOUND] })
  @Get('proof/consistency')
  @ApiOperation({ summary: 'Consistency proof between two signed checkpoints (RFC 9162 §2.1.4)' })
  consistency(@Query() query: ConsistencyProofQuery): Promise<ConsistencyProofView> {
    return this.proofs.consistency(query.from, query.to);
  }

  @Answers(LedgerEntryAnswer, { errors: [ErrorCode.VALIDATION_FAILED, AuditError.LEDGER_ENTRY_NOT_FOUND, AuditError.CHECKPOINT_NOT_FOUND] })
  @Get('entries/:index')
  @ApiOperation({ summary: 'One entry: its leaf, its payload, and its proof against the latest checkpoint' })
  async entry(
    @Param('index', indexPipe) index: number,
  ): Promise<EntryView & { leaf: string; salt: string | null; inclusion: InclusionProofView }> {
    const entry = await this.ledger.entry(index);
    if (!entry) throw new DomainError(AuditError.LEDGER_ENTRY_NOT_FOUND);
    return {
      ...toEntryView(entry),
      leaf: entry.leaf.toString('base64'),
      salt: entry.salt?.toString('base64') ?? null,
      inclusion: await this.proofs.inclusion(index),
    };
  }
}
