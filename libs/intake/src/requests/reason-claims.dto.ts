import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CAPABILITY_GAPS } from '@qaztech/contracts';
import { NestedObject } from '@qaztech/platform';
import { CAPABILITY_ID, LEGAL_ACT_ID, LOAD_UNITS } from './catalogues';

/*
 * What a reason claims against the QazTech catalogue, and its evidence. Every field optional, as
 * in the rest of a draft: what a submission needs is checked at submission (claims.ts).
 */
const SHORT = 500;
const TEXT = 10_000;

export class CapabilityClaimDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The id of an entry of the capability catalogue (/catalogue/capabilities)',
    example: 'notifications',
  })
  @IsOptional()
  @Matches(CAPABILITY_ID)
  capabilityId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: CAPABILITY_GAPS,
    description: 'absent: the platform has nothing; insufficient: it has, but not enough',
  })
  @IsOptional()
  @IsIn(CAPABILITY_GAPS)
  gap?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'For insufficient: the published limit that is not enough',
    example: '5 000 messages per second',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  limit?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'For insufficient: the figure the system needs',
    example: '70 000 messages per second',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  needed?: string | null;
}

export class LoadFiguresDto {
  @ApiPropertyOptional({ type: String, nullable: true, enum: LOAD_UNITS }) @IsOptional() @IsIn(LOAD_UNITS) unit?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: "The system's peak load, in the unit" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e15)
  peak?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: "The capability's limit as the catalogue publishes it, in the unit" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e15)
  publishedLimit?: number | null;
}

/** Which field a category needs: see EVIDENCE_BY_CATEGORY; the others may stay empty. */
export class ReasonEvidenceDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'state_secrets: the reference of the classification act' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  classificationActRef?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'dsp_data: the item of the official list of restricted information' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  dspListItem?: string | null;

  @ApiPropertyOptional({
    type: () => LoadFiguresDto,
    description: "performance_or_scale: the load beside the capability's published limit",
  })
  @IsOptional()
  @NestedObject(() => LoadFiguresDto)
  load?: LoadFiguresDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'legal_mandate: the act id as on adilet.zan.kz (Z…, P…, V…)',
    example: 'Z1500000418',
  })
  @IsOptional()
  @Matches(LEGAL_ACT_ID)
  legalActId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'special_hardware_or_network: the specification of the hardware or network',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  specification?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'international_obligations: the treaty' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  treaty?: string | null;
}
