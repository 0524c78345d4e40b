import { RequestStatus } from '@qaztech/contracts';
import { addWorkingDays, almatyDate, WorkingCalendar } from '../calendar/working-days';

/**
 * The whole case runs from registration to decision while the Commission holds it: a request
 * back with the agency, or decided, or under reconsideration (a case of its own) is not on it.
 */
export const CASE_CLOCK_STATUSES: readonly RequestStatus[] = ['submitted', 'screening', 'expert_review', 'on_agenda'];

export function caseDueDate(firstSubmittedAt: Date, workingDays: number, calendar: WorkingCalendar): string {
  return addWorkingDays(almatyDate(firstSubmittedAt), workingDays, calendar);
}
