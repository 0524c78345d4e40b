import 'reflect-metadata';
import { INTAKE_CONTEXT } from '@qaztech/intake';
import { runService } from '@qaztech/platform';
import { IntakeServiceModule } from './intake-service.module';

runService({
  service: 'intake',
  title: 'QazTech Exemptions: intake',
  rootModule: (config) => IntakeServiceModule.forRoot(config),
  contexts: [INTAKE_CONTEXT],
});
