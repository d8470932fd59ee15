import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Dispatch } from './deadline-dispatcher.service.js';
import type { ArmedDeadline } from './deadline.repository.js';

/**
 * Applies a fired deadline inside the transaction that claimed it; a throw undoes both. It
 * returns what the firing's transaction leaves for the queue (deadlines it armed or cancelled),
 * which the processor dispatches once that transaction has committed; nothing, if it armed none.
 */
export type DeadlineHandler = (db: EntityManager, deadline: ArmedDeadline) => Promise<Dispatch | undefined | void>;

/** Handlers by deadline kind; the engine registers its own at start. */
@Injectable()
export class DeadlineHandlers {
  private readonly handlers = new Map<string, DeadlineHandler>();

  register(kind: string, handler: DeadlineHandler): void {
    this.handlers.set(kind, handler);
  }

  get(kind: string): DeadlineHandler | undefined {
    return this.handlers.get(kind);
  }
}
