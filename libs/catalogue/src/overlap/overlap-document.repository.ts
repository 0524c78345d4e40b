import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { OverlapHitKind } from '@qaztech/contracts';
import { OverlapDocument } from './overlap-document';

/** A document of the overlap index as its row reads. */
export interface DocumentRow {
  kind: OverlapHitKind;
  ref: string;
  agency_bin: string | null;
  agency_name: string | null;
  label: string;
  title_kk: string;
  title_ru: string;
  body_kk: string;
  body_ru: string;
  functions: string[];
  data_objects: string[];
  concepts: string[];
  active: boolean;
  details: Record<string, unknown>;
}

export function documentOf(row: DocumentRow): OverlapDocument {
  return {
    kind: row.kind,
    ref: row.ref,
    agencyBin: row.agency_bin,
    agencyName: row.agency_name,
    label: row.label,
    titleKk: row.title_kk,
    titleRu: row.title_ru,
    body: { kk: row.body_kk, ru: row.body_ru },
    functions: row.functions,
    dataObjects: row.data_objects,
    concepts: row.concepts,
    active: row.active,
    details: row.details,
  };
}

/** The search index's writes: one row per system, request and decision the catalogue knows. */
@Injectable()
export class OverlapDocumentRepository {
  async upsert(manager: EntityManager, document: OverlapDocument, at: Date): Promise<void> {
    await preparedQuery(
      manager,
      'catalogue.overlap_document_1',
      `INSERT INTO catalogue.overlap_documents
         (kind, ref, agency_bin, agency_name, label, title_kk, title_ru, body_kk, body_ru, functions, data_objects, concepts, active, details, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (kind, ref) DO UPDATE SET
         agency_bin = excluded.agency_bin, agency_name = excluded.agency_name, label = excluded.label,
         title_kk = excluded.title_kk, title_ru = excluded.title_ru, body_kk = excluded.body_kk, body_ru = excluded.body_ru,
         functions = excluded.functions, data_objects = excluded.data_objects, concepts = excluded.concepts,
         active = excluded.active, details = excluded.details, updated_at = excluded.updated_at`,
      [
        document.kind,
        document.ref,
        document.agencyBin,
        document.agencyName,
        document.label,
        document.titleKk,
        document.titleRu,
        document.body.kk,
        document.body.ru,
        document.functions,
        document.dataObjects,
        document.concepts,
        document.active,
        JSON.stringify(document.details),
        at,
      ],
    );
  }

  async find(manager: EntityManager, kind: OverlapHitKind, ref: string): Promise<OverlapDocument | null> {
    const rows = (await preparedQuery(
      manager,
      'catalogue.overlap_document_2',
      'SELECT * FROM catalogue.overlap_documents WHERE kind = $1 AND ref = $2',
      [kind, ref],
    )) as DocumentRow[];
    return rows[0] ? documentOf(rows[0]) : null;
  }

  /** Marks a document active or not, merging `details` into what it holds. */
  async mark(
    manager: EntityManager,
    kind: OverlapHitKind,
    ref: string,
    active: boolean,
    details: Record<string, unknown>,
    at: Date,
  ): Promise<boolean> {
    const rows = await preparedQuery(
      manager,
      'catalogue.overlap_document_3',
      `UPDATE catalogue.overlap_documents SET active = $3, details = details || $4::jsonb, updated_at = $5
        WHERE kind = $1 AND ref = $2 RETURNING ref`,
      [kind, ref, active, JSON.stringify(details), at],
    );
    return rows.length > 0;
  }

  /** Every document, for recomputing what the glossary finds in them after it changed. */
  async all(manager: EntityManager): Promise<OverlapDocument[]> {
    return (
      (await preparedQuery(
        manager,
        'catalogue.overlap_document_4',
        'SELECT * FROM catalogue.overlap_documents ORDER BY position',
        [],
      )) as DocumentRow[]
    ).map(documentOf);
  }

  async setConcepts(manager: EntityManager, documents: readonly OverlapDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await preparedQuery(
      manager,
      'catalogue.overlap_document_5',
      `UPDATE catalogue.overlap_documents d SET concepts = u.concepts, data_objects = u.data_objects
         FROM jsonb_to_recordset($1::jsonb) AS u(kind text, ref text, concepts text[], data_objects text[])
        WHERE d.kind = u.kind AND d.ref = u.ref`,
      [JSON.stringify(documents.map((doc) => ({ kind: doc.kind, ref: doc.ref, concepts: doc.concepts, data_objects: doc.dataObjects })))],
    );
  }
}
