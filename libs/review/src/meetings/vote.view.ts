import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VOTE_CHOICES, VoteChoice } from '@qaztech/contracts';
import { VoteEntity } from './vote.entity';

export class VoteView {
  @ApiProperty() itemId!: string;
  @ApiProperty() memberId!: string;
  @ApiProperty() memberName!: string;
  @ApiProperty({ enum: [...VOTE_CHOICES, 'recused'] }) choice!: VoteChoice | 'recused';
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why the member is recused' }) grounds!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty() castAt!: string;
}

export class VoteTallyView {
  @ApiProperty() for!: number;
  @ApiProperty() against!: number;
  @ApiProperty() abstain!: number;
  @ApiProperty() recused!: number;
  @ApiProperty() present!: number;
  @ApiProperty() membership!: number;
  @ApiProperty() quorumMet!: boolean;
  @ApiPropertyOptional({ enum: ['for', 'against'], nullable: true, description: "The chair's vote, when it broke a tie" })
  castingVote!: 'for' | 'against' | null;
}

export function toVoteView(vote: VoteEntity): VoteView {
  const { itemId, memberId, memberName, choice, grounds, reason } = vote;
  return { itemId, memberId, memberName, choice, grounds, reason, castAt: vote.castAt.toISOString() };
}
