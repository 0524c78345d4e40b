import { Controller, Get, Inject, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@qaztech/platform';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { exportLedger } from '../export/ledger-export';
import { VerificationResult, verifyExport } from '../log';
import { AUDIT_CONFIG, AuditConfig } from '../shared/audit-config';
import { CHECKPOINT_KEYS } from '../shared/tokens';
import { CheckpointKeys } from '../signing/checkpoint-keys';

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
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Re-verify the whole ledger from stored data, with the same code as the offline verifier; names the first bad index',
  })
  verify(): Promise<VerificationResult> {
    return verifyExport(exportLedger(this.dataSource.manager, this.config.AUDIT_LOG_ORIGIN), this.keys.verifiers);
  }
}
