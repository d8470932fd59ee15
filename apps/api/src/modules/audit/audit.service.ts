import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/** Writes the audit row inside the caller's transaction: the write and its record commit together. */
@Injectable()
export class AuditService {
  async record(db: EntityManager, user: AuthUser | null, entry: AuditEntry): Promise<void> {
    await db.query(
      'INSERT INTO audit_event (user_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5)',
      [user?.id ?? null, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.details ?? {})],
    );
  }
}
