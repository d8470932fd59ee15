import { Clock } from '../platform/clock/clock.service.js';

/**
 * Business time a test sets and moves: it stands still between moves, so every step of a test
 * happens at an instant the test knows (a task due exactly 48 hours after the referral). It
 * starts at the real time it was made, unless told otherwise, and is installed in every module
 * of the app through `StartOptions.clock` (ClockModule.forRoot).
 *
 * Moving it fires nothing by itself: `TestApp.advance` moves it and fires the deadlines that
 * fall due on the way (testing/deadline-firing.ts).
 */
export class TestClock extends Clock {
  private instant: number;

  constructor(start: Date | string = new Date()) {
    super();
    this.instant = instantOf(start);
  }

  override now(): Date {
    return new Date(this.instant);
  }

  /** Puts the hands at an instant (a Friday evening before a change to summer time). */
  set(to: Date | string): void {
    this.instant = instantOf(to);
  }

  /** Moves the hands forward by `ms` milliseconds, firing nothing. */
  move(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`The test clock moves forward only, not by ${ms} ms`);
    this.instant += ms;
  }
}

function instantOf(time: Date | string): number {
  const instant = new Date(time).getTime();
  if (Number.isNaN(instant)) throw new Error(`Not an instant: ${String(time)}`);
  return instant;
}

/** Durations for moving the clock, in milliseconds. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
