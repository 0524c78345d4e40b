import 'reflect-metadata';
import { REGISTRY_CONTEXT } from '@qaztech/registry';
import { runService } from '@qaztech/platform';
import { RegistryServiceModule } from './registry-service.module';

runService({
  service: 'registry',
  title: 'QazTech Exemptions: public register',
  rootModule: (config) => RegistryServiceModule.forRoot(config),
  contexts: [REGISTRY_CONTEXT],
});
