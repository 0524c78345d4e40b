import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '@qaztech/platform';

export const QUEUE_VIEWS = ['open', 'claimed', 'mine', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export class ListQueueQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: QUEUE_VIEWS, default: 'all', description: 'all = open and claimed' })
  @IsOptional()
  @IsIn(QUEUE_VIEWS)
  view?: QueueView;

  @ApiPropertyOptional({ description: 'Only tasks past their due time' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  requestId?: string;
}
