import { Injectable } from '@nestjs/common';

/**
 * The time every rule of the domain reads: when a request was submitted or withdrawn, when a
 * record was published, when a deadline falls due. It is a Nest provider token of its own, so a
 * test replaces it (`overrideProvider(Clock)`) with a clock it moves, instead of waiting.
 * Durations that only pace the machinery (retry back-off, polling) keep reading the process clock.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Milliseconds since the epoch, for arithmetic on the same instant `now()` gives. */
  millis(): number {
    return this.now().getTime();
  }
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** The clock of the real world, for code that runs outside the container (commands, tools). */
export const systemClock: Clock = new SystemClock();

/**
 * A clock that stands still until told to move: tests set it to the instant they need, or step
 * it across a deadline, and every reader sees the same time.
 */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date | string | number = Date.now()) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string | number): void {
    this.current = new Date(to).getTime();
  }

  advance(milliseconds: number): Date {
    this.current += milliseconds;
    return this.now();
  }
}
