import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OPINION_VERDICTS, OpinionVerdict } from '@qaztech/contracts';
import { ActSignatureDto, INT4_MAX, NestedObject, NestedObjects } from '@qaztech/platform';
import { CounterOfferDto, GapAnswerDto, ReasonRatingDto } from './claim-assessment.dto';

export class SubmitOpinionDto {
  @ApiProperty({ description: 'The request version reviewed; it must be the current one' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  @ApiProperty({ enum: OPINION_VERDICTS })
  @IsIn(OPINION_VERDICTS)
  verdict!: OpinionVerdict;

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  findings!: string;

  @ApiPropertyOptional({ type: [String], description: 'Conditions the expert proposes the Commission attach' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  proposedConditions?: string[];

  @ApiPropertyOptional({
    type: [GapAnswerDto],
    description: 'Technical opinion: an answer to every capability gap the reviewed version claims',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(600)
  @NestedObjects(() => GapAnswerDto)
  gapAnswers?: GapAnswerDto[];

  @ApiPropertyOptional({ type: CounterOfferDto, description: 'Technical opinion, where the platform can serve: what it offers instead' })
  @IsOptional()
  @NestedObject(() => CounterOfferDto)
  counterOffer?: CounterOfferDto;

  @ApiPropertyOptional({ type: [ReasonRatingDto], description: 'Security and legal opinions: a rating of every reason' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @NestedObjects(() => ReasonRatingDto)
  reasonRatings?: ReasonRatingDto[];

  @ApiPropertyOptional({
    type: ActSignatureDto,
    description: 'The qualified signature over this act’s signing document; required when SIGNATURES_REQUIRED is on',
  })
  @IsOptional()
  @NestedObject(() => ActSignatureDto)
  signature?: ActSignatureDto;
}
