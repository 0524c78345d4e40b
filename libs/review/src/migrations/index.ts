import { ContextMigrations, outboxRedisEpochMigration } from '@qaztech/platform';
import { ReviewSchema1764100000000 } from './1764100000000-review-schema';
import { OpinionClaims1764920000000 } from './1764920000000-opinion-claims';
import { ReviewActSignatures1765000000000 } from './1765000000000-act-signatures';
import { OverlapReports1765100000000 } from './1765100000000-overlap-reports';

export const REVIEW_MIGRATIONS: ContextMigrations = {
  context: 'review',
  migrations: [
    ReviewSchema1764100000000,
    outboxRedisEpochMigration('review'),
    OpinionClaims1764920000000,
    ReviewActSignatures1765000000000,
    OverlapReports1765100000000,
  ],
  restrictedTables: { act_signatures: ['SELECT', 'INSERT'] },
};
