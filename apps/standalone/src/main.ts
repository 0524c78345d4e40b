import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { StandaloneModule } from './standalone.module';

void runService({
  service: 'standalone',
  title: 'QazTech Exemptions',
  rootModule: (config) => StandaloneModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
}).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
