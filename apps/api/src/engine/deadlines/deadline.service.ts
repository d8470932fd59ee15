import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { updateReturning } from '../../platform/database/returning.js';
import { DeadlineEntity } from './deadline.entity.js';

export interface ArmDeadline {
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/** Arms and cancels deadlines inside the caller's transaction; dispatch happens after commit. */
@Injectable()
export class DeadlineService {
  async arm(db: EntityManager, deadlines: readonly ArmDeadline[]): Promise<DeadlineEntity[]> {
    if (deadlines.length === 0) return [];
    const rows = deadlines.map((d) => db.create(DeadlineEntity, { ...d, payload: d.payload ?? {}, status: 'pending' }));
    return db.save(rows);
  }

  /** Cancels pending deadlines by id; returns those it cancelled. */
  async cancel(db: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await updateReturning<{ id: string }>(
      db,
      `UPDATE deadline SET status = 'cancelled', cancelled_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending' RETURNING id`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Cancels every pending deadline of a subject (an instance that ended or moved on). */
  async cancelAllOf(db: EntityManager, subjectId: string): Promise<string[]> {
    const rows = await db.findBy(DeadlineEntity, { subjectId, status: In(['pending']) });
    return this.cancel(
      db,
      rows.map((row) => row.id),
    );
  }
}
