import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { runService } from '@qaztech/platform';
import { ReviewServiceModule } from './review-service.module';

runService({
  service: 'review',
  title: 'QazTech Exemptions: review',
  rootModule: (config) => ReviewServiceModule.forRoot(config),
  migrations: ALL_MIGRATIONS,
});
