import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InventoryImportedV1 } from '@qaztech/contracts';
import { actorOf, Clock, DomainError, inTransaction, RequestContext } from '@qaztech/platform';
import { CatalogueOutbox } from '../shared/catalogue-outbox';
import { OverlapIndex } from '../overlap/overlap-index';
import { systemDocument } from '../overlap/overlap-document';
import { InventoryFormat, InventorySystemRecord, parseInventory } from './inventory-file';
import { InventoryRepository, StoredSystem, SystemChange } from './inventory.repository';

export const INVENTORY_ADMINS = ['admin'] as const;

export interface InventoryImportCommand {
  source: string;
  format: InventoryFormat;
  content: string;
  dryRun?: boolean;
}

export interface InventoryImportResult {
  importId: string | null;
  version: number;
  dryRun: boolean;
  counts: InventoryImportedV1['counts'];
}

/** Records are flat; jsonb gives their keys back in its own order, so compare them by sorted keys. */
const canonical = (record: InventorySystemRecord): string => JSON.stringify(record, Object.keys(record).sort());
const same = (left: InventorySystemRecord, right: InventorySystemRecord): boolean => canonical(left) === canonical(right);

/** What an import changes, system by system, against what the inventory holds. */
export function diffInventory(stored: ReadonlyMap<string, StoredSystem>, records: readonly InventorySystemRecord[]) {
  const changes: { record: InventorySystemRecord; change: SystemChange }[] = [];
  const unchanged: string[] = [];
  const present = new Set(records.map((record) => record.objectId));
  for (const record of records) {
    const before = stored.get(record.objectId);
    if (!before) changes.push({ record, change: 'added' });
    else if (before.missingSince !== null) changes.push({ record, change: 'returned' });
    else if (!same(before.record, record)) changes.push({ record, change: 'changed' });
    else unchanged.push(record.objectId);
  }
  for (const [objectId, before] of stored) {
    if (!present.has(objectId) && before.missingSince === null) changes.push({ record: before.record, change: 'marked_missing' });
  }
  const count = (change: SystemChange) => changes.filter((item) => item.change === change).length;
  return {
    changes,
    unchanged,
    counts: {
      rows: records.length,
      added: count('added'),
      changed: count('changed'),
      unchanged: unchanged.length,
      markedMissing: count('marked_missing'),
      returned: count('returned'),
    },
  };
}

/**
 * An import of the state's existing systems from an Architecture portal export: a new version of
 * the inventory. A system the file no longer lists is marked missing, never deleted; one that
 * comes back is marked returned. A dry run says what would change and changes nothing.
 */
@Injectable()
export class ImportInventoryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inventory: InventoryRepository,
    private readonly index: OverlapIndex,
    private readonly outbox: CatalogueOutbox,
    private readonly clock: Clock,
  ) {}

  async execute(context: RequestContext, command: InventoryImportCommand): Promise<InventoryImportResult> {
    const { records, problems } = parseInventory(command.content, command.format);
    if (problems.length > 0) throw DomainError.validation(problems.slice(0, 100));
    const actor = actorOf(context.principal, INVENTORY_ADMINS);
    return inTransaction(this.dataSource, async (manager) => {
      const version = await this.inventory.lockImports(manager);
      const diff = diffInventory(await this.inventory.current(manager), records);
      if (command.dryRun) return { importId: null, version, dryRun: true, counts: diff.counts };
      const importId = randomUUID();
      const importedAt = this.clock.now();
      await this.inventory.insertImport(manager, {
        id: importId,
        version,
        source: command.source,
        format: command.format,
        importedAt,
        importedBy: actor,
        counts: diff.counts,
      });
      await this.inventory.record(manager, importId, diff.changes, importedAt);
      await this.inventory.touch(manager, importId, diff.unchanged);
      await this.indexChanges(manager, diff.changes, importedAt);
      await this.outbox.append(manager, {
        type: 'catalogue.inventory_imported.v1',
        aggregateId: null,
        actor,
        correlationId: context.requestId,
        payload: {
          importId,
          version,
          source: command.source,
          format: command.format,
          importedAt: importedAt.toISOString(),
          counts: diff.counts,
        },
      });
      return { importId, version, dryRun: false, counts: diff.counts };
    });
  }

  private async indexChanges(
    manager: EntityManager,
    changes: readonly { record: InventorySystemRecord; change: SystemChange }[],
    at: Date,
  ) {
    const glossary = await this.index.glossary(manager);
    for (const { record, change } of changes) {
      await this.index.put(manager, systemDocument(glossary, record, change !== 'marked_missing'), at);
    }
  }
}
