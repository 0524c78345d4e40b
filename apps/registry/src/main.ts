import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { RegistryServiceModule } from './registry-service.module';

runService({
  service: 'registry',
  title: 'QazTech Exemptions: public register',
  rootModule: (config) => RegistryServiceModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
});
