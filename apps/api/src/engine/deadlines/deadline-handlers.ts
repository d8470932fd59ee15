import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeadlineEntity } from './deadline.entity.js';

/** Work to do once the firing's transaction has committed (dispatching what it armed). */
export type AfterCommit = () => Promise<void>;

/**
 * Applies a fired deadline inside the transaction that claimed it; a throw undoes both. It may
 * return work for after the commit.
 */
export type DeadlineHandler = (db: EntityManager, deadline: DeadlineEntity) => Promise<AfterCommit | undefined | void>;

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
