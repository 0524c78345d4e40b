import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarDayV1 } from '@qaztech/contracts';
import { CalendarDayEntity } from './calendar-day.entity';
import { calendarOf, WorkingCalendar } from './working-days';

@Injectable()
export class CalendarRepository {
  /** The whole calendar: a few dozen rows a year, read fresh so an update applies at once. */
  async load(manager: EntityManager): Promise<WorkingCalendar> {
    return calendarOf(await manager.createQueryBuilder(CalendarDayEntity, 'day').getMany());
  }

  async year(manager: EntityManager, year: number): Promise<CalendarDayEntity[]> {
    return manager
      .createQueryBuilder(CalendarDayEntity, 'day')
      .where('day.day BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('day.day', 'ASC')
      .getMany();
  }

  /** One calendar change at a time: two administrators' edits would otherwise interleave. */
  async lockCalendar(manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder().select("pg_advisory_xact_lock(hashtext('review.calendar'))", 'locked').fromDummy().getRawOne();
  }

  async replaceYear(manager: EntityManager, year: number, days: readonly CalendarDayV1[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(CalendarDayEntity)
      .where('day BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .execute();
    if (days.length > 0)
      await manager
        .createQueryBuilder()
        .insert()
        .into(CalendarDayEntity)
        .values([...days])
        .execute();
  }
}
