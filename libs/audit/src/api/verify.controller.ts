import { Controller, Get, Inject, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Answers, Roles } from '@qaztech/platform';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { exportLedger } from '../export/ledger-export';
import { treeRoot, VerificationResult, verifyExport } from '../log';
import { LedgerQuery } from '../log-store/ledger.query';
import { tileReader } from '../log-store/tile-store';
import { AUDIT_CONFIG, AuditConfig } from '../shared/audit-config';
import { CHECKPOINT_KEYS } from '../shared/tokens';
import { CheckpointKeys } from '../signing/checkpoint-keys';
import { VerificationAnswer } from './proof.view';

export interface ServerVerification extends VerificationResult {
  /** Proofs are served from the tiles: their root must be the latest signed one. */
  tiles: { size: number; ok: boolean } | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/verify')
@Roles('auditor')
@UseInterceptors(RecordAccessInterceptor)
export class VerifyController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
    @Inject(CHECKPOINT_KEYS) private readonly keys: CheckpointKeys,
    private readonly ledger: LedgerQuery,
  ) {}

  @Answers(VerificationAnswer)
  @Get()
  @ApiOperation({
    summary: 'Re-verify the whole ledger from stored data, with the same code as the offline verifier; names the first bad index',
  })
  async verify(): Promise<ServerVerification> {
    const latest = await this.ledger.latestCheckpoint();
    const result = await verifyExport(exportLedger(this.dataSource.manager, this.config.AUDIT_LOG_ORIGIN), this.keys.verifiers);
    if (!latest) return { ...result, tiles: null };
    const root = await treeRoot(latest.size, tileReader(this.dataSource.manager));
    const tiles = { size: latest.size, ok: root.equals(latest.rootHash) };
    return { ...result, ok: result.ok && tiles.ok, tiles };
  }
}
