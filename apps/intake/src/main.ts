import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { IntakeServiceModule } from './intake-service.module';

runService({
  service: 'intake',
  title: 'QazTech Exemptions: intake',
  rootModule: (config) => IntakeServiceModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
});
