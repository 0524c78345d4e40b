import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { DECISION_OUTCOMES, DecisionOutcome } from '@qaztech/contracts';
import { DomainError, FieldErrorCode, IsCalendarDate, IsKzIdentifier, PageQueryDto } from '@qaztech/platform';
import { RegisterFilters } from './register.query';

/** A catalogue code (`state_secrets`, `restricted_personal_data`): the register does not own the catalogue. */
const CATALOGUE_CODE = /^[a-z][a-z0-9_]{0,59}$/;

/** Filters of the public register; unknown parameters are refused like any bad value. */
export class RegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'BIN of the applicant', example: '940140000385' })
  @IsOptional()
  @IsKzIdentifier()
  bin?: string;

  @ApiPropertyOptional({ enum: DECISION_OUTCOMES })
  @IsOptional()
  @IsIn(DECISION_OUTCOMES)
  outcome?: DecisionOutcome;

  @ApiPropertyOptional({ description: 'Decided on or after this date (Asia/Almaty)', example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Decided on or before this date (Asia/Almaty)', example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'A data category code', example: 'restricted_personal_data' })
  @IsOptional()
  @Matches(CATALOGUE_CODE)
  dataCategory?: string;

  @ApiPropertyOptional({ description: 'A reason category code', example: 'state_secrets' })
  @IsOptional()
  @Matches(CATALOGUE_CODE)
  reasonCategory?: string;

  @ApiPropertyOptional({ description: 'Words in Kazakh or Russian, found in titles and texts' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q?: string;
}

/** The filters a DTO asks for, after the checks one field alone cannot make. */
export function filtersOf(query: RegisterQueryDto): RegisterFilters {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw DomainError.validation([{ field: 'to', code: FieldErrorCode.DATE_ORDER, params: { after: query.from } }]);
  }
  const q = query.q?.trim();
  return {
    bin: query.bin,
    outcome: query.outcome,
    from: query.from,
    to: query.to,
    dataCategory: query.dataCategory,
    reasonCategory: query.reasonCategory,
    q: q === undefined || q.length === 0 ? undefined : q,
  };
}
