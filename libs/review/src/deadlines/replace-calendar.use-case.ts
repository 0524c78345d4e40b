import { Injectable } from '@nestjs/common';
import { actorOf, DomainError, FieldError, FieldErrorCode, RequestContext } from '@qaztech/platform';
import { CalendarYearView, ReplaceCalendarDto } from '../calendar/calendar.dto';
import { CalendarRepository } from '../calendar/calendar.repository';
import { isWeekend } from '../calendar/working-days';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { dueOf } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { TaskRepository } from '../tasks/task.repository';
import { CaseTimers } from './case-timers';
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
 * due date the change moves get the new date at once, and new timers; so does every running case.
 */
@Injectable()
export class ReplaceCalendarUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly calendar: CalendarRepository,
    private readonly tasks: TaskRepository,
    private readonly caseTimers: CaseTimers,
  ) {}

  async execute(context: RequestContext, year: number, body: ReplaceCalendarDto): Promise<CalendarYearView> {
    const problems = calendarProblems(year, body);
    if (problems.length > 0) throw DomainError.validation(problems);
    const days = [...body.days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ date, kind, name }) => ({ date, kind, name: name.trim() }));
    await this.uow.run(async (tx) => {
      await this.calendar.lockCalendar(tx.manager);
      await this.calendar.replaceYear(tx.manager, year, days);
      await tx.append({
        type: 'calendar.updated.v1',
        aggregateId: null,
        actor: actorOf(context.principal, ['admin']),
        correlationId: context.requestId,
        payload: { year, days },
      });
      const moved = await this.redate(tx);
      tx.afterCommit(async (timers) => {
        await timers.scheduleTasks(moved);
        await this.uow.read((manager) => this.caseTimers.scheduleRunning(manager));
      });
    });
    return { year, days };
  }

  private async redate(tx: CaseWork): Promise<TaskEntity[]> {
    const calendar = await this.calendar.load(tx.manager);
    const moved: TaskEntity[] = [];
    for (const task of await this.tasks.live(tx.manager)) {
      const due = dueOf(task.startDate, task.workingDays, calendar);
      if (due.dueDate === task.dueDate) continue;
      moved.push(Object.assign(task, due));
      await this.tasks.redate(tx.manager, task.id, due);
    }
    return moved;
  }
}
