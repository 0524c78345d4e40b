import { Injectable } from '@nestjs/common';

/**
 * The time every rule of review reads. Deadlines span working days, so tests replace `now` to
 * step across them instead of waiting.
 */
@Injectable()
export class ReviewClock {
  now(): Date {
    return new Date();
  }
}
