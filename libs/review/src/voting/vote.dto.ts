import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { VOTE_CHOICES, VoteChoice } from '@qaztech/contracts';

export class CastVoteDto {
  @ApiProperty({ enum: VOTE_CHOICES })
  @IsIn(VOTE_CHOICES)
  choice!: VoteChoice;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DeclareConflictDto {
  @ApiProperty({ description: 'The conflict of interest, in a sentence', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class CloseItemDto {
  @ApiPropertyOptional({
    enum: ['for', 'against'],
    description: "The chair's casting vote, needed only on a tie the chair's own vote does not break",
  })
  @IsOptional()
  @IsIn(['for', 'against'])
  castingVote?: 'for' | 'against';
}
