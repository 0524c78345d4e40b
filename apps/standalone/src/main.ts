import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { StandaloneModule } from './standalone.module';

runService({
  service: 'standalone',
  title: 'QazTech Exemptions',
  rootModule: (config) => StandaloneModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
});
