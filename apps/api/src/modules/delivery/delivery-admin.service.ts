import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobType, Queue } from 'bullmq';
import { DEADLINES_QUEUE } from '../../engine/deadlines/deadline-queue.js';
import { DeadlineRepository } from '../../engine/deadlines/deadline.repository.js';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import { NOTIFICATIONS_QUEUE } from '../../engine/notifications/notification-queue.js';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { TaskRepository } from '../../engine/tasks/task.repository.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { AppError } from '../../platform/errors/app-error.js';
import { Mailer } from '../../platform/mail/mailer.js';
import { DeliveryAttempts } from './delivery-attempts.service.js';
import { DeliveryDispatcher } from './delivery-dispatcher.service.js';
import type { DeliveryChannel, DeliveryStatus } from './delivery.entity.js';
import { DIGEST_QUEUE, EMAIL_QUEUE, WEBHOOKS_QUEUE } from './delivery-queues.js';
import { type DeliveryRow, DeliveryRepository } from './delivery.repository.js';

export class DeliveryAdminError extends AppError<
  'DELIVERY_NOT_FOUND' | 'DELIVERY_NOT_DEAD' | 'QUEUE_NOT_FOUND' | 'JOB_NOT_FOUND' | 'QUERY_INVALID'
> {}

/** A message as the admin sees it: where it goes and how it stands; its content only as subject/kind. */
export interface DeliveryView {
  id: string;
  /** The notification it is a message of; null for a daily digest. */
  notificationId: string | null;
  /** The daily digest it is the e-mail of; null for a notification's message. */
  digestId: string | null;
  channel: DeliveryChannel;
  recipient: string;
  partyKey: string;
  kind: string;
  urgent: boolean;
  messageId: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  notBefore: string;
  createdAt: string;
  deliveredAt: string | null;
}

export interface ChannelStanding {
  pending: number;
  delivered: number;
  dead: number;
  discarded: number;
  /** The earliest send time among pending messages. */
  oldestPending: string | null;
  /** Pending messages whose send time passed more than STUCK_AFTER_MS ago. */
  stuck: number;
}

/** How delivery stands: whether e-mail can go out at all, and each channel's messages. */
export interface DeliverySummary {
  smtp: { configured: boolean; note: string | null };
  channels: Record<DeliveryChannel, ChannelStanding>;
}

export type JobState = 'waiting' | 'delayed' | 'active' | 'failed';
const JOB_STATES: readonly JobState[] = ['waiting', 'delayed', 'active', 'failed'];

/** A queue's jobs by state, and how many of its items are stuck (due long ago, not done). */
export interface QueueOverview {
  queue: string;
  waiting: number;
  delayed: number;
  active: number;
  failed: number;
  stuck: number;
}

export interface JobView {
  id: string;
  name: string;
  state: JobState;
  data: Record<string, unknown>;
  attemptsMade: number;
  failedReason: string | null;
  createdAt: string;
  /** When a delayed job is due. */
  dueAt: string | null;
}

/** What an admin did to a job. */
export interface JobAction {
  queue: string;
  job: string;
  done: 'retried' | 'discarded';
}

/** A case waiting on a task past its due time. */
export interface OverdueTaskView {
  instanceId: string;
  caseRef: string;
  taskKey: string;
  title: string;
  owedBy: string;
  parties: string[];
  dueAt: string;
}

/** Due this long ago and still not done: stuck (a quarter of an hour, a product default). */
export const STUCK_AFTER_MS = 15 * 60 * 1000;
const LIST_LIMIT = 200;

/**
 * The operators' view over delivery and the queues: dead letters and their retry or discard,
 * jobs per queue by state with retry and discard, and the cases waiting on an overdue task.
 */
