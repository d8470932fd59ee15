import type { INestApplicationContext } from '@nestjs/common';
import { DeadlineProcessor } from '../engine/deadlines/deadline.processor.js';
import { DeadlineRepository } from '../engine/deadlines/deadline.repository.js';
import type { TestClock } from './test-clock.js';

/**
 * Firings one advance makes at most: a routine that kept arming deadlines due at once would
 * otherwise never let the test go on.
 */
const MAX_FIRINGS_PER_ADVANCE = 1000;

/** Pending deadlines one look ahead reads (a test arms a handful). */
const LOOK_AHEAD = 10_000;

/**
 * Moves business time forward by `ms` as the product would live it: every pending deadline that
 * falls due on the way fires, soonest first (then the first armed), each with the clock at its
 * due time, through `DeadlineProcessor.fire`, the code the queue's job runs (claim, handler,
 * dispatch after commit). What a firing arms that falls due before the end fires in its turn;
 * a deadline already overdue fires at once, as the queue would send it.
 *
 * The queue's delayed jobs wait on real time and are left alone: one that comes later finds its
 * deadline fired and does nothing. That the queue delivers a job when it is due is the fact of
 * deadlines.spec, on real time; here, firing in the test's own order keeps it deterministic.
 */
export async function advanceTime(app: INestApplicationContext, clock: TestClock, ms: number): Promise<void> {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`Time moves forward only, not by ${ms} ms`);
  const end = new Date(clock.now().getTime() + ms);
  const deadlines = app.get(DeadlineRepository);
  const processor = app.get(DeadlineProcessor, { strict: false });
  for (let firings = 0; ; firings += 1) {
    const next = await nextDue(deadlines, end);
    if (!next) break;
    if (firings === MAX_FIRINGS_PER_ADVANCE) {
      throw new Error(`More than ${MAX_FIRINGS_PER_ADVANCE} deadlines fell due in ${ms} ms: a loop of timers?`);
    }
    if (next.dueAt > clock.now()) clock.set(next.dueAt);
    await processor.fire(next.id);
  }
  clock.set(end);
}

/** The pending deadline due first by `end`, if any (ties: the one armed first, then by id). */
async function nextDue(deadlines: DeadlineRepository, end: Date): Promise<{ id: string; dueAt: Date } | undefined> {
  const due = await deadlines.pendingDueBy(end, LOOK_AHEAD);
  if (due.length === 0) return undefined;
  const rows = await deadlines.stillPending(due.map((row) => row.id));
  const [first] = rows
    .map((row) => ({ id: row.id, dueAt: new Date(row.due_at), armedAt: new Date(row.created_at) }))
    .sort(
      (a, b) =>
        a.dueAt.getTime() - b.dueAt.getTime() || a.armedAt.getTime() - b.armedAt.getTime() || a.id.localeCompare(b.id),
    );
  return first;
}
