import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { IntakeServiceModule } from './intake-service.module';

void runService({
  service: 'intake',
  title: 'QazTech Exemptions: intake',
  rootModule: (config) => IntakeServiceModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
}).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
