import { Injectable } from '@nestjs/common';
import { noticeKindInfo } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import { worksInCases } from '../../engine/instance-store/case-access.js';
import { NotificationRepository, type NotificationRow } from '../../engine/notifications/notification.repository.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { isUuid } from '../../platform/http/params.js';
import { LIFECYCLE_ROUTINE } from '../lifecycle/lifecycle-routine.js';
import { NoticeContentService } from './notice-content.service.js';
import { NoticePreferencesService } from './notice-preferences.service.js';
import { NoticeError } from './notices.error.js';
import type { InboxItem, InboxPage, InboxReadAll } from './notice-views.js';

/**
 * The in-app inbox: the notices addressed to the user's party, newest first, each read or unread
 * for this user. A user who works in cases sees them all; one who does not (a strategist, an
 * admin) sees only those about the agreement itself — the notices of its lifecycle: signatures,
 * the last day to give notice, renewals, meetings, a party's withdrawal — as the case lists refuse
 * them the rest.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly content: NoticeContentService,
    private readonly preferences: NoticePreferencesService,
    private readonly clock: Clock,
  ) {}

  async page(user: AuthUser, page: number, pageSize: number): Promise<InboxPage> {
    // A user who turned the in-app channel off sees nothing here (the notices stay: turned on
    // again, the inbox shows them); they hear by e-mail as they chose, their party's mailbox always.
    if (!(await this.preferences.of(user)).inApp) {
      return { items: [], page, pageSize, total: 0, unread: 0, inApp: false };
    }
    const { rows, total } = await this.notifications.pageFor(
      user.party.key,
      pageSize,
      (page - 1) * pageSize,
      scopeOf(user),
    );
    const reads = await this.readsOf(
      user.id,
      rows.map((row) => row.id),
    );
    const items = await Promise.all(rows.map((row) => this.item(user, row, reads.get(row.id) ?? null)));
    const counted: { read: string }[] = await this.dataSource.query(
      `SELECT count(*) AS read FROM notice_read WHERE user_id = $1`,
      [user.id],
    );
    return {
      items: items.flatMap((item) => (item ? [item] : [])),
      page,
      pageSize,
      total,
      unread: Math.max(0, total - Number(counted[0]?.read ?? 0)),
      inApp: true,
    };
  }

  /** Marks a notice read for this user (again: keeps the first time); 404 for a notice not theirs. */
  async markRead(user: AuthUser, id: string): Promise<InboxItem> {
    const row = isUuid(id) ? await this.notifications.find(id) : undefined;
    if (!row || !row.recipient_party_keys.includes(user.party.key) || !(await this.inScope(user, row))) {
      throw new NoticeError('NOTICE_NOT_FOUND', 404, `No notice ${id} in your inbox`);
    }
    await this.dataSource.query(
      `INSERT INTO notice_read (user_id, notification_id, read_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [user.id, id, this.clock.now()],
    );
    const readAt = (await this.readsOf(user.id, [id])).get(id) ?? null;
    const item = await this.item(user, row, readAt);
    if (!item) throw new NoticeError('NOTICE_NOT_FOUND', 404, `No notice ${id} in your inbox`);
    return item;
  }

  /**
   * Marks every notice of the user's inbox read for this user (one already read keeps its first
   * time). One statement, so a notice that arrives meanwhile is either marked or stays unread.
   */
  async markAllRead(user: AuthUser): Promise<InboxReadAll> {
    const marked: unknown[] = await this.dataSource.query(
      `INSERT INTO notice_read (user_id, notification_id, read_at)
       SELECT $1, n.id, $3 FROM notification n WHERE $2 = ANY(n.recipient_party_keys)
         AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM instance i WHERE i.id = n.instance_id AND i.routine_key = $4))
       ON CONFLICT DO NOTHING RETURNING notification_id`,
      [user.id, user.party.key, this.clock.now(), scopeOf(user) ?? null],
    );
    return { marked: marked.length, unread: (await this.page(user, 1, 1)).unread };
  }

  private async item(user: AuthUser, row: NotificationRow, readAt: Date | null): Promise<InboxItem | undefined> {
    const subject = await this.content.subjectOf(row);
    if (!subject) return undefined;
    const { rendered } = this.content.forParty(subject, user.party.key);
    return {
      id: row.id,
      kind: subject.kind,
      title: rendered?.subject ?? noticeKindInfo[subject.kind].title,
      text: rendered?.text ?? null,
      instanceId: subject.instanceId,
      caseRef: subject.caseRef,
      link: subject.link,
      tasks: subject.tasks.map((t) => ({ key: t.key, title: t.title, dueAt: t.dueAt?.toISOString() ?? null })),
      urgent: subject.urgent,
      createdAt: subject.createdAt.toISOString(),
      readAt: readAt ? new Date(readAt).toISOString() : null,
    };
  }

  /** Whether the notice is one this user's inbox shows (all, or only the agreement's own). */
  private async inScope(user: AuthUser, row: NotificationRow): Promise<boolean> {
    const routine = scopeOf(user);
    if (!routine) return true;
    const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM instance WHERE id = $1 AND routine_key = $2`, [
      row.instance_id,
      routine,
    ]);
    return found.length > 0;
  }

  private async readsOf(userId: string, ids: readonly string[]): Promise<Map<string, Date>> {
    if (ids.length === 0) return new Map();
    const rows: { notification_id: string; read_at: Date }[] = await this.dataSource.query(
      `SELECT notification_id, read_at FROM notice_read WHERE user_id = $1 AND notification_id = ANY($2::uuid[])`,
      [userId, ids],
    );
    return new Map(rows.map((row) => [row.notification_id, row.read_at]));
  }
}

/** The routine whose notices alone a user who does not work in cases sees; none for one who does. */
function scopeOf(user: AuthUser): string | undefined {
  return worksInCases(user) ? undefined : LIFECYCLE_ROUTINE;
}
