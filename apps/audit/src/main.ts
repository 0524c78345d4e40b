import 'reflect-metadata';
import { AUDIT_CONTEXT } from '@qaztech/audit';
import { runService } from '@qaztech/platform';
import { AuditServiceModule } from './audit-service.module';

runService({
  service: 'audit',
  title: 'QazTech Exemptions: audit ledger',
  rootModule: (config) => AuditServiceModule.forRoot(config),
  contexts: [AUDIT_CONTEXT],
});