@Injectable()
export class DeliveryAdminService {
  private readonly queues: Map<string, Queue>;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
    private readonly attempts: DeliveryAttempts,
    private readonly notifications: NotificationRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly tasks: TaskRepository,
    private readonly instances: InstanceRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @InjectQueue(NOTIFICATIONS_QUEUE) notificationsQueue: Queue,
    @InjectQueue(DEADLINES_QUEUE) deadlinesQueue: Queue,
    @InjectQueue(DIGEST_QUEUE) digestsQueue: Queue,
  ) {
    this.queues = new Map([
      [NOTIFICATIONS_QUEUE, notificationsQueue],
      [EMAIL_QUEUE, dispatcher.queue('email')],
      [WEBHOOKS_QUEUE, dispatcher.queue('webhook')],
      [DEADLINES_QUEUE, deadlinesQueue],
      // The daily digest's scheduler: its delayed job is the next look; a failed one is a look
      // that threw. The digests it writes are e-mails, stuck (if at all) under `email`.
      [DIGEST_QUEUE, digestsQueue],
    ]);
  }

  async list(status: string | undefined, limit: number, offset: number): Promise<DeliveryView[]> {
    if (status !== undefined && status !== 'dead') {
      throw new DeliveryAdminError('QUERY_INVALID', 422, 'status must be dead (the dead letters)', {
        problems: [{ path: 'status', message: 'dead' }],
      });
    }
    return (await this.deliveries.deadLetters(Math.min(limit, LIST_LIMIT), offset)).map(viewOf);
  }

  async summary(): Promise<DeliverySummary> {
    const empty = (): ChannelStanding => ({
      pending: 0,
      delivered: 0,
      dead: 0,
      discarded: 0,
      oldestPending: null,
      stuck: 0,
    });
    const channels: Record<DeliveryChannel, ChannelStanding> = { email: empty(), webhook: empty() };
    for (const row of await this.deliveries.summary()) {
      channels[row.channel][row.status] = row.count;
      if (row.status === 'pending' && row.oldest)
        channels[row.channel].oldestPending = new Date(row.oldest).toISOString();
    }
    for (const row of await this.deliveries.stuck(this.clock.now(), STUCK_AFTER_MS))
      channels[row.channel].stuck = row.count;
    const configured = this.mailer.configured;
    return {
      smtp: {
        configured,
        note: configured
          ? null
          : `SMTP_URL is not set in this process: ${channels.email.pending} e-mail(s) wait, pending, until a worker with SMTP_URL runs`,
      },
      channels,
    };
  }

  /** A dead letter sent again, at once, with fresh attempts. */
  async retry(id: string): Promise<DeliveryView> {
    const revived = await this.deliveries.revive(id, this.clock.now());
    if (!revived) throw await this.notDead(id);
    await this.dispatcher.ensure(revived, true);
    return viewOf(await this.found(id));
  }

  /** A pending message or dead letter dropped for good. */
  async discard(id: string): Promise<DeliveryView> {
    const discarded = await this.deliveries.discard(id, 'discarded by an admin');
    if (!discarded) throw await this.notDead(id);
    const row = await this.found(id);
    await this.dispatcher.withdraw({ id, channel: row.channel });
    await this.attempts.settle(row.notification_id);
    return viewOf(row);
  }

  async queueOverview(): Promise<QueueOverview[]> {
    const now = this.clock.now();
    const stuckBefore = new Date(now.getTime() - STUCK_AFTER_MS);
    const stuckDeliveries = new Map(
      (await this.deliveries.stuck(now, STUCK_AFTER_MS)).map((r) => [r.channel, r.count]),
    );
    const uncomposed = (await this.notifications.uncomposed(10_000)).filter((r) => r.written_ms_ago >= STUCK_AFTER_MS);
    const stuck: Record<string, number> = {
      [NOTIFICATIONS_QUEUE]: uncomposed.length,
      [EMAIL_QUEUE]: stuckDeliveries.get('email') ?? 0,
      [WEBHOOKS_QUEUE]: stuckDeliveries.get('webhook') ?? 0,
      [DEADLINES_QUEUE]: (await this.deadlines.pendingDueBy(stuckBefore, 10_000)).length,
    };
    return Promise.all(
      [...this.queues].map(async ([name, queue]) => {
        const counts = await queue.getJobCounts(...JOB_STATES);
        return {
          queue: name,
          waiting: counts['waiting'] ?? 0,
          delayed: counts['delayed'] ?? 0,
          active: counts['active'] ?? 0,
          failed: counts['failed'] ?? 0,
          stuck: stuck[name] ?? 0,
        };
      }),
    );
  }

  async jobs(queueName: string, state: string | undefined, limit: number): Promise<JobView[]> {
    const queue = this.queue(queueName);
    const wanted = (state ?? 'failed') as JobState;
    if (!JOB_STATES.includes(wanted)) {
      throw new DeliveryAdminError('QUERY_INVALID', 422, `state must be one of ${JOB_STATES.join(', ')}`, {
        problems: [{ path: 'state', message: JOB_STATES.join(' | ') }],
      });
    }
    const jobs = await queue.getJobs([wanted as JobType], 0, Math.min(limit, LIST_LIMIT) - 1);
    return jobs.map((job) => ({
      id: String(job.id),
      name: job.name,
      state: wanted,
      data: job.data as Record<string, unknown>,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason ?? null,
      createdAt: new Date(job.timestamp).toISOString(),
      dueAt: wanted === 'delayed' ? new Date(job.timestamp + (job.opts.delay ?? 0)).toISOString() : null,
    }));
  }

  /** A failed job run again (BullMQ's retry). */
  async retryJob(queueName: string, jobId: string): Promise<void> {
    const job = await this.queue(queueName).getJob(jobId);
    if (!job) throw new DeliveryAdminError('JOB_NOT_FOUND', 404, `No job ${jobId} on ${queueName}`);
    await job.retry();
  }

  /**
   * A job removed. The row it served is untouched: a pending deadline, notification or delivery
   * whose job is discarded is put back by its reconciler; drop a message for good with the
   * delivery's discard.
   */
  async discardJob(queueName: string, jobId: string): Promise<void> {
    const job = await this.queue(queueName).getJob(jobId);
    if (!job) throw new DeliveryAdminError('JOB_NOT_FOUND', 404, `No job ${jobId} on ${queueName}`);
    await job.remove();
  }

  async overdue(limit: number): Promise<OverdueTaskView[]> {
    const rows = await this.tasks.openOverdue(this.clock.now(), Math.min(limit, LIST_LIMIT));
    const refs = await this.instances.caseRefs(rows.map((row) => row.instance_id));
    return rows.map((row) => ({
      instanceId: row.instance_id,
      caseRef: refs.get(row.instance_id) ?? '',
      taskKey: row.key,
      title: row.title,
      owedBy: row.owed_by,
      parties: row.party_keys,
      dueAt: new Date(row.due_at ?? 0).toISOString(),
    }));
  }

  private queue(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new DeliveryAdminError('QUEUE_NOT_FOUND', 404, `No queue ${name}`);
    return queue;
  }

  private async found(id: string): Promise<DeliveryRow> {
    const row = await this.deliveries.find(id);
    if (!row) throw new DeliveryAdminError('DELIVERY_NOT_FOUND', 404, `No delivery ${id}`);
    return row;
  }

  private async notDead(id: string): Promise<DeliveryAdminError> {
    const row = await this.found(id);
    return new DeliveryAdminError('DELIVERY_NOT_DEAD', 409, `Delivery ${id} is ${row.status}`);
  }
}

function viewOf(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    notificationId: row.notification_id,
    digestId: row.digest_id,
    channel: row.channel,
    recipient: row.recipient_key,
    partyKey: row.party_key,
    kind: row.kind,
    urgent: row.urgent,
    messageId: row.message_id,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    notBefore: new Date(row.not_before).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    deliveredAt: row.delivered_at ? new Date(row.delivered_at).toISOString() : null,
  };
}
