import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, Page, toPage, preparedQuery } from '@qaztech/platform';
import { SearchItemView } from '../overlap/overlap.views';
import { SEARCH_KINDS, SearchQueryDto } from './search.dto';

type Cursor = [string, string, string];

const acceptCursor = (values: unknown[]): Cursor | undefined => {
  const [at, kind, ref] = values;
  const valid = typeof at === 'string' && /^\d{1,20}$/.test(at) && typeof kind === 'string' && typeof ref === 'string' && ref.length <= 200;
  return valid ? [at, kind, ref] : undefined;
};

interface Row {
  kind: string;
  ref: string;
  label: string;
  agency_bin: string | null;
  active: boolean;
  details: Record<string, unknown>;
  updated_at: Date;
  at_us: string;
}

/**
 * The reviewers' search over what the catalogue knows: existing systems, requests, published
 * decisions and the capability catalogue, newest change first, paged by a cursor on that order
 * (stable while rows are added).
 */
@Injectable()
export class SearchQuery {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: SearchQueryDto): Promise<Page<SearchItemView>> {
    const limit = query.limit ?? 20;
    const kinds = query.kind && query.kind.length > 0 ? query.kind : [...SEARCH_KINDS];
    const after = query.cursor ? decodeCursor(query.cursor, acceptCursor) : null;
    const text = query.q?.trim() || null;
    const rows = (await preparedQuery(
      this.dataSource,
      'catalogue.search_1',
      `SELECT * FROM (
         SELECT d.kind, d.ref, d.label, d.agency_bin, d.active, d.details, d.updated_at,
                (extract(epoch FROM d.updated_at) * 1000000)::bigint AS at_us
           FROM catalogue.overlap_documents d
          WHERE d.kind = ANY($1::text[])
            AND ($2::text IS NULL OR d.tsv_ru @@ websearch_to_tsquery('russian', $2) OR d.tsv_kk @@ plainto_tsquery('catalogue.kazakh', $2)
                 OR d.title_all LIKE '%' || lower($2) || '%' OR d.ref = $2)
            AND ($3::text IS NULL OR d.agency_bin = $3)
            AND ($4::text IS NULL OR $4 = ANY(d.functions) OR $4 = ANY(d.concepts))
            AND ($5::text IS NULL OR $5 = ANY(d.data_objects))
            AND ($6::boolean IS NULL OR d.active = $6)
         UNION ALL
         SELECT 'capability', c.id, c.record->'names'->>'ru', NULL, NOT c.retired,
                jsonb_build_object('status', c.record->>'status', 'category', c.record->>'category', 'names', c.record->'names'),
                c.updated_at, (extract(epoch FROM c.updated_at) * 1000000)::bigint
           FROM catalogue.capabilities c
          WHERE 'capability' = ANY($1::text[]) AND $3::text IS NULL AND $4::text IS NULL AND $5::text IS NULL
            AND ($2::text IS NULL OR lower(c.record->>'names' || ' ' || (c.record->>'descriptions')) LIKE '%' || lower($2) || '%' OR c.id = $2)
            AND ($6::boolean IS NULL OR (NOT c.retired) = $6)
       ) found
       WHERE $7::bigint IS NULL OR (found.at_us, found.kind, found.ref) < ($7::bigint, $8::text, $9::text)
       ORDER BY found.at_us DESC, found.kind DESC, found.ref DESC
       LIMIT $10`,
      [
        kinds,
        text,
        query.agencyBin ?? null,
        query.function ?? null,
        query.dataObject ?? null,
        query.active ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
        limit + 1,
      ],
    )) as Row[];
    return toPage(
      rows,
      limit,
      (row) => ({
        kind: row.kind,
        ref: row.ref,
        label: row.label,
        agencyBin: row.agency_bin,
        active: row.active,
        details: row.details,
        updatedAt: row.updated_at.toISOString(),
      }),
      (row) => [String(row.at_us), row.kind, row.ref],
    );
  }
}
