import 'reflect-metadata';
import { runService } from '@qaztech/platform';
import { ALL_CONTEXTS, StandaloneModule } from './standalone.module';

runService({
  service: 'standalone',
  title: 'QazTech Exemptions',
  rootModule: (config) => StandaloneModule.forRoot(config),
  contexts: ALL_CONTEXTS,
});
