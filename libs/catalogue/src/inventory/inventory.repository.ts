import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { EventActor, InventoryImportedV1 } from '@qaztech/contracts';
import { InventoryFormat, InventorySystemRecord } from './inventory-file';

export interface StoredSystem {
  objectId: string;
  record: InventorySystemRecord;
  missingSince: string | null;
}

export type SystemChange = 'added' | 'changed' | 'marked_missing' | 'returned';

export interface ImportRow {
  id: string;
  version: number;
  source: string;
  format: InventoryFormat;
  importedAt: Date;
  importedBy: EventActor;
  counts: InventoryImportedV1['counts'];
}

/** The inventory's writes: imports, each system's current record, and every change as a version. */
@Injectable()
export class InventoryRepository {
  /** Imports take turns: each one's version follows the one before and compares with its result. */
  async lockImports(manager: EntityManager): Promise<number> {
    await preparedQuery(manager, 'catalogue.inventory_1', `SELECT pg_advisory_xact_lock(hashtext('catalogue.inventory_imports'))`, []);
    const [row] = (await preparedQuery(
      manager,
      'catalogue.inventory_2',
      'SELECT coalesce(max(version), 0) AS version FROM catalogue.inventory_imports',
      [],
    )) as {
      version: number;
    }[];
    return Number(row!.version) + 1;
  }

  async current(manager: EntityManager): Promise<Map<string, StoredSystem>> {
    const rows = (await preparedQuery(
      manager,
      'catalogue.inventory_3',
      'SELECT object_id, record, missing_since FROM catalogue.inventory_systems',
      [],
    )) as {
      object_id: string;
      record: InventorySystemRecord;
      missing_since: string | null;
    }[];
    return new Map(rows.map((row) => [row.object_id, { objectId: row.object_id, record: row.record, missingSince: row.missing_since }]));
  }

  async insertImport(manager: EntityManager, row: ImportRow): Promise<void> {
    await preparedQuery(
      manager,
      'catalogue.inventory_4',
      `INSERT INTO catalogue.inventory_imports (id, version, source, format, imported_at, imported_by, counts) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.version, row.source, row.format, row.importedAt, JSON.stringify(row.importedBy), JSON.stringify(row.counts)],
    );
  }

  /** Writes each system's new state and keeps the change among its versions. */
  async record(
    manager: EntityManager,
    importId: string,
    changes: readonly { record: InventorySystemRecord; change: SystemChange }[],
    at: Date,
  ) {
    if (changes.length === 0) return;
    const rows = JSON.stringify(changes.map(({ record, change }) => ({ object_id: record.objectId, record, change })));
    await preparedQuery(
      manager,
      'catalogue.inventory_5',
      `INSERT INTO catalogue.inventory_systems (object_id, record, first_import, last_import, missing_since, updated_at)
       SELECT r.object_id, r.record, $2, $2, CASE WHEN r.change = 'marked_missing' THEN $2::uuid END, $3
         FROM jsonb_to_recordset($1::jsonb) AS r(object_id text, record jsonb, change text)
       ON CONFLICT (object_id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at,
         last_import = CASE WHEN excluded.missing_since IS NULL THEN excluded.last_import ELSE catalogue.inventory_systems.last_import END,
         missing_since = excluded.missing_since`,
      [rows, importId, at],
    );
    await preparedQuery(
      manager,
      'catalogue.inventory_6',
      `INSERT INTO catalogue.inventory_system_versions (object_id, import_id, change, record)
       SELECT r.object_id, $2, r.change, r.record FROM jsonb_to_recordset($1::jsonb) AS r(object_id text, record jsonb, change text)`,
      [rows, importId],
    );
  }

  /** The systems the import saw unchanged: they were in it, so it is their last import. */
  async touch(manager: EntityManager, importId: string, objectIds: readonly string[]): Promise<void> {
    if (objectIds.length === 0) return;
    await preparedQuery(
      manager,
      'catalogue.inventory_7',
      'UPDATE catalogue.inventory_systems SET last_import = $2 WHERE object_id = ANY($1::text[])',
      [objectIds, importId],
    );
  }
}
