import { ContextMigrations, outboxRedisEpochMigration } from '@qaztech/platform';
import { Registry1764200000000 } from './1764200000000-registry';
import { RegistryWebhooks1764300000000 } from './1764300000000-registry-webhooks';
import { RegisterChangeNotice1764500000000 } from './1764500000000-register-change-notice';
import { SimilarDecisions1765000000000 } from './1765000000000-similar-decisions';

/** The register's schema history; its role may only read and add to the signed records. */
export const REGISTRY_MIGRATIONS: ContextMigrations = {
  context: 'registry',
  migrations: [
    Registry1764200000000,
    RegistryWebhooks1764300000000,
    outboxRedisEpochMigration('registry'),
    RegisterChangeNotice1764500000000,
    SimilarDecisions1765000000000,
  ],
  restrictedTables: {
    publications: ['SELECT', 'INSERT'],
    anchors: ['SELECT', 'INSERT'],
  },
};
