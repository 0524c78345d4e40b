import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
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
import { GAP_ANSWERS, GapAnswer, REASON_RATINGS, ReasonRating } from '@qaztech/contracts';
import { IsAmountKzt, IsCalendarDate } from '@qaztech/platform';

/** A catalogue entry's id, as the catalogue forms them. */
export const CAPABILITY_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const REASONS_AT_MOST = 20;

export class GapAnswerDto {
  @ApiProperty({ description: "The reason's position in the reviewed version's justification.reasons, from 0" })
  @IsInt()
  @Min(0)
  @Max(REASONS_AT_MOST - 1)
  reasonIndex!: number;

  @ApiProperty({ example: 'notifications' })
  @Matches(CAPABILITY_ID)
  capabilityId!: string;

  @ApiProperty({
    enum: GAP_ANSWERS,
    description: 'confirmed: the gap is real; available_now / available_by: the platform serves it; not_in_catalogue',
  })
  @IsIn(GAP_ANSWERS)
  answer!: GapAnswer;

  @ApiPropertyOptional({ description: 'For available_by: the date the platform serves it', example: '2027-09-01' })
  @IsOptional()
  @IsCalendarDate()
  availableBy?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CounterOfferDto {
  @ApiProperty({ type: [String], description: 'The capabilities the platform provides instead', example: ['notifications'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(CAPABILITY_ID, { each: true })
  capabilities!: string[];

  @ApiProperty({ example: '2027-12-01' })
  @IsCalendarDate()
  deliveryDate!: string;

  @ApiProperty({ description: 'KZT, a decimal string with up to two decimals', example: '350000000.00' })
  @IsAmountKzt()
  costKzt!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  terms?: string;
}

export class ReasonRatingDto {
  @ApiProperty({ description: "The reason's position in the reviewed version's justification.reasons, from 0" })
  @IsInt()
  @Min(0)
  @Max(REASONS_AT_MOST - 1)
  reasonIndex!: number;

  @ApiProperty({ enum: REASON_RATINGS })
  @IsIn(REASON_RATINGS)
  rating!: ReasonRating;

  @ApiPropertyOptional({ description: 'Required unless supported: what the expert requires of the applicant', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  requiredAction?: string;
}
