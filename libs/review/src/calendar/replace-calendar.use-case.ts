import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, FieldError, FieldErrorCode, RequestContext } from '@qaztech/platform';
import { CaseTimers } from '../deadlines/case-timers';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { actorOf } from '../shared/actor';
import { ReviewOutbox } from '../shared/review-outbox';
import { dueOf } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { TaskRepository } from '../tasks/task.repository';
import { CalendarYearView, ReplaceCalendarDto } from './calendar.dto';
import { CalendarRepository } from './calendar.repository';
import { isWeekend } from './working-days';
import { ReviewFieldError } from '../shared/review-errors';

export function calendarProblems(year: number, body: ReplaceCalendarDto): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  body.days.forEach((day, index) => {
    if (!day.date.startsWith(`${year}-`))
      problems.push({ field: `days.${index}.date`, code: ReviewFieldError.OUTSIDE_YEAR, params: { year } });
    else if (seen.has(day.date)) problems.push({ field: `days.${index}.date`, code: FieldErrorCode.DUPLICATE_VALUE });
    else if (day.kind === 'working_day' && !isWeekend(day.date))
      problems.push({ field: `days.${index}.kind`, code: ReviewFieldError.MUST_BE_WEEKEND });
    seen.add(day.date);
  });
  return problems;
}

/**
 * An administrator replaces a year of the calendar (a new decree moves days). Live tasks whose
 * due date the change moves get the new date at once, and new timers.
 */
@Injectable()
export class ReplaceCalendarUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarRepository,
    private readonly tasks: TaskRepository,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly caseTimers: CaseTimers,
  ) {}

  async execute(context: RequestContext, year: number, body: ReplaceCalendarDto): Promise<CalendarYearView> {
    const problems = calendarProblems(year, body);
    if (problems.length > 0) throw DomainError.validation(problems);
    const days = [...body.days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ date, kind, name }) => ({ date, kind, name: name.trim() }));
    const moved = await this.dataSource.transaction(async (manager) => {
      // One calendar change at a time: two administrators' edits would otherwise interleave.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('review.calendar'))");
      await this.calendar.replaceYear(manager, year, days);
      await this.outbox.append(manager, {
        type: 'calendar.updated.v1',
        aggregateId: null,
        actor: actorOf(context.principal, ['admin']),
        correlationId: context.requestId,
        payload: { year, days },
      });
      return this.redate(manager);
    });
    await this.deadlines.quietly(async () => {
      await this.deadlines.scheduleTasks(moved);
      await this.caseTimers.scheduleRunning();
    });
    return { year, days };
  }

  private async redate(manager: EntityManager): Promise<TaskEntity[]> {
    const calendar = await this.calendar.load(manager);
    const moved: TaskEntity[] = [];
    for (const task of await this.tasks.live(manager)) {
      const due = dueOf(task.startDate, task.workingDays, calendar);
      if (due.dueDate === task.dueDate) continue;
      await manager.update(TaskEntity, { id: task.id }, due);
      moved.push(Object.assign(task, due));
    }
    return moved;
  }
}
