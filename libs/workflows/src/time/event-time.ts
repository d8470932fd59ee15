import { RoutineError } from '../errors/routine-error.js';
import { routineProblem } from '../validate/problem.js';
import { formatInstant, instant, isValidInstant } from './due-time.js';

/**
 * How far ahead of the server's clock a sender's `occurredAt` may lie and still be taken: a
 * device's clock a little fast is not a claim about the future. Within it, the event is taken as
 * happening when it is recorded (it cannot have happened later); beyond it, it is refused. A
 * product default (one minute), not a value of any agreement.
 */
export const OCCURRED_AT_SKEW_MS = 60_000;

/** When an event happened, as the sender may give it, checked against when it is recorded. */
export interface EventTimeCheck {
  /** The sender's `occurredAt`, if given: ISO 8601 with an offset (or Z). */
  occurredAt: unknown;
  /** When the server records it (its clock). */
  recordedAt: Date;
  /** When the case's previous event happened; none for a start. */
  previous?: Date | undefined;
  skewMs?: number;
}

/**
 * The instant an event happened, as a Stockholm ISO 8601 instant: the sender's `occurredAt`, or
 * the time it is recorded when none is given. Every state the event enters is entered at this
 * instant, so its deadlines run from it (a police referral made at 10:00 and registered at 14:00
 * is due 48 hours after 10:00). Refused (422, path `occurredAt`): a value that is no instant with
 * an offset (`ROUTINE_EVENT_INVALID`), one in the future beyond the skew
 * (`OCCURRED_AT_IN_FUTURE`), one before the case's previous event
 * (`OCCURRED_AT_BEFORE_PREVIOUS_EVENT`): a case's history is in the order things happened.
 */
export function occurredAtOf(check: EventTimeCheck): string {
  const recorded = check.recordedAt.getTime();
  let at = recorded;
  if (check.occurredAt !== undefined) {
    if (typeof check.occurredAt !== 'string' || !isValidInstant(check.occurredAt)) {
      throw new RoutineError(
        'ROUTINE_EVENT_INVALID',
        { sv: 'Händelsen har fel form.', en: 'The event is malformed.' },
        [
          routineProblem(
            ['occurredAt'],
            'occurredAtInvalid',
            'occurredAt är en tidpunkt enligt ISO 8601 med tidszon, t.ex. 2026-03-28T10:00:00+01:00.',
            'occurredAt is an ISO 8601 instant with an offset, e.g. 2026-03-28T10:00:00+01:00.',
          ),
        ],
      );
    }
    at = instant(check.occurredAt).toMillis();
  }
  if (at > recorded + (check.skewMs ?? OCCURRED_AT_SKEW_MS)) {
    throw new RoutineError(
      'OCCURRED_AT_IN_FUTURE',
      { sv: 'Händelsen kan inte ha hänt i framtiden.', en: 'The event cannot have happened in the future.' },
      [
        routineProblem(
          ['occurredAt'],
          'occurredAtInFuture',
          `${String(check.occurredAt)} ligger efter ${formatInstant(instant(check.recordedAt.toISOString()))}, då händelsen registreras.`,
          `${String(check.occurredAt)} is after ${check.recordedAt.toISOString()}, when the event is recorded.`,
        ),
      ],
    );
  }
  at = Math.min(at, recorded);
  if (check.previous !== undefined && at < check.previous.getTime()) {
    const previous = check.previous.toISOString();
    throw new RoutineError(
      'OCCURRED_AT_BEFORE_PREVIOUS_EVENT',
      {
        sv: 'Händelsen kan inte ha hänt före ärendets föregående händelse.',
        en: "The event cannot have happened before the case's previous event.",
      },
      [
        routineProblem(
          ['occurredAt'],
          'occurredAtBeforePreviousEvent',
          `Händelsen sägs ha hänt ${new Date(at).toISOString()}, före ärendets föregående händelse (${previous}). Ett ärende som började innan det registrerades startas med sitt occurredAt.`,
          `The event is said to have happened at ${new Date(at).toISOString()}, before the case's previous event (${previous}). A case that began before it was registered is started with its occurredAt.`,
        ),
      ],
    );
  }
  return formatInstant(instant(new Date(at).toISOString()));
}

/**
 * When a timer's event happened: at its due time, even when it fires late (a queue that was down,
 * a deadline already past when the event that armed it was recorded), so the history and the
 * states it enters tell when the time ran out. Never before the case's previous event, nor after
 * the firing.
 */
export function timerOccurredAt(dueAt: Date, firedAt: Date, previous: Date | undefined): string {
  const at = Math.min(Math.max(dueAt.getTime(), previous?.getTime() ?? -Infinity), firedAt.getTime());
  return formatInstant(instant(new Date(at).toISOString()));
}
