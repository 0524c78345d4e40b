import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OverlapHitKind } from '@qaztech/contracts';
import { Glossary } from './glossary';
import { GlossaryRepository } from './glossary.repository';
import { OverlapDocument } from './overlap-document';
import { OverlapDocumentRepository } from './overlap-document.repository';

/**
 * The search index as the catalogue's use cases and event handlers keep it: documents built with
 * the glossary in force, and rebuilt when the glossary changes.
 */
@Injectable()
export class OverlapIndex {
  constructor(
    private readonly documents: OverlapDocumentRepository,
    private readonly glossaries: GlossaryRepository,
  ) {}

  glossary(manager: EntityManager): Promise<Glossary> {
    return this.glossaries.current(manager);
  }

  async put(manager: EntityManager, document: OverlapDocument, at: Date): Promise<void> {
    await this.documents.upsert(manager, document, at);
  }

  find(manager: EntityManager, kind: OverlapHitKind, ref: string): Promise<OverlapDocument | null> {
    return this.documents.find(manager, kind, ref);
  }

  mark(
    manager: EntityManager,
    kind: OverlapHitKind,
    ref: string,
    active: boolean,
    details: Record<string, unknown>,
    at: Date,
  ): Promise<boolean> {
    return this.documents.mark(manager, kind, ref, active, details, at);
  }

  /**
   * Finds the glossary's concepts again in every document: after an extension, old records meet
   * new ones through the new terms too. Declared data-object codes are kept apart in `details`.
   */
  async reindex(manager: EntityManager): Promise<number> {
    const glossary = await this.glossaries.current(manager);
    const documents = await this.documents.all(manager);
    const updated = documents.map((document) => {
      const concepts = [...new Set([...glossary.concepts(document.body.kk), ...glossary.concepts(document.body.ru)])];
      const declared = Array.isArray(document.details.declaredDataObjects) ? (document.details.declaredDataObjects as string[]) : [];
      const objects = concepts.filter((id) => glossary.kinds.get(id) === 'data_object');
      return { ...document, concepts, dataObjects: [...new Set([...declared, ...objects])] };
    });
    await this.documents.setConcepts(manager, updated);
    return updated.length;
  }
}
