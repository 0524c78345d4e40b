/** What a timer needs to know of a task: when it falls due. */
export interface TimedTask {
  id: string;
  dueDate: string;
  dueAt: Date;
}

/**
 * The timers a change to a case asks for. Declared here, at the bottom, because changes on every
 * layer ask for them; the deadlines layer, at the top, puts them on its queue and runs them.
 */
export abstract class ReviewTimers {
  abstract scheduleTasks(tasks: readonly TimedTask[]): Promise<void>;
  /** `recheck` gives the timer a fresh id, for when one for the same date may already have run. */
  abstract scheduleCase(requestId: string, dueDate: string, recheck?: boolean): Promise<void>;
  abstract scheduleExpiry(decisionId: string, validUntil: string): Promise<void>;
}
