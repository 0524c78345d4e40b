import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REQUEST_STATUSES, RequestStatus } from '@qaztech/contracts';
import { PageQueryDto } from '@qaztech/platform';

export class ListRequestsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, isArray: true, description: 'One or more, comma-separated or repeated' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((item) => item.trim()),
  )
  @IsIn(REQUEST_STATUSES, { each: true })
  status?: RequestStatus[];

  @ApiPropertyOptional({ description: 'Words to find in the system title (Kazakh, Russian or English)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
