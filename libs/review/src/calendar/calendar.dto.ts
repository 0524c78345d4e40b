import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CALENDAR_DAY_KINDS, CalendarDayKind } from '@qaztech/contracts';
import { IsCalendarDate, NestedObjects } from '@qaztech/platform';

export class CalendarDayDto {
  @ApiProperty({ example: '2026-03-24' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ enum: CALENDAR_DAY_KINDS, description: 'day_off: a weekday off; working_day: a Saturday or Sunday worked' })
  @IsIn(CALENDAR_DAY_KINDS)
  kind!: CalendarDayKind;

  @ApiProperty({ example: 'Наурыз мейрамы' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;
}

export class ReplaceCalendarDto {
  @ApiProperty({
    type: [CalendarDayDto],
    description: "Every day of the year that differs from Monday-to-Friday: replaces the year's data",
  })
  @IsArray()
  @ArrayMaxSize(366)
  @NestedObjects(() => CalendarDayDto)
  days!: CalendarDayDto[];
}

export class CalendarDayView {
  @ApiProperty({ example: '2026-03-24' }) date!: string;
  @ApiProperty({ enum: CALENDAR_DAY_KINDS }) kind!: CalendarDayKind;
  @ApiProperty() name!: string;
}

export class CalendarYearView {
  @ApiProperty() year!: number;
  @ApiProperty({ type: () => [CalendarDayView], description: 'Every day of the year that differs from Monday-to-Friday' })
  days!: CalendarDayView[];
}
