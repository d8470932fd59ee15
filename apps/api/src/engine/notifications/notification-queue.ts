/**
 * The outbox's queue: one job per queued notification, whose id is the notification's, so
 * dispatching it twice is one job. Its processor (modules/delivery) composes the notification
 * into messages and hands each to its channel's queue.
 */
export const NOTIFICATIONS_QUEUE = 'notifications';
export const COMPOSE_JOB = 'compose';

export function composeJobId(notificationId: string): string {
  return `notification-${notificationId}`;
}
