import { ContextMigrations } from '@qaztech/platform';
import { CatalogueSchema1764800000000 } from './1764800000000-catalogue-schema';

export const CATALOGUE_MIGRATIONS: ContextMigrations = {
  context: 'catalogue',
  // Versions are history: the role may add them and read them, never change or remove one.
  restrictedTables: { capability_versions: ['SELECT', 'INSERT'] },
  migrations: [CatalogueSchema1764800000000],
};
