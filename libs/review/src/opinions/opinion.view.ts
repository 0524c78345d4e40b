import { ApiProperty } from '@nestjs/swagger';
import { EXPERT_KINDS, ExpertKind } from '@qaztech/contracts';
import { OpinionEntity } from './opinion.entity';

export class OpinionView {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() round!: number;
  @ApiProperty({ enum: EXPERT_KINDS }) kind!: ExpertKind;
  @ApiProperty() verdict!: string;
  @ApiProperty() findings!: string;
  @ApiProperty({ type: [String] }) proposedConditions!: string[];
  @ApiProperty() authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() submittedAt!: string;
}

export function toOpinionView(opinion: OpinionEntity): OpinionView {
  const { id, requestId, version, round, kind, verdict, findings, proposedConditions, authorId, authorName } = opinion;
  return {
    id,
    requestId,
    version,
    round,
    kind,
    verdict,
    findings,
    proposedConditions,
    authorId,
    authorName,
    submittedAt: opinion.submittedAt.toISOString(),
  };
}
