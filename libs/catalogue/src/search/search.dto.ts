import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@qaztech/platform';

export const SEARCH_KINDS = ['system', 'request', 'decision', 'capability'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const asList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').filter((item) => item !== '') : value;

export class SearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words in Kazakh or Russian (full text, and a substring of the title)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma-separated kinds', example: 'system,decision', enum: SEARCH_KINDS, isArray: true })
  @IsOptional()
  @Transform(asList)
  @IsIn(SEARCH_KINDS, { each: true })
  kind?: SearchKind[];

  @ApiPropertyOptional({ description: 'Owner or applicant BIN' })
  @IsOptional()
  @Matches(/^\d{12}$/)
  agencyBin?: string;

  @ApiPropertyOptional({ description: 'A function code, or a glossary concept' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  function?: string;

  @ApiPropertyOptional({ description: 'A data-object code, e.g. vehicle' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  dataObject?: string;

  @ApiPropertyOptional({ description: 'Only what is in force (true) or only what is not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
