import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPABILITY_GAPS, DECISION_OUTCOMES, PUBLICATION_KINDS } from '@qaztech/contracts';

/*
 * The public register's answers as the API describes them. A record is served as it was signed,
 * byte for byte (its JWS covers it), so these classes describe it and never reshape it.
 */

class RecordApplicantView {
  @ApiProperty() bin!: string;
  @ApiProperty() nameKk!: string;
  @ApiProperty() nameRu!: string;
}

class RecordSystemView {
  @ApiProperty() titleKk!: string;
  @ApiProperty() titleRu!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) titleEn!: string | null;
}

class RecordBudgetView {
  @ApiProperty({ description: 'Tenge, as a decimal string' }) amountKzt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fundingSource!: string | null;
}

class RecordConditionView {
  @ApiProperty() text!: string;
  @ApiProperty() owner!: string;
  @ApiProperty() dueDate!: string;
}

class RecordMeetingView {
  @ApiProperty() date!: string;
  @ApiProperty() protocolNumber!: string;
}

class RecordTextsView {
  @ApiProperty() kk!: string;
  @ApiProperty() ru!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) en!: string | null;
}

class RecordSignerView {
  @ApiProperty() name!: string;
  @ApiProperty() position!: string;
}

class RecordRevocationView {
  @ApiProperty() reasons!: string;
}

class RecordMissingCapabilityView {
  @ApiProperty() capabilityId!: string;
  @ApiProperty({ enum: CAPABILITY_GAPS }) gap!: string;
}

export class PublishedRecordView {
  @ApiProperty({ description: "The record's own number in the register" }) recordNumber!: string;
  @ApiProperty({ enum: PUBLICATION_KINDS }) kind!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The earlier record this one corrects' }) correctionOf!: string | null;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty() registrationNumber!: string;
  @ApiProperty({ type: () => RecordApplicantView }) applicant!: RecordApplicantView;
  @ApiProperty({ type: () => RecordSystemView }) system!: RecordSystemView;
  @ApiProperty({ type: [String] }) reasonCategories!: string[];
  @ApiProperty({ type: [String] }) dataCategories!: string[];
  @ApiProperty({ type: () => RecordBudgetView }) budget!: RecordBudgetView;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: string;
  @ApiProperty({ type: () => [RecordConditionView] }) conditions!: RecordConditionView[];
  @ApiPropertyOptional({ nullable: true, type: String }) validUntil!: string | null;
  @ApiProperty({ type: () => RecordMeetingView }) meeting!: RecordMeetingView;
  @ApiProperty({ type: () => RecordTextsView }) texts!: RecordTextsView;
  @ApiProperty({ type: () => RecordSignerView }) signedBy!: RecordSignerView;
  @ApiProperty() decidedAt!: string;
  @ApiProperty() publishedAt!: string;
  @ApiPropertyOptional({ description: 'Records of version 2: true only on an approval’s own record' }) exemptionInForce?: boolean;
  @ApiPropertyOptional({ type: () => RecordRevocationView, nullable: true, description: 'Records of version 2, on a revocation' })
  revocation?: RecordRevocationView | null;
  @ApiPropertyOptional({
    type: () => [RecordMissingCapabilityView],
    description: 'Records of decisions: the QazTech capabilities the Commission found missing',
  })
  capabilitiesFoundMissing?: RecordMissingCapabilityView[];
}

export class LedgerAnchorView {
  @ApiProperty() leafIndex!: number;
  @ApiProperty() treeSize!: number;
  @ApiProperty() rootHash!: string;
  @ApiProperty({ description: 'The signed checkpoint note (C2SP signed note) of treeSize' }) checkpoint!: string;
}

export class PublicRecordLinksView {
  @ApiProperty() self!: string;
  @ApiProperty() jwks!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) correctionOf!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) supersededBy!: string | null;
}

export class PublicRecordView {
  @ApiProperty({ type: () => PublishedRecordView }) record!: PublishedRecordView;
  @ApiProperty({ description: "Compact JWS (EdDSA) over the record's canonical JSON" }) jws!: string;
  @ApiProperty({ description: 'The key in /public/jwks.json' }) kid!: string;
  @ApiProperty() sequence!: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The number of the record that corrects this one' })
  supersededBy!: string | null;
  @ApiPropertyOptional({ type: String, enum: PUBLICATION_KINDS, nullable: true }) supersededByKind!: string | null;
  @ApiPropertyOptional({ type: () => LedgerAnchorView, nullable: true, description: 'The ledger checkpoint that contains it' })
  anchor!: LedgerAnchorView | null;
  @ApiProperty({ type: () => PublicRecordLinksView }) links!: PublicRecordLinksView;
}

export class SimilarDecisionView {
  @ApiProperty() recordNumber!: string;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty() titleKk!: string;
  @ApiProperty() titleRu!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ description: 'The similar record in this register' }) href!: string;
}

/** One record, with the similar published decisions the catalogue found among the register's own (automated). */
export class PublicRecordWithSimilarView extends PublicRecordView {
  @ApiProperty({ type: () => [SimilarDecisionView], description: 'Public precedents only; chosen automatically, not part of the decision' })
  similarDecisions!: SimilarDecisionView[];
}

export class PublicRecordPageView {
  @ApiProperty({ type: () => [PublicRecordView] }) items!: PublicRecordView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null on the last page' }) nextCursor!: string | null;
}

export class JsonWebKeyView {
  @ApiProperty({ example: 'OKP' }) kty!: string;
  @ApiProperty({ example: 'Ed25519' }) crv!: string;
  @ApiProperty() x!: string;
  @ApiProperty() kid!: string;
  @ApiPropertyOptional({ example: 'EdDSA' }) alg?: string;
  @ApiPropertyOptional({ example: 'sig' }) use?: string;
}

export class JsonWebKeySetView {
  @ApiProperty({ type: () => [JsonWebKeyView], description: 'Current and retired keys: every signature ever made verifies' })
  keys!: JsonWebKeyView[];
}
