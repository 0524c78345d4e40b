import 'reflect-metadata';
import { CATALOGUE_CONTEXT } from '@qaztech/catalogue';
import { runService } from '@qaztech/platform';
import { CatalogueServiceModule } from './catalogue-service.module';

runService({
  service: 'catalogue',
  title: 'QazTech Exemptions: capability catalogue',
  rootModule: (config) => CatalogueServiceModule.forRoot(config),
  contexts: [CATALOGUE_CONTEXT],
});
