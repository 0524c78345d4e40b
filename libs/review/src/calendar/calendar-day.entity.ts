import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CalendarDayKind } from '@qaztech/contracts';

/** A day that differs from the Monday-to-Friday rule: a weekday off, or a working weekend day. */
@Entity({ schema: 'review', name: 'calendar_days' })
export class CalendarDayEntity {
  @PrimaryColumn({ name: 'day', type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: CalendarDayKind;

  @Column({ type: 'text' })
  name!: string;
}
