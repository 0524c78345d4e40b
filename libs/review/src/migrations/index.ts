import { ContextMigrations, outboxRedisEpochMigration } from '@qaztech/platform';
import { ReviewSchema1764100000000 } from './1764100000000-review-schema';
import { OverlapReports1765000000000 } from './1765000000000-overlap-reports';

export const REVIEW_MIGRATIONS: ContextMigrations = {
  context: 'review',
  migrations: [ReviewSchema1764100000000, outboxRedisEpochMigration('review'), OverlapReports1765000000000],
};
