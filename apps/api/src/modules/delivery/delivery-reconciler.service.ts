import { Injectable, Logger } from '@nestjs/common';
import { NotificationDispatcher } from '../../engine/notifications/notification-dispatcher.service.js';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { DeliveryDispatcher } from './delivery-dispatcher.service.js';
import { DeliveryRepository } from './delivery.repository.js';

/** Rows this fresh may simply not be dispatched yet: enqueued anyway, but not reported as lost. */
export const DISPATCH_GRACE_MS = 5_000;
/** Rows looked at per run and kind: a run stays bounded however much is pending. */
export const RECONCILE_BATCH = 5_000;

export interface DeliveryReconcileReport {
  /** Notifications not yet composed whose job the queue lacked. */
  notifications: number;
  /** Pending deliveries whose job the queue lacked. */
  deliveries: number;
}

/**
 * The backstop of the outbox (ARCHITECTURE: Execution, step 4): whatever PostgreSQL holds
 * uncomposed or pending and the queue lacks (a crash between commit and enqueue, Redis losing
 * its data, a job that failed for good or stalled too often) is put back. E-mail only in a
 * process with SMTP: without it e-mail stays pending.
 */
@Injectable()
export class DeliveryReconciler {
  private readonly logger = new Logger('Reconciler');

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly outbox: NotificationDispatcher,
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  async run(): Promise<DeliveryReconcileReport> {
    const report: DeliveryReconcileReport = { notifications: 0, deliveries: 0 };
    for (const row of await this.notifications.uncomposed(RECONCILE_BATCH)) {
      if ((await this.outbox.ensure(row.id)) && row.written_ms_ago >= DISPATCH_GRACE_MS) report.notifications += 1;
    }
    for (const row of await this.deliveries.pending(this.dispatcher.channels(), RECONCILE_BATCH)) {
      const added = await this.dispatcher.ensure({
        id: row.id,
        channel: row.channel,
        notBefore: new Date(row.not_before),
      });
      if (added && row.idle_ms >= DISPATCH_GRACE_MS) report.deliveries += 1;
    }
    if (report.notifications + report.deliveries > 0) {
      this.logger.warn(
        `Re-enqueued ${report.notifications} notification(s) and ${report.deliveries} delivery(ies) the queue had lost`,
      );
    }
    return report;
  }
}
