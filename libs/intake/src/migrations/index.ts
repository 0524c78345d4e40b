import { ContextMigrations, outboxRedisEpochMigration } from '@qaztech/platform';
import { IntakeSchema1763800000000 } from './1763800000000-intake-schema';
import { IdempotencyKeyOwner1763900000000 } from './1763900000000-idempotency-key-owner';
import { RegistrationNumberFormat1764600000000 } from './1764600000000-registration-number-format';
import { RequestFormAndObligations1764910000000 } from './1764910000000-request-form-and-obligations';
import { IntakeActSignatures1765000000000 } from './1765000000000-act-signatures';
import { AttachmentObjects1765100000000 } from './1765100000000-attachment-objects';

export const INTAKE_MIGRATIONS: ContextMigrations = {
  context: 'intake',
  migrations: [
    IntakeSchema1763800000000,
    IdempotencyKeyOwner1763900000000,
    outboxRedisEpochMigration('intake'),
    RegistrationNumberFormat1764600000000,
    RequestFormAndObligations1764910000000,
    IntakeActSignatures1765000000000,
    AttachmentObjects1765100000000,
  ],
  restrictedTables: { act_signatures: ['SELECT', 'INSERT'] },
};
