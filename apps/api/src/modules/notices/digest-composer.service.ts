import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  defaultNoticeTemplates,
  formatStockholmTime,
  type NoticeModel,
  noticeKindInfo,
  renderNotice,
} from '@samverkan/agreements';
import { findPersonalData } from '@samverkan/workflows';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { TaskRepository } from '../../engine/tasks/task.repository.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import type { ComposedDigest, DigestComposer, DigestSubscriber, DigestWindow } from './notice-composer.js';
import { NoticeContentService } from './notice-content.service.js';
import { NoticeRecipientsService } from './notice-recipients.service.js';

/** Items one digest lists at most per section: a digest stays one readable message. */
const DIGEST_SECTION_LIMIT = 100;

/**
 * DIGEST_COMPOSER: one user's daily digest — the open tasks their party owes that are due that
 * day (Europe/Stockholm) or overdue, and the notices that arrived for the party since the last
 * digest (each by its subject, as the inbox shows it) — rendered from the product's `digest`
 * template and passed through the PII guard as a whole.
 */
@Injectable()
export class DigestComposerService implements DigestComposer {
  private readonly logger = new Logger('notices');

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly dataSource: DataSource,
    private readonly recipients: NoticeRecipientsService,
    private readonly notifications: NotificationRepository,
    private readonly tasks: TaskRepository,
    private readonly instances: InstanceRepository,
    private readonly content: NoticeContentService,
  ) {}

  subscribers(): Promise<DigestSubscriber[]> {
    return this.recipients.digestSubscribers();
  }

  async composeDigest(subscriber: DigestSubscriber, window: DigestWindow): Promise<ComposedDigest> {
    const { partyKey } = subscriber;
    const day = DateTime.fromISO(window.day, { zone: 'Europe/Stockholm' });
    const dayStart = day.startOf('day').toJSDate();
    const dayEnd = day.plus({ days: 1 }).startOf('day').toJSDate();
    const [open, arrivedRows, partyName] = await Promise.all([
      this.tasks.openOwedByDueBefore(partyKey, dayEnd, DIGEST_SECTION_LIMIT * 2),
      this.notifications.arrivedFor(partyKey, window.since, window.until, DIGEST_SECTION_LIMIT),
      this.partyName(partyKey),
    ]);
    const refs = await this.instances.caseRefs([
      ...open.map((t) => t.instance_id),
      ...arrivedRows.map((n) => n.instance_id),
    ]);
    const caseOf = (instanceId: string) => ({ ref: refs.get(instanceId) ?? '', link: this.linkOf(instanceId) });
    const task = (row: (typeof open)[number]) => ({
      title: row.title,
      due: row.due_at ? formatStockholmTime(new Date(row.due_at)) : '',
      case: caseOf(row.instance_id),
    });
    const overdue = open.filter((row) => row.due_at && new Date(row.due_at) < dayStart).slice(0, DIGEST_SECTION_LIMIT);
    const dueToday = open
      .filter((row) => row.due_at && new Date(row.due_at) >= dayStart)
      .slice(0, DIGEST_SECTION_LIMIT);
    const arrived = [];
    for (const row of arrivedRows) {
      const subject = await this.content.subjectOf(row);
      if (!subject) continue;
      // The notice's subject as the party's e-mail has it (passed the PII guard), else its kind's name.
      const rendered = this.content.forParty(subject, partyKey).rendered;
      arrived.push({ title: rendered?.subject ?? noticeKindInfo[subject.kind].title, case: caseOf(row.instance_id) });
    }
    const items = dueToday.length + overdue.length + arrived.length;
    if (items === 0) return { items };
    const model: NoticeModel = {
      day: formatStockholmDay(day),
      recipient: { party: partyName },
      dueToday: dueToday.map(task),
      overdue: overdue.map(task),
      arrived,
      inbox: { link: `${this.runtime.config.delivery.publicUrl}/` },
    };
    const rendered = renderNotice(defaultNoticeTemplates.digest, model);
    if (!this.passesPrivacyGuard(rendered)) {
      this.logger.warn(`digest of user ${subscriber.userId} for ${window.day}: tripped the PII guard; not sent`);
      return { items };
    }
    return { items, rendered };
  }

  private linkOf(instanceId: string): string {
    return `${this.runtime.config.delivery.publicUrl}/cases/${instanceId}`;
  }

  /** The PII guard over the whole digest; the system's own case links are taken out first (an id's digits can look like a phone number). */
  private passesPrivacyGuard(rendered: { subject: string; text: string; html: string }): boolean {
    const base = this.runtime.config.delivery.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const links = new RegExp(`${base}/cases/[0-9a-f-]{36}`, 'gi');
    const without = (text: string) => text.replace(links, '');
    return (
      findPersonalData({
        subject: without(rendered.subject),
        text: without(rendered.text),
        html: without(rendered.html),
      }).length === 0
    );
  }

  private async partyName(key: string): Promise<string> {
    const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM party WHERE key = $1', [key]);
    return rows[0]?.name ?? key;
  }
}

/** "tisdag 3 mars 2026": the day as a Swedish reader expects it. */
function formatStockholmDay(day: DateTime): string {
  return day.setLocale('sv').toFormat('cccc d LLLL yyyy');
}
