import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GLOSSARY_TERM_KINDS, OVERLAP_HIT_KINDS } from '@qaztech/contracts';

/** The schemas the API description shows for overlap reports, the glossary and the search. */

export class LocalizedTextView {
  @ApiProperty() kk!: string;
  @ApiProperty() ru!: string;
  @ApiProperty() en!: string;
}

class MatchedWordsView {
  @ApiProperty({ enum: ['kk', 'ru'] }) language!: string;
  @ApiProperty({ description: 'The words as the text has them' }) words!: string;
}

export class MatchedTermView {
  @ApiProperty({ description: 'The glossary concept both texts name' }) concept!: string;
  @ApiProperty({ enum: GLOSSARY_TERM_KINDS }) kind!: string;
  @ApiPropertyOptional({ type: MatchedWordsView, nullable: true, description: 'How the request names it' })
  request!: MatchedWordsView | null;
  @ApiPropertyOptional({ type: MatchedWordsView, nullable: true, description: 'How the hit names it' }) match!: MatchedWordsView | null;
}

class SharedWordView {
  @ApiProperty({ enum: ['kk', 'ru'] }) language!: string;
  @ApiProperty({ description: 'The lexeme PostgreSQL’s text search made of the word' }) word!: string;
}

export class OverlapReasonsView {
  @ApiProperty({ type: [String], description: 'Function codes both declare' }) functions!: string[];
  @ApiProperty({ type: [String], description: 'Data objects both handle' }) dataObjects!: string[];
  @ApiProperty({ type: [MatchedTermView] }) terms!: MatchedTermView[];
  @ApiProperty({ type: [SharedWordView] }) words!: SharedWordView[];
  @ApiProperty({ description: 'Trigram similarity of the titles, 0 to 1' }) titleSimilarity!: number;
  @ApiProperty({ description: 'Both say what they do, and nothing they do is shared: the score was lowered' }) differentFunctions!: boolean;
}

class AgencyView {
  @ApiProperty({ type: String, nullable: true }) bin!: string | null;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class OverlapHitView {
  @ApiProperty({ enum: OVERLAP_HIT_KINDS }) kind!: string;
  @ApiProperty({ description: 'Object id, request id, or register record number' }) ref!: string;
  @ApiProperty() label!: string;
  @ApiProperty() titleKk!: string;
  @ApiProperty() titleRu!: string;
  @ApiProperty({ type: AgencyView }) agency!: AgencyView;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: OverlapReasonsView }) reasons!: OverlapReasonsView;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Status and dates; for a precedent its outcome and the capabilities found missing',
  })
  details!: Record<string, unknown>;
}

class MethodView {
  @ApiProperty() name!: string;
  @ApiProperty() version!: string;
  @ApiProperty() description!: string;
}

class AutomatedView {
  @ApiProperty({ type: LocalizedTextView }) notice!: LocalizedTextView;
  @ApiProperty({ type: MethodView }) method!: MethodView;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
  @ApiProperty({ enum: [true], description: 'Always true: the report decides nothing, a person does' }) decidesNothing!: true;
}

class SubjectView {
  @ApiProperty() titleKk!: string;
  @ApiProperty() titleRu!: string;
  @ApiProperty({ type: [String] }) functions!: string[];
  @ApiProperty({ type: [String] }) dataObjects!: string[];
  @ApiProperty({ type: [String], description: 'Glossary concepts found in its texts' }) concepts!: string[];
}

export class OverlapReportView {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty() requestVersion!: number;
  @ApiProperty({ type: String, nullable: true }) registrationNumber!: string | null;
  @ApiProperty({ enum: ['submitted', 'resubmitted', 'on_demand'] }) trigger!: string;
  @ApiProperty({ type: AutomatedView }) automated!: AutomatedView;
  @ApiProperty({ type: SubjectView }) subject!: SubjectView;
  @ApiProperty({ type: [OverlapHitView], description: 'Existing systems of the inventory' }) systems!: OverlapHitView[];
  @ApiProperty({ type: [OverlapHitView], description: 'Other agencies’ requests in flight' }) requests!: OverlapHitView[];
  @ApiProperty({ type: [OverlapHitView], description: 'Published decisions, with outcome and capabilities found missing' })
  precedents!: OverlapHitView[];
}

export class GlossaryTermView {
  @ApiProperty({ example: 'vehicle' }) id!: string;
  @ApiProperty({ enum: GLOSSARY_TERM_KINDS }) kind!: string;
  @ApiProperty({ type: [String], description: 'Kazakh stems' }) kk!: string[];
  @ApiProperty({ type: [String], description: 'Russian stems' }) ru!: string[];
  @ApiProperty({ description: 'From the seed file, not yet changed by the admin' }) seeded!: boolean;
}

export class GlossaryView {
  @ApiProperty({ type: [GlossaryTermView] }) items!: GlossaryTermView[];
}

export class SearchItemView {
  @ApiProperty({ enum: [...OVERLAP_HIT_KINDS, 'capability'] }) kind!: string;
  @ApiProperty() ref!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) agencyBin!: string | null;
  @ApiProperty({ description: 'In the inventory, in flight, standing, or in the catalogue in force' }) active!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SearchPageView {
  @ApiProperty({ type: [SearchItemView] }) items!: SearchItemView[];
  @ApiPropertyOptional() nextCursor?: string;
}
