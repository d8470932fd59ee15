import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CASE_LIST_LIMIT, listScope } from '../instance-store/case-lists.js';
import { InstanceRepository } from '../instance-store/instance.repository.js';
import { NotificationRepository } from './notification.repository.js';
import type { NotificationView } from './notification-view.js';

/** Reminders and escalations as people see them: those addressed to their organisation. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly instances: InstanceRepository,
  ) {}

  async addressedTo(user: AuthUser): Promise<NotificationView[]> {
    const rows = await this.notifications.addressedTo(listScope(user), CASE_LIST_LIMIT);
    const caseRefs = await this.instances.caseRefs(rows.map((row) => row.instance_id));
    return rows.flatMap((row) =>
      row.kind === 'taskAssigned'
        ? []
        : [
            {
              id: row.id,
              instanceId: row.instance_id,
              caseRef: caseRefs.get(row.instance_id) ?? '',
              kind: row.kind,
              taskKeys: row.task_keys,
              recipientRole: row.recipient_role,
              recipientParties: row.recipient_party_keys,
              status: row.status,
              createdAt: new Date(row.created_at).toISOString(),
            },
          ],
    );
  }
}
