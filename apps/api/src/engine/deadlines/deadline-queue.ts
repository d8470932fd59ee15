/** The queue of durable timers: one processor, `DeadlineProcessor`. */
export const DEADLINES_QUEUE = 'deadlines';
export const FIRE_JOB = 'fire';

/** A deadline's job id is its row id: adding it twice is a no-op, and the reconciler can ask for it. */
export function jobIdOf(deadlineId: string): string {
  return `deadline-${deadlineId}`;
}
