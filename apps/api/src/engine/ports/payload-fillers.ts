import type { PayloadFiller } from '@samverkan/workflows';

/** The case an event is filled in for. */
export interface FillRequest {
  agreementKey: string;
  /** The agreement version the case started on. */
  agreementVersion: number;
}

/**
 * The fillers a routine's events may name (`fill` in libs/workflows: a fixed list, never code),
 * each a port the feature that knows the answer provides: `nextConsultationSlot` is the
 * agreements'. A filler throws an AppError (4xx) when it has no answer.
 */
export type PayloadFillers = Record<PayloadFiller, (request: FillRequest) => Promise<unknown>>;

export const PAYLOAD_FILLERS = Symbol('PAYLOAD_FILLERS');
