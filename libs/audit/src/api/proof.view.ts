import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VerificationResult } from '../log';
import { ConsistencyProofView, InclusionProofView } from '../log-store/proof.service';
import { EntryView } from './entry.view';

/* The ledger's proofs and checks as the HTTP API describes them. */

export class InclusionProofAnswer implements InclusionProofView {
  @ApiProperty() index!: number;
  @ApiProperty({ description: 'Tree size of the signed checkpoint the proof is against' }) size!: number;
  @ApiProperty() leafHash!: string;
  @ApiProperty({ type: [String], description: 'Hex hashes, RFC 9162 order' }) proof!: string[];
  @ApiProperty() rootHash!: string;
  @ApiProperty({ description: 'The signed checkpoint note' }) checkpoint!: string;
}

export class ConsistencyProofAnswer implements ConsistencyProofView {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [String] }) proof!: string[];
  @ApiProperty() fromRootHash!: string;
  @ApiProperty() toRootHash!: string;
  @ApiProperty() fromCheckpoint!: string;
  @ApiProperty() toCheckpoint!: string;
}

export class LedgerEntryAnswer extends EntryView {
  @ApiProperty({ description: 'The leaf, base64' }) leaf!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) salt!: string | null;
  @ApiProperty({ type: () => InclusionProofAnswer }) inclusion!: InclusionProofAnswer;
}

class ChainCheckAnswer {
  @ApiProperty() ok!: boolean;
  @ApiProperty() length!: number;
  @ApiPropertyOptional() firstBadIndex?: number;
  @ApiPropertyOptional() problem?: string;
}

export class HistoryStepAnswer extends EntryView {
  @ApiProperty({ description: 'The step in words' }) what!: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The request version the step concerns' }) version!: number | null;
}

export class HistoryAnswer {
  @ApiProperty() requestId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) registrationNumber!: string | null;
  @ApiProperty({ type: () => [HistoryStepAnswer] }) steps!: HistoryStepAnswer[];
  @ApiProperty({ type: () => ChainCheckAnswer }) chain!: ChainCheckAnswer;
  @ApiPropertyOptional({ type: () => InclusionProofAnswer, nullable: true, description: 'The newest step ties the chain to a checkpoint' })
  newestStepInclusion!: InclusionProofAnswer | null;
}

class VerificationProblemAnswer {
  @ApiProperty() code!: string;
  @ApiPropertyOptional() index?: number;
  @ApiProperty() message!: string;
}

class CheckpointSummaryAnswer {
  @ApiProperty() size!: number;
  @ApiProperty() rootHash!: string;
}

class TilesCheckAnswer {
  @ApiProperty() size!: number;
  @ApiProperty() ok!: boolean;
}

export class VerificationAnswer implements VerificationResult {
  @ApiProperty() ok!: boolean;
  @ApiProperty() entries!: number;
  @ApiProperty() checkpoints!: number;
  @ApiProperty() checkpointsNotCovered!: number;
  @ApiProperty() erasedPayloads!: number;
  @ApiProperty() chainsChecked!: number;
  @ApiProperty() anchoredOutside!: number;
  @ApiProperty() entriesWithoutCheckpoint!: number;
  @ApiPropertyOptional() firstBadIndex?: number;
  @ApiPropertyOptional({ type: () => VerificationProblemAnswer }) problem?: VerificationResult['problem'];
  @ApiPropertyOptional({ type: () => CheckpointSummaryAnswer }) latestCheckpoint?: CheckpointSummaryAnswer;
  @ApiPropertyOptional({
    type: () => TilesCheckAnswer,
    nullable: true,
    description: 'Proofs are served from the tiles: their root must be the latest signed one',
  })
  tiles!: TilesCheckAnswer | null;
}
