import { parse } from 'csv-parse/sync';
import { FieldError, FieldErrorCode, isValidKzIdentifier } from '@qaztech/platform';
import { CatalogueFieldError } from '../shared/catalogue-errors';

/** The official life of a system, as the Architecture portal records it. */
export const SYSTEM_STATUSES = ['creation', 'pilot', 'industrial', 'development', 'terminated'] as const;
export type SystemStatus = (typeof SYSTEM_STATUSES)[number];

export const INVENTORY_FORMATS = ['csv', 'json'] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

/** One existing system, with the Architecture portal's fields. */
export interface InventorySystemRecord {
  objectId: string;
  ownerBin: string;
  ownerName: string;
  nameKk: string;
  nameRu: string;
  status: SystemStatus;
  functions: string[];
  dataObjects: string[];
  goLiveDate: string | null;
  /** Not a portal field; some exports carry a description, which helps the search. */
  description: string | null;
}

/** CSV header names and their JSON twins; lists in CSV cells are separated by `;`. */
const COLUMNS: Record<string, keyof InventorySystemRecord> = {
  object_id: 'objectId',
  owner_bin: 'ownerBin',
  owner_name: 'ownerName',
  name_kk: 'nameKk',
  name_ru: 'nameRu',
  status: 'status',
  functions: 'functions',
  data_objects: 'dataObjects',
  go_live_date: 'goLiveDate',
  description: 'description',
};

export const MAX_INVENTORY_ROWS = 50_000;

export type ParsedInventory = { records: InventorySystemRecord[]; problems: FieldError[] };

/** The format a file's name says, or null. */
export function formatOfFileName(name: string): InventoryFormat | null {
  const extension = name.toLowerCase().split('.').pop();
  return extension === 'csv' || extension === 'json' ? extension : null;
}

function rawRows(content: string, format: InventoryFormat): Record<string, unknown>[] | null {
  try {
    if (format === 'csv') {
      const rows = parse(content, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false }) as Record<
        string,
        string
      >[];
      return rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([column, value]) => [COLUMNS[column.toLowerCase()] ?? column, value])),
      );
    }
    const parsed = JSON.parse(content) as unknown;
    const rows = Array.isArray(parsed) ? parsed : (parsed as { systems?: unknown })?.systems;
    return Array.isArray(rows) && rows.every((row) => typeof row === 'object' && row !== null) ? (rows as Record<string, unknown>[]) : null;
  } catch {
    return null;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(text) : text(value).split(';');
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ''))];
}

function recordOf(row: Record<string, unknown>, index: number, problems: FieldError[]): InventorySystemRecord {
  const at = (field: string) => `rows.${index}.${field}`;
  const record: InventorySystemRecord = {
    objectId: text(row.objectId),
    ownerBin: text(row.ownerBin),
    ownerName: text(row.ownerName),
    nameKk: text(row.nameKk),
    nameRu: text(row.nameRu),
    status: text(row.status).toLowerCase() as SystemStatus,
    functions: list(row.functions),
    dataObjects: list(row.dataObjects),
    goLiveDate: text(row.goLiveDate) || null,
    description: text(row.description) || null,
  };
  if (!record.objectId) problems.push({ field: at('objectId'), code: FieldErrorCode.REQUIRED });
  else if (record.objectId.length > 100) problems.push({ field: at('objectId'), code: FieldErrorCode.TOO_LONG, params: { max: 100 } });
  if (!isValidKzIdentifier(record.ownerBin)) problems.push({ field: at('ownerBin'), code: FieldErrorCode.INVALID_BIN });
  if (!record.ownerName) problems.push({ field: at('ownerName'), code: FieldErrorCode.REQUIRED });
  if (!record.nameKk && !record.nameRu) problems.push({ field: at('nameRu'), code: CatalogueFieldError.NAME_REQUIRED });
  if (!(SYSTEM_STATUSES as readonly string[]).includes(record.status)) {
    problems.push({ field: at('status'), code: FieldErrorCode.NOT_ALLOWED_VALUE, params: { allowed: SYSTEM_STATUSES.join(', ') } });
  }
  if (record.goLiveDate !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(record.goLiveDate) || Number.isNaN(Date.parse(record.goLiveDate)))) {
    problems.push({ field: at('goLiveDate'), code: FieldErrorCode.INVALID_DATE });
  }
  return record;
}

/**
 * Reads an inventory file whole and says everything wrong with it, row by row (`rows.3.ownerBin`):
 * an import takes a file entirely or not at all.
 */
export function parseInventory(content: string, format: InventoryFormat): ParsedInventory {
  const rows = rawRows(content, format);
  if (rows === null) return { records: [], problems: [{ field: 'content', code: CatalogueFieldError.UNREADABLE_FILE }] };
  if (rows.length === 0) return { records: [], problems: [{ field: 'content', code: FieldErrorCode.TOO_FEW, params: { min: 1 } }] };
  if (rows.length > MAX_INVENTORY_ROWS) {
    return { records: [], problems: [{ field: 'content', code: FieldErrorCode.TOO_MANY, params: { max: MAX_INVENTORY_ROWS } }] };
  }
  const problems: FieldError[] = [];
  const records = rows.map((row, index) => recordOf(row, index, problems));
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (record.objectId && seen.has(record.objectId))
      problems.push({ field: `rows.${index}.objectId`, code: FieldErrorCode.DUPLICATE_VALUE });
    seen.add(record.objectId);
  });
  return { records, problems };
}
