import { ContextMigrations } from '@qaztech/platform';
import { CatalogueSchema1764800000000 } from './1764800000000-catalogue-schema';
import { Overlap1765000000000 } from './1765000000000-overlap';

export const CATALOGUE_MIGRATIONS: ContextMigrations = {
  context: 'catalogue',
  // Versions are history: the role may add them and read them, never change or remove one.
  restrictedTables: {
    capability_versions: ['SELECT', 'INSERT'],
    inventory_imports: ['SELECT', 'INSERT'],
    inventory_system_versions: ['SELECT', 'INSERT'],
    overlap_reports: ['SELECT', 'INSERT'],
  },
  migrations: [CatalogueSchema1764800000000, Overlap1765000000000],
};
