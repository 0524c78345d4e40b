import { IntakeSchema1763800000000 } from './1763800000000-intake-schema';
import { IdempotencyKeyOwner1763900000000 } from './1763900000000-idempotency-key-owner';
import { AuditSchema1764000000000 } from './1764000000000-audit-schema';
import { ReviewSchema1764100000000 } from './1764100000000-review-schema';
import { Registry1764200000000 } from './1764200000000-registry';
import { RegistryWebhooks1764300000000 } from './1764300000000-registry-webhooks';
import { OutboxRedisEpoch1764400000000 } from './1764400000000-outbox-redis-epoch';
import { RegisterChangeNotice1764500000000 } from './1764500000000-register-change-notice';
import { RegistrationNumberFormat1764600000000 } from './1764600000000-registration-number-format';

/** Every migration, in order. Explicit, so the same list runs from source and from the build. */
export const ALL_MIGRATIONS = [
  IntakeSchema1763800000000,
  IdempotencyKeyOwner1763900000000,
  AuditSchema1764000000000,
  ReviewSchema1764100000000,
  Registry1764200000000,
  RegistryWebhooks1764300000000,
  OutboxRedisEpoch1764400000000,
  RegisterChangeNotice1764500000000,
  RegistrationNumberFormat1764600000000,
];
