import { type LocalizedMessage, type Problem } from '@samverkan/agreements';

export type RoutineErrorCode =
  /** The definition, or its bindings, has problems: see `problems`. */
  | 'ROUTINE_INVALID'
  /** The event's type is not one the routine knows, or its current state does nothing with it. */
  | 'ROUTINE_EVENT_NOT_ALLOWED'
  /** The event's payload has fields it may not carry, or values of the wrong form. */
  | 'ROUTINE_EVENT_INVALID'
  /** A text looks like a personal identity number, an e-mail address or a phone number. */
  | 'PERSONAL_DATA_REJECTED'
  /** The event's `occurredAt` lies in the future (beyond the clock-skew allowance). */
  | 'OCCURRED_AT_IN_FUTURE'
  /** The event's `occurredAt` lies before the case's previous event. */
  | 'OCCURRED_AT_BEFORE_PREVIOUS_EVENT'
  /**
   * A case's start attests that the person is outside the target group its routine is for (a
   * "no" to a criterion, a category or form of violence the agreement does not name).
   */
  | 'OUTSIDE_TARGET_GROUP'
  /**
   * The routine's eventless transitions do not come to rest within one event (a loop validation
   * missed): the step is refused and nothing changes.
   */
  | 'ROUTINE_DEFINITION_LOOPS'
  /** A stored snapshot does not fit the definition it claims. */
  | 'ROUTINE_SNAPSHOT_INVALID';

/**
 * The one error the lib throws, as data: a stable code, a message in Swedish and English and,
 * for validation, the problems with their paths. The API maps it to `{ code, message, details }`.
 */
export class RoutineError extends Error {
  override readonly name = 'RoutineError';

  constructor(
    readonly code: RoutineErrorCode,
    readonly localized: LocalizedMessage,
    readonly problems: Problem[] = [],
  ) {
    super(`${code}: ${localized.en}`);
  }
}
