import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarDayV1 } from '@qaztech/contracts';
import { CalendarDayEntity } from './calendar-day.entity';
import { calendarOf, WorkingCalendar } from './working-days';

@Injectable()
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole calendar: a few dozen rows a year, read fresh so an update applies at once. */
  async load(manager: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    return calendarOf(await manager.find(CalendarDayEntity));
  }

  async year(year: number): Promise<CalendarDayEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(CalendarDayEntity, 'day')
      .where('day.day BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('day.day', 'ASC')
      .getMany();
  }

  async replaceYear(manager: EntityManager, year: number, days: readonly CalendarDayV1[]): Promise<void> {
    await manager.query('DELETE FROM review.calendar_days WHERE day BETWEEN $1 AND $2', [`${year}-01-01`, `${year}-12-31`]);
    if (days.length > 0) await manager.insert(CalendarDayEntity, [...days]);
  }
}
