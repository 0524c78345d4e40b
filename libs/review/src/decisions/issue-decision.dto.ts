import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DECISION_OUTCOMES, DecisionOutcome } from '@qaztech/contracts';
import { ActSignatureDto, IsCalendarDate, NestedObject, NestedObjects } from '@qaztech/platform';

export class DecisionConditionDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;

  @ApiProperty({ description: 'Who must meet the condition' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  owner!: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsCalendarDate()
  dueDate!: string;
}

export class ReasoningDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  kk!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  ru!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  en?: string;
}

export class AcceptedGapDto {
  @ApiProperty({ description: "The reason's position in the decided version's justification.reasons, from 0" })
  @IsInt()
  @Min(0)
  @Max(19)
  reasonIndex!: number;

  @ApiProperty({ example: 'notifications' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  capabilityId!: string;
}

export class IssueDecisionDto {
  @ApiProperty({ enum: DECISION_OUTCOMES })
  @IsIn(DECISION_OUTCOMES)
  outcome!: DecisionOutcome;

  @ApiPropertyOptional({ type: [DecisionConditionDto], description: 'Required for, and only for, approval with conditions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @NestedObjects(() => DecisionConditionDto)
  conditions?: DecisionConditionDto[];

  @ApiProperty({ type: ReasoningDto, description: 'The reasoning in Kazakh and Russian (English optional)' })
  @NestedObject(() => ReasoningDto)
  reasoning!: ReasoningDto;

  @ApiPropertyOptional({ description: 'Last day the exemption is valid: required for approvals' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @ApiPropertyOptional({
    type: [Number],
    description: "The reasons the Commission accepted: positions in the decided version's justification.reasons",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(19, { each: true })
  acceptedReasons?: number[];

  @ApiPropertyOptional({
    type: [AcceptedGapDto],
    description: 'The claimed capability gaps the Commission accepted; the register lists them as found missing',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(600)
  @NestedObjects(() => AcceptedGapDto)
  acceptedGaps?: AcceptedGapDto[];

  @ApiPropertyOptional({
    description: "On a refusal: the technical opinion's counter-offer becomes the platform operator's obligation to the applicant",
  })
  @IsOptional()
  @IsBoolean()
  bindCounterOffer?: boolean;

  @ApiProperty({ description: "The chair's position, as signed", example: 'Председатель Комиссии' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  chairPosition!: string;

  @ApiPropertyOptional({
    type: ActSignatureDto,
    description: 'The qualified signature over this act’s signing document; required when SIGNATURES_REQUIRED is on',
  })
  @IsOptional()
  @NestedObject(() => ActSignatureDto)
  signature?: ActSignatureDto;
}

export class RevokeDecisionDto {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reasons!: string;

  @ApiPropertyOptional({
    type: ActSignatureDto,
    description: 'The qualified signature over this act’s signing document; required when SIGNATURES_REQUIRED is on',
  })
  @IsOptional()
  @NestedObject(() => ActSignatureDto)
  signature?: ActSignatureDto;
}

export class RequestReconsiderationDto {
  @ApiProperty({ maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  grounds!: string;
}
