import 'reflect-metadata';
import { REVIEW_CONTEXT } from '@qaztech/review';
import { runService } from '@qaztech/platform';
import { ReviewServiceModule } from './review-service.module';

runService({
  service: 'review',
  title: 'QazTech Exemptions: review',
  rootModule: (config) => ReviewServiceModule.forRoot(config),
  contexts: [REVIEW_CONTEXT],
});
