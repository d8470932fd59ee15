import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import { type NotificationRow, NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { TaskRepository } from '../../engine/tasks/task.repository.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { type ComposedNotice, NOTICE_COMPOSER, type NoticeComposer } from '../notices/notice-composer.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';
import { DeliveryDispatcher } from './delivery-dispatcher.service.js';
import { type NewDelivery, DeliveryRepository } from './delivery.repository.js';
import { messageIdOf } from './message-id.js';
import { nextWorkingMoment } from './working-hours.js';

/**
 * What a webhook receives: the notice's kind, the pseudonymous case reference, the tasks with
 * their due times, and a link. Nothing about the person the case concerns, and no free text.
 */
export interface WebhookBody {
  id: string;
  kind: string;
  caseRef: string;
  tasks: { key: string; title: string; dueAt: string | null }[];
  link: string;
  urgent: boolean;
  createdAt: string;
}

/**
 * Turns one queued notification into its deliveries: asks the composer (modules/notices) for
 * its messages, keeps the webhook entries of parties that have a webhook, stamps each with its
 * stable Message-ID and its earliest send time (working hours unless urgent), and writes them in
 * the transaction that marks the notification composed: a crash before the commit leaves it to
 * compose again, and a second composing finds it composed and writes nothing. After the commit
 * the pending deliveries go to their channel's queue.
 */
@Injectable()
export class NoticeComposition {
  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Optional() @Inject(NOTICE_COMPOSER) private readonly composer: NoticeComposer | null,
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly instances: InstanceRepository,
    private readonly tasks: TaskRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly webhooks: WebhooksService,
    private readonly dispatcher: DeliveryDispatcher,
    private readonly clock: Clock,
  ) {}

  /** Returns how many deliveries this composing wrote (0 when it was composed before). */
  async compose(notificationId: string): Promise<number> {
    const notification = await this.notifications.find(notificationId);
    if (!notification) return 0;
    if (notification.composed_at === null) {
      if (!this.composer) throw new Error('No notice composer is installed (modules/notices)');
      const notices = await this.composer.compose(notificationId);
      const rows = await this.rowsOf(notification, notices);
      const written = await this.dataSource.transaction(async (db) => {
        if (!(await this.notifications.lockUncomposed(db, notificationId))) return 0;
        await this.deliveries.insert(db, rows);
        await this.notifications.markComposed(db, notificationId, this.clock.now());
        return rows.length;
      });
      await this.dispatcher.enqueue(await this.deliveries.pendingOf(notificationId));
      return written;
    }
    // Composed before (a repeat after a crash between the commit and the enqueue): enqueue again.
    await this.dispatcher.enqueue(await this.deliveries.pendingOf(notificationId));
    return 0;
  }

  private async rowsOf(notification: NotificationRow, notices: readonly ComposedNotice[]): Promise<NewDelivery[]> {
    const now = this.clock.now();
    const hooked = await this.webhooks.configured(
      notices.filter((n) => n.recipient.channel === 'webhook').map((n) => n.recipient.partyKey),
    );
    const needsBody = notices.some((n) => n.recipient.channel === 'webhook' && hooked.has(n.recipient.partyKey));
    const facts = needsBody ? await this.factsOf(notification.instance_id, notification.task_keys) : undefined;
    return notices.flatMap((notice): NewDelivery[] => {
      const { recipient } = notice;
      const notBefore = notice.urgent ? now : nextWorkingMoment(now, this.runtime.config.delivery.workingHours);
      const common = { notificationId: notice.notificationId, kind: notice.kind, urgent: notice.urgent, notBefore };
      if (recipient.channel === 'email') {
        const recipientKey = `email:${recipient.address.toLowerCase()}`;
        return [
          {
            ...common,
            channel: 'email',
            recipientKey,
            partyKey: recipient.partyKey,
            messageId: messageIdOf(notice.notificationId, recipientKey),
            content: {
              to: recipient.address,
              subject: notice.subject,
              text: notice.text,
              html: notice.html,
              ...(notice.attachments ? { attachments: notice.attachments } : {}),
            },
          },
        ];
      }
      if (!hooked.has(recipient.partyKey) || !facts) return [];
      const recipientKey = `webhook:${recipient.partyKey}`;
      const body: WebhookBody = {
        id: notice.notificationId,
        kind: notice.kind,
        caseRef: facts.caseRef,
        tasks: facts.tasks,
        link: facts.link,
        urgent: notice.urgent,
        createdAt: now.toISOString(),
      };
      return [
        {
          ...common,
          channel: 'webhook',
          recipientKey,
          partyKey: recipient.partyKey,
          messageId: messageIdOf(notice.notificationId, recipientKey),
          content: { ...body },
        },
      ];
    });
  }

  /** The case reference, the notification's tasks (those still open) with their due times, and the link. */
  private async factsOf(instanceId: string, taskKeys: readonly string[]) {
    const caseRef = (await this.instances.caseRefs([instanceId])).get(instanceId) ?? '';
    const tasks = await this.tasks.ofInstance(instanceId);
    return {
      caseRef,
      link: `${this.runtime.config.delivery.publicUrl}/cases/${instanceId}`,
      tasks: tasks
        .filter((task) => task.status === 'open' && taskKeys.includes(task.key))
        .map((task) => ({
          key: task.key,
          title: task.title,
          dueAt: task.due_at ? new Date(task.due_at).toISOString() : null,
        })),
    };
  }
}
