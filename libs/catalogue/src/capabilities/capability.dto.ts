import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsObject, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import {
  CAPABILITY_CATEGORIES,
  CAPABILITY_STATUSES,
  CapabilityCategory,
  CapabilityStatus,
  DATA_CLASSES,
  DataClass,
  THROUGHPUT_UNITS,
  ThroughputUnit,
} from '@qaztech/contracts';
import { IsCalendarDate, NestedObject } from '@qaztech/platform';

const NAME = 200;
const DESCRIPTION = 4000;

export class CapabilityNamesDto {
  @ApiProperty({ maxLength: NAME, example: 'Өздігінен қызмет көрсету порталы' })
  @IsString()
  @MinLength(1)
  @MaxLength(NAME)
  kk!: string;

  @ApiProperty({ maxLength: NAME, example: 'Портал самообслуживания' })
  @IsString()
  @MinLength(1)
  @MaxLength(NAME)
  ru!: string;

  @ApiProperty({ maxLength: NAME, example: 'Self-service portal' })
  @IsString()
  @MinLength(1)
  @MaxLength(NAME)
  en!: string;
}

export class CapabilityDescriptionsDto {
  @ApiProperty({ maxLength: DESCRIPTION }) @IsString() @MinLength(1) @MaxLength(DESCRIPTION) kk!: string;
  @ApiProperty({ maxLength: DESCRIPTION }) @IsString() @MinLength(1) @MaxLength(DESCRIPTION) ru!: string;
  @ApiProperty({ maxLength: DESCRIPTION }) @IsString() @MinLength(1) @MaxLength(DESCRIPTION) en!: string;
}

export class ThroughputDto {
  @ApiProperty({ minimum: 0, example: 500 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  value!: number;

  @ApiProperty({ enum: THROUGHPUT_UNITS })
  @IsIn(THROUGHPUT_UNITS)
  unit!: ThroughputUnit;
}

export class CapabilityLimitsDto {
  @ApiProperty({ enum: DATA_CLASSES, isArray: true, description: 'The kinds of data the capability may hold' })
  @IsArray()
  @ArrayMaxSize(DATA_CLASSES.length)
  @IsIn(DATA_CLASSES, { each: true })
  dataClasses!: DataClass[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NAME, description: 'Certification or attestation level' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME)
  certificationLevel?: string | null;

  @ApiPropertyOptional({ type: ThroughputDto, nullable: true })
  @IsOptional()
  @NestedObject(() => ThroughputDto)
  throughput?: ThroughputDto | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Other limits, by name' })
  @IsOptional()
  @IsObject()
  other?: Record<string, string>;
}

/** What describes an entry, apart from its status: the body of an update. */
export class CapabilityDescriptionDto {
  @ApiProperty({ enum: CAPABILITY_CATEGORIES })
  @IsIn(CAPABILITY_CATEGORIES)
  category!: CapabilityCategory;

  @ApiProperty({ type: CapabilityNamesDto })
  @NestedObject(() => CapabilityNamesDto)
  names!: CapabilityNamesDto;

  @ApiProperty({ type: CapabilityDescriptionsDto })
  @NestedObject(() => CapabilityDescriptionsDto)
  descriptions!: CapabilityDescriptionsDto;

  @ApiProperty({ type: CapabilityLimitsDto })
  @NestedObject(() => CapabilityLimitsDto)
  limits!: CapabilityLimitsDto;

  @ApiProperty({ maxLength: NAME, description: 'Who answers for the capability', example: 'АО «НИТ»' })
  @IsString()
  @MinLength(1)
  @MaxLength(NAME)
  owner!: string;
}

/** A status and the dates that go with it: the body of a status change. */
export class CapabilityStatusDto {
  @ApiProperty({ enum: CAPABILITY_STATUSES })
  @IsIn(CAPABILITY_STATUSES)
  status!: CapabilityStatus;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: 'Expected date; required when planned' })
  @IsOptional()
  @IsCalendarDate()
  plannedFor?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: 'Available since; only when available' })
  @IsOptional()
  @IsCalendarDate()
  availableSince?: string | null;
}

export class CreateCapabilityDto extends CapabilityDescriptionDto {
  @ApiProperty({ description: 'Stable id: lower-case letters, digits and hyphens', example: 'gitlab' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  id!: string;

  @ApiProperty({ enum: CAPABILITY_STATUSES })
  @IsIn(CAPABILITY_STATUSES)
  status!: CapabilityStatus;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  plannedFor?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  availableSince?: string | null;
}

export class RetireCapabilityDto {
  @ApiProperty({ maxLength: DESCRIPTION, description: 'Why the entry leaves the catalogue' })
  @IsString()
  @MinLength(1)
  @MaxLength(DESCRIPTION)
  reason!: string;
}

export class CatalogueAsOfQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The catalogue as it stood at the end of this day (Astana time)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
