import { RoutineError } from '../errors/routine-error.js';
import { OCCURRED_AT_SKEW_MS, occurredAtOf, timerOccurredAt } from './event-time.js';

const recordedAt = new Date('2026-03-28T13:00:00Z'); // 14:00 in Stockholm

function refusal(run: () => unknown): { code: string; paths: string[]; problemCodes: string[] } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof RoutineError)) throw error;
    return {
      code: error.code,
      paths: error.problems.map((p) => p.path),
      problemCodes: error.problems.map((p) => p.code),
    };
  }
  throw new Error('not refused');
}

describe('occurredAtOf', () => {
  it('is the time the event is recorded when the sender gives none, in Stockholm time', () => {
    expect(occurredAtOf({ occurredAt: undefined, recordedAt })).toBe('2026-03-28T14:00:00+01:00');
  });

  it('takes the sender’s time in any offset as the same instant', () => {
    expect(occurredAtOf({ occurredAt: '2026-03-28T09:00:00Z', recordedAt })).toBe('2026-03-28T10:00:00+01:00');
    expect(occurredAtOf({ occurredAt: '2026-03-28T10:00:00+01:00', recordedAt })).toBe('2026-03-28T10:00:00+01:00');
  });

  it('refuses an instant without an offset, or no instant at all, at the path occurredAt', () => {
    for (const occurredAt of ['2026-03-28T10:00:00', '2026-03-28', 'igår', 42]) {
      expect(refusal(() => occurredAtOf({ occurredAt, recordedAt }))).toEqual({
        code: 'ROUTINE_EVENT_INVALID',
        paths: ['occurredAt'],
        problemCodes: ['occurredAtInvalid'],
      });
    }
  });

  it('refuses a time in the future beyond the allowance for a fast clock', () => {
    const later = new Date(recordedAt.getTime() + OCCURRED_AT_SKEW_MS + 1000).toISOString();
    expect(refusal(() => occurredAtOf({ occurredAt: later, recordedAt }))).toEqual({
      code: 'OCCURRED_AT_IN_FUTURE',
      paths: ['occurredAt'],
      problemCodes: ['occurredAtInFuture'],
    });
  });

  it('takes a time within the allowance as the time it is recorded: nothing happens after it is recorded', () => {
    const fast = new Date(recordedAt.getTime() + OCCURRED_AT_SKEW_MS).toISOString();
    expect(occurredAtOf({ occurredAt: fast, recordedAt })).toBe('2026-03-28T14:00:00+01:00');
  });

  it('refuses a time before the case’s previous event, and takes one at it', () => {
    const previous = new Date('2026-03-28T09:00:00Z');
    expect(refusal(() => occurredAtOf({ occurredAt: '2026-03-28T09:59:59+01:00', recordedAt, previous }))).toEqual({
      code: 'OCCURRED_AT_BEFORE_PREVIOUS_EVENT',
      paths: ['occurredAt'],
      problemCodes: ['occurredAtBeforePreviousEvent'],
    });
    expect(occurredAtOf({ occurredAt: '2026-03-28T10:00:00+01:00', recordedAt, previous })).toBe(
      '2026-03-28T10:00:00+01:00',
    );
  });
});

describe('timerOccurredAt', () => {
  const due = new Date('2026-03-30T09:00:00Z');

  it('is the due time when the timer fires late', () => {
    expect(timerOccurredAt(due, new Date('2026-03-30T12:00:00Z'), undefined)).toBe('2026-03-30T11:00:00+02:00');
  });

  it('is never before the case’s previous event, nor after the firing', () => {
    expect(timerOccurredAt(due, new Date('2026-03-30T12:00:00Z'), new Date('2026-03-30T10:00:00Z'))).toBe(
      '2026-03-30T12:00:00+02:00',
    );
    expect(timerOccurredAt(due, new Date('2026-03-30T08:59:00Z'), undefined)).toBe('2026-03-30T10:59:00+02:00');
  });
});
