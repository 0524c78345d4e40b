import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsAmountKzt, IsCalendarDate, IsKzIdentifier, NestedObject, NestedObjects } from '@qaztech/platform';
import { DATA_OBJECT_CODES, STATE_FUNCTION_CODES } from '@qaztech/contracts';
import {
  AI_RISK_LEVELS,
  APPLICANT_KINDS,
  ARCHITECTURE_OBJECT_ID,
  DATA_CATEGORIES,
  FUNDING_SOURCES,
  INVESTMENT_PROJECT_ID,
  REASON_CATEGORIES,
  SYSTEM_KINDS,
} from './catalogues';
import { CapabilityClaimDto, ReasonEvidenceDto } from './reason-claims.dto';

/*
 * Every field is optional: a draft is saved as the agency writes it. What a submission needs is
 * checked at submission (completeness.ts); here only the shape and limits of what is present.
 * `null` removes a field in a PATCH (JSON Merge Patch).
 */
const NAME = 500;
const TEXT = 10_000;

export class ContactPersonDto {
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) fullName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) position?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '+77172000000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/)
  phone?: string | null;
}

export class ApplicantDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'BIN of the applicant: must be your own organisation',
    example: '940140000385',
  })
  @IsOptional()
  @IsKzIdentifier()
  bin?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) nameKk?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) nameRu?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: APPLICANT_KINDS }) @IsOptional() @IsIn(APPLICANT_KINDS) kind?: string | null;
  @ApiPropertyOptional({ type: () => ContactPersonDto })
  @IsOptional()
  @NestedObject(() => ContactPersonDto)
  contactPerson?: ContactPersonDto | null;
}

export class SystemDto {
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) titleKk?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) titleRu?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(NAME) titleEn?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) purpose?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: SYSTEM_KINDS }) @IsOptional() @IsIn(SYSTEM_KINDS) kind?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(100_000_000) expectedUsers?:
    number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: STATE_FUNCTION_CODES,
    isArray: true,
    description: 'The state functions it performs (vocabulary)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STATE_FUNCTION_CODES.length)
  @ArrayUnique()
  @IsIn(STATE_FUNCTION_CODES, { each: true })
  functions?: string[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What the function codes do not say' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  functionsNote?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: DATA_OBJECT_CODES,
    isArray: true,
    description: 'The kinds of records it keeps (vocabulary)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DATA_OBJECT_CODES.length)
  @ArrayUnique()
  @IsIn(DATA_OBJECT_CODES, { each: true })
  dataObjects?: string[] | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The object's id in the Architecture portal of e-government, when it has one",
    example: '104523',
  })
  @IsOptional()
  @Matches(ARCHITECTURE_OBJECT_ID)
  architectureObjectId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The state investment project id, when the build has one',
    example: 'IP-2026-0412',
  })
  @IsOptional()
  @Matches(INVESTMENT_PROJECT_ID)
  investmentProjectId?: string | null;
}

export class ReasonDto {
  @ApiPropertyOptional({ type: String, nullable: true, enum: REASON_CATEGORIES }) @IsOptional() @IsIn(REASON_CATEGORIES) category?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why this makes QazTech impossible for the system' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  explanation?: string | null;

  @ApiPropertyOptional({
    type: () => [CapabilityClaimDto],
    description: 'The catalogue capabilities this reason concerns, and what each lacks',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @NestedObjects(() => CapabilityClaimDto)
  capabilities?: CapabilityClaimDto[] | null;

  @ApiPropertyOptional({ type: () => ReasonEvidenceDto, description: "The evidence the reason's category calls for" })
  @IsOptional()
  @NestedObject(() => ReasonEvidenceDto)
  evidence?: ReasonEvidenceDto | null;
}

export class AlternativeDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The QazTech service or component assessed' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  name?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) whyItFails?: string | null;
}

export class JustificationDto {
  @ApiPropertyOptional({ type: () => [ReasonDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @NestedObjects(() => ReasonDto)
  reasons?: ReasonDto[] | null;

  @ApiPropertyOptional({ type: () => [AlternativeDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @NestedObjects(() => AlternativeDto)
  alternativesAssessed?: AlternativeDto[] | null;
}

export class HostingDto {
  @ApiPropertyOptional({ type: Boolean, nullable: true }) @IsOptional() @IsBoolean() inKazakhstan?: boolean | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Data centre or provider' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  location?: string | null;
}

export class AiUseDto {
  @ApiPropertyOptional({ type: Boolean, nullable: true }) @IsOptional() @IsBoolean() used?: boolean | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: AI_RISK_LEVELS }) @IsOptional() @IsIn(AI_RISK_LEVELS) riskLevel?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) description?: string | null;
}

export class DataDto {
  @ApiPropertyOptional({ enum: DATA_CATEGORIES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DATA_CATEGORIES.length)
  @IsIn(DATA_CATEGORIES, { each: true })
  categories?: string[] | null;
  @ApiPropertyOptional({ type: () => HostingDto })
  @IsOptional()
  @NestedObject(() => HostingDto)
  hosting?: HostingDto | null;
  @ApiPropertyOptional({ type: () => AiUseDto }) @IsOptional() @NestedObject(() => AiUseDto) ai?: AiUseDto | null;
}

export class BudgetDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'KZT, a decimal string with up to two decimals',
    example: '1500000000.00',
  })
  @IsOptional()
  @IsAmountKzt()
  amountKzt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: FUNDING_SOURCES }) @IsOptional() @IsIn(FUNDING_SOURCES) fundingSource?:
    string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The applicant's estimate of building the same on QazTech, KZT",
    example: '2100000000.00',
  })
  @IsOptional()
  @IsAmountKzt()
  platformAlternativeKzt?: string | null;
}

export class TimelineDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-01-15' }) @IsOptional() @IsCalendarDate() plannedStart?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-12-01' }) @IsOptional() @IsCalendarDate() goLive?: string | null;
}

/** The body of POST /requests and PATCH /requests/:id. */
export class RequestContentDto {
  @ApiPropertyOptional({ type: () => ApplicantDto })
  @IsOptional()
  @NestedObject(() => ApplicantDto)
  applicant?: ApplicantDto | null;
  @ApiPropertyOptional({ type: () => SystemDto }) @IsOptional() @NestedObject(() => SystemDto) system?: SystemDto | null;
  @ApiPropertyOptional({ type: () => JustificationDto })
  @IsOptional()
  @NestedObject(() => JustificationDto)
  justification?: JustificationDto | null;
  @ApiPropertyOptional({ type: () => DataDto }) @IsOptional() @NestedObject(() => DataDto) data?: DataDto | null;
  @ApiPropertyOptional({ type: () => BudgetDto }) @IsOptional() @NestedObject(() => BudgetDto) budget?: BudgetDto | null;
  @ApiPropertyOptional({ type: () => TimelineDto })
  @IsOptional()
  @NestedObject(() => TimelineDto)
  timeline?: TimelineDto | null;
}
