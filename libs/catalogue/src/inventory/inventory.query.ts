import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { InventoryImportView, InventorySystemView } from './inventory.views';
import { InventorySystemRecord } from './inventory-file';

/** Reads of the inventory for HTTP answers. */
@Injectable()
export class InventoryQuery {
  constructor(private readonly dataSource: DataSource) {}

  async imports(): Promise<InventoryImportView[]> {
    const rows = (await preparedQuery(
      this.dataSource,
      'catalogue.inventory_read_1',
      'SELECT id, version, source, format, imported_at, counts FROM catalogue.inventory_imports ORDER BY version DESC LIMIT 100',
      [],
    )) as { id: string; version: number; source: string; format: string; imported_at: Date; counts: InventoryImportView['counts'] }[];
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      source: row.source,
      format: row.format,
      importedAt: row.imported_at.toISOString(),
      counts: row.counts,
    }));
  }

  async system(objectId: string): Promise<InventorySystemView | null> {
    const [current] = (await preparedQuery(
      this.dataSource,
      'catalogue.inventory_read_2',
      'SELECT record, missing_since FROM catalogue.inventory_systems WHERE object_id = $1',
      [objectId],
    )) as { record: InventorySystemRecord; missing_since: string | null }[];
    if (!current) return null;
    const versions = (await preparedQuery(
      this.dataSource,
      'catalogue.inventory_read_3',
      `SELECT v.import_id, i.version, v.change, i.imported_at, v.record FROM catalogue.inventory_system_versions v
         JOIN catalogue.inventory_imports i ON i.id = v.import_id WHERE v.object_id = $1 ORDER BY i.version`,
      [objectId],
    )) as { import_id: string; version: number; change: string; imported_at: Date; record: InventorySystemRecord }[];
    return {
      record: current.record,
      missing: current.missing_since !== null,
      versions: versions.map((row) => ({
        importId: row.import_id,
        importVersion: row.version,
        change: row.change,
        importedAt: row.imported_at.toISOString(),
        record: row.record,
      })),
    };
  }
}
