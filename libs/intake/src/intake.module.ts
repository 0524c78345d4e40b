import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContextDefinition, PLATFORM_CONFIG, PlatformConfig, provideContextDatabase, provideContextMessaging } from '@qaztech/platform';
import { AddAttachmentUseCase } from './attachments/add-attachment.use-case';
import { AttachmentStorage, LocalDirectoryStorage } from './attachments/attachment-storage';
import { AttachmentObjectQuery } from './attachments/attachment-object.query';
import { AttachmentObjectRepository } from './attachments/attachment-object.repository';
import { PostgresAttachmentStorage } from './attachments/postgres-attachment-storage';
import { AttachmentEntity } from './attachments/attachment.entity';
import { AttachmentsController } from './attachments/attachments.controller';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { AgencyRequestsQuery } from './requests/agency-requests.query';
import { CreateRequestUseCase } from './requests/create-request.use-case';
import { RequestVersionEntity } from './requests/request-version.entity';
import { RequestEntity } from './requests/request.entity';
import { RequestRepository } from './requests/request.repository';
import { RequestsController } from './requests/requests.controller';
import { UpdateRequestUseCase } from './requests/update-request.use-case';
import { REVIEW_PROGRESS_HANDLERS } from './progress/review-progress.handlers';
import { RequestReturnedHandler } from './revision/request-returned.handler';
import { INTAKE_MIGRATIONS } from './migrations';
import { INTAKE_CONFIG, IntakeConfig, loadIntakeConfig } from './shared/intake-config';
import { IntakeMessaging, IntakeOutbox } from './shared/intake-outbox';
import { IntakeUnitOfWork } from './shared/unit-of-work';
import { SubmitRequestUseCase } from './submission/submit-request.use-case';
import { ActSignatureRepository } from './submission/act-signature.repository';
import { SubmissionSigning } from './submission/submission-signing';
import { WithdrawRequestUseCase } from './submission/withdraw-request.use-case';
import { INTAKE_ERROR_CODES } from './shared/intake-errors';
import { PlatformObligationEntity } from './obligations/platform-obligation.entity';
import { PlatformObligationRecordedHandler } from './obligations/platform-obligation-recorded.handler';
import { PlatformObligationRepository } from './obligations/platform-obligation.repository';
import { PlatformObligationsController } from './obligations/platform-obligations.controller';
import { PlatformObligationsQuery } from './obligations/platform-obligations.query';

export const INTAKE_ENTITIES = [RequestEntity, RequestVersionEntity, AttachmentEntity, PlatformObligationEntity];

/** The intake context: agencies draft, attach, submit, withdraw and revise requests. */
@Module({
  controllers: [RequestsController, AttachmentsController, PlatformObligationsController],
  providers: [
    { provide: INTAKE_CONFIG, useFactory: () => loadIntakeConfig() },
    ...provideContextDatabase('intake', INTAKE_CONFIG, INTAKE_ENTITIES),
    INTAKE_ERROR_CODES,
    AttachmentObjectRepository,
    AttachmentObjectQuery,
    {
      provide: AttachmentStorage,
      inject: [PLATFORM_CONFIG, INTAKE_CONFIG, DataSource, AttachmentObjectRepository, AttachmentObjectQuery],
      useFactory: (
        config: PlatformConfig,
        intake: IntakeConfig,
        dataSource: DataSource,
        objects: AttachmentObjectRepository,
        reader: AttachmentObjectQuery,
      ) => {
        const directory = new LocalDirectoryStorage(config.STORAGE_DIR);
        return intake.ATTACHMENTS_STORE === 'directory' ? directory : new PostgresAttachmentStorage(dataSource, objects, reader, directory);
      },
    },
    IntakeOutbox,
    IntakeUnitOfWork,
    RequestRepository,
    AgencyRequestsQuery,
    IdempotencyRepository,
    CreateRequestUseCase,
    UpdateRequestUseCase,
    SubmitRequestUseCase,
    ActSignatureRepository,
    SubmissionSigning,
    WithdrawRequestUseCase,
    AddAttachmentUseCase,
    PlatformObligationRepository,
    PlatformObligationsQuery,
    ...provideContextMessaging(IntakeMessaging, 'intake', [
      RequestReturnedHandler,
      PlatformObligationRecordedHandler,
      ...REVIEW_PROGRESS_HANDLERS,
    ]),
  ],
})
export class IntakeModule {}

/** What a process that runs or migrates intake validates and migrates before it starts. */
export const INTAKE_CONTEXT: ContextDefinition = {
  name: 'intake',
  loadConfig: loadIntakeConfig,
  migrations: INTAKE_MIGRATIONS,
  module: IntakeModule,
};
