import { Injectable } from '@nestjs/common';
import { noticeKindInfo } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import { worksInCases } from '../../engine/instance-store/case-access.js';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
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
    private readonly instances: InstanceRepository,
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
      await this.scopeOf(user),
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
    // The ids first, then one insert: a notice that arrives meanwhile is not among them and stays unread.
    const ids = await this.notifications.idsFor(user.party.key, await this.scopeOf(user));
    const marked: unknown[] = await this.dataSource.query(
      `INSERT INTO notice_read (user_id, notification_id, read_at)
       SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id
       ON CONFLICT DO NOTHING RETURNING notification_id`,
      [user.id, ids, this.clock.now()],
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
    const only = await this.scopeOf(user);
    return !only || only.includes(row.instance_id);
  }

  /**
   * The cases whose notices alone a user who does not work in cases sees — the agreements'
   * lifecycles; undefined (all) for one who does.
   */
  private async scopeOf(user: AuthUser): Promise<string[] | undefined> {
    return worksInCases(user) ? undefined : this.instances.idsOfRoutine(LIFECYCLE_ROUTINE);
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
