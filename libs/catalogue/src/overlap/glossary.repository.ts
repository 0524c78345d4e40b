import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventActor, GlossaryTermV1 } from '@qaztech/contracts';
import { Clock, preparedQuery } from '@qaztech/platform';
import { Glossary } from './glossary';

/** The glossary's seed, as data beside the code. */
export function loadGlossarySeed(): GlossaryTermV1[] {
  const file = JSON.parse(readFileSync(join(__dirname, 'glossary.json'), 'utf8')) as { terms: GlossaryTermV1[] };
  return file.terms;
}

export interface GlossaryTermRow extends GlossaryTermV1 {
  seeded: boolean;
}

const TERMS = 'SELECT id, kind, kk, ru, seeded FROM catalogue.glossary_terms ORDER BY id';

/**
 * The kk↔ru glossary, kept in the catalogue's schema: seeded on a fresh start, extended by the
 * admin. The matcher built from it is kept until the table changes (a digest of its rows is
 * checked on each use, one cheap query, so every replica sees an extension at once).
 */
@Injectable()
export class GlossaryRepository {
  private cached: { signature: string; glossary: Glossary } | undefined;

  constructor(private readonly clock: Clock) {}

  /** Adds each term the glossary has never held; the admin's changes stay. */
  async seed(manager: EntityManager, terms: readonly GlossaryTermV1[], actor: EventActor): Promise<void> {
    await preparedQuery(
      manager,
      'catalogue.glossary_seed',
      `INSERT INTO catalogue.glossary_terms (id, kind, kk, ru, seeded, recorded_at, recorded_by)
       SELECT t.id, t.kind, t.kk, t.ru, true, $2, $3::jsonb FROM jsonb_to_recordset($1::jsonb) AS t(id text, kind text, kk text[], ru text[])
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(terms), this.clock.now(), JSON.stringify(actor)],
    );
  }

  /** The matcher of the glossary as the transaction sees it. */
  async current(manager: EntityManager): Promise<Glossary> {
    const [state] = await preparedQuery<{ signature: string }>(
      manager,
      'catalogue.glossary_signature',
      `SELECT md5(coalesce(string_agg(id || kind || kk::text || ru::text, ',' ORDER BY id), '')) AS signature FROM catalogue.glossary_terms`,
      [],
    );
    if (this.cached?.signature === state!.signature) return this.cached.glossary;
    const rows = await preparedQuery<GlossaryTermRow>(manager, 'catalogue.glossary_terms', TERMS, []);
    const glossary = new Glossary(rows.map(({ id, kind, kk, ru }) => ({ id, kind, kk, ru })));
    this.cached = { signature: state!.signature, glossary };
    return glossary;
  }

  async list(manager: EntityManager): Promise<GlossaryTermRow[]> {
    return preparedQuery<GlossaryTermRow>(manager, 'catalogue.glossary_terms', TERMS, []);
  }

  /** Adds or replaces a term; true when it replaced one. */
  async put(manager: EntityManager, term: GlossaryTermV1, actor: EventActor): Promise<boolean> {
    const [row] = await preparedQuery<{ replaced: boolean }>(
      manager,
      'catalogue.glossary_put',
      `INSERT INTO catalogue.glossary_terms (id, kind, kk, ru, seeded, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, false, $5, $6)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, kk = excluded.kk, ru = excluded.ru, seeded = false,
         recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
       RETURNING (xmax <> 0) AS replaced`,
      [term.id, term.kind, term.kk, term.ru, this.clock.now(), JSON.stringify(actor)],
    );
    return row!.replaced;
  }
}
