import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock, ManualClock, SystemClock } from './clock';

@Injectable()
class ReadsTheTime {
  constructor(readonly clock: Clock) {}
}

describe('Clock', () => {
  it('the system clock reads the real time', () => {
    const before = Date.now();
    const read = new SystemClock().millis();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it('a manual clock stands still until set or advanced', () => {
    const clock = new ManualClock('2026-03-20T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-03-20T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-03-20T09:00:00.000Z');
    expect(clock.advance(90 * 60_000).toISOString()).toBe('2026-03-20T10:30:00.000Z');
    clock.set('2027-01-01T00:00:00.000Z');
    expect(clock.millis()).toBe(Date.parse('2027-01-01T00:00:00.000Z'));
  });

  it('hands out a copy, so a caller that mutates its date does not move the clock', () => {
    const clock = new ManualClock('2026-03-20T09:00:00.000Z');
    clock.now().setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-03-20T09:00:00.000Z');
  });

  it('is injected by its token, so a test hands every reader the clock it moves', async () => {
    const fixed = new ManualClock('2026-05-01T12:00:00.000Z');
    @Module({ providers: [{ provide: Clock, useValue: fixed }, ReadsTheTime] })
    class WithAFixedClock {}
    const context = await NestFactory.createApplicationContext(WithAFixedClock, { logger: false });
    const reader = context.get(ReadsTheTime);
    expect(reader.clock.now().toISOString()).toBe('2026-05-01T12:00:00.000Z');
    fixed.advance(1_000);
    expect(reader.clock.now().toISOString()).toBe('2026-05-01T12:00:01.000Z');
    await context.close();
  });
});
