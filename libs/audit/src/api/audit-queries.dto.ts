import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES } from '@qaztech/contracts';
import { BIGINT_SAFE_MAX, PageQueryDto } from '@qaztech/platform';

const toList = ({ value }: { value: unknown }): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((item) => item.trim());

export class InclusionProofQuery {
  @ApiPropertyOptional({ description: 'Index of the entry', minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(BIGINT_SAFE_MAX)
  index!: number;

  @ApiPropertyOptional({ description: 'Tree size of a signed checkpoint; the latest when absent', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(BIGINT_SAFE_MAX)
  size?: number;
}

export class ConsistencyProofQuery {
  @ApiPropertyOptional({ description: 'Size of the older checkpoint', minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(BIGINT_SAFE_MAX)
  from!: number;

  @ApiPropertyOptional({ description: 'Size of the newer checkpoint; the latest when absent', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(BIGINT_SAFE_MAX)
  to?: number;
}

export class EventsQuery extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiPropertyOptional({ example: 'QTX-2026-000001' })
  @IsOptional()
  @Matches(/^QTX-\d{4}-\d{6}$/)
  registrationNumber?: string;

  @ApiPropertyOptional({ description: 'Subject of the actor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ description: 'BIN of the acting agency' })
  @IsOptional()
  @Matches(/^\d{12}$/)
  agencyBin?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES, isArray: true, description: 'One or more, comma-separated or repeated' })
  @IsOptional()
  @Transform(toList)
  @IsIn(EVENT_TYPES, { each: true })
  type?: string[];

  @ApiPropertyOptional({ description: 'Occurred at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Occurred before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: ['newest', 'oldest'], default: 'newest' })
  @IsOptional()
  @IsIn(['newest', 'oldest'])
  order?: 'newest' | 'oldest';
}

export class ExportQuery {
  @ApiPropertyOptional({ description: 'Entries appended at or after (ISO 8601); the whole log when both are absent' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Entries appended before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
