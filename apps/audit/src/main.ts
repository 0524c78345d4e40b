import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { AuditServiceModule } from './audit-service.module';

runService({
  service: 'audit',
  title: 'QazTech Exemptions: audit ledger',
  rootModule: (config) => AuditServiceModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
});
