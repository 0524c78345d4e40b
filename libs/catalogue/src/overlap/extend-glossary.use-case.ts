import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { GLOSSARY_TERM_KINDS, GlossaryTermKind, GlossaryTermV1 } from '@qaztech/contracts';
import { actorOf, DomainError, FieldErrorCode, inTransaction, RequestContext } from '@qaztech/platform';
import { CatalogueOutbox } from '../shared/catalogue-outbox';
import { GlossaryRepository } from './glossary.repository';
import { OverlapIndex } from './overlap-index';

export const GLOSSARY_ID = /^[a-z0-9][a-z0-9_.-]{1,62}$/;
export const GLOSSARY_EDITORS = ['admin'] as const;

export class GlossaryTermDto {
  @ApiProperty({ enum: GLOSSARY_TERM_KINDS })
  @IsIn(GLOSSARY_TERM_KINDS)
  kind!: GlossaryTermKind;

  @ApiProperty({ type: [String], description: 'Kazakh stems: a word matches when it starts with one', example: ['тірке'] })
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(80, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  kk!: string[];

  @ApiProperty({ type: [String], description: 'Russian stems', example: ['регистрац'] })
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(80, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  ru!: string[];
}

/**
 * The admin adds or replaces a glossary term. Every indexed document is matched again in the same
 * transaction, so a report computed after the change bridges the new words everywhere.
 */
@Injectable()
export class ExtendGlossaryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly glossary: GlossaryRepository,
    private readonly index: OverlapIndex,
    private readonly outbox: CatalogueOutbox,
  ) {}

  async execute(context: RequestContext, id: string, body: GlossaryTermDto): Promise<GlossaryTermV1 & { seeded: boolean }> {
    if (!GLOSSARY_ID.test(id)) throw DomainError.validation([{ field: 'id', code: FieldErrorCode.INVALID_ID }]);
    const term: GlossaryTermV1 = {
      id,
      kind: body.kind,
      kk: [...new Set(body.kk.map((stem) => stem.trim().toLowerCase()))],
      ru: [...new Set(body.ru.map((stem) => stem.trim().toLowerCase().replace(/ё/g, 'е')))],
    };
    const actor = actorOf(context.principal, GLOSSARY_EDITORS);
    return inTransaction(this.dataSource, async (manager) => {
      const replaced = await this.glossary.put(manager, term, actor);
      await this.index.reindex(manager);
      await this.outbox.append(manager, {
        type: 'catalogue.glossary_term_added.v1',
        aggregateId: null,
        actor,
        correlationId: context.requestId,
        payload: { term, replaced },
      });
      return { ...term, seeded: false };
    });
  }
}
