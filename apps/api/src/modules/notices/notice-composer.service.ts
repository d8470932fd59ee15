import { Injectable } from '@nestjs/common';
import { noticeKindInfo } from '@samverkan/agreements';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import type { ComposedNotice, NoticeComposer } from './notice-composer.js';
import { NoticeContentService } from './notice-content.service.js';
import { NoticeRecipientsService } from './notice-recipients.service.js';

/**
 * NOTICE_COMPOSER: the messages one notification becomes, for the delivery worker to send. For
 * each party it is addressed to: one e-mail per address that takes notices now (its mailboxes,
 * and its users who chose immediate e-mail), then one webhook entry (the delivery side knows
 * whether the party has a webhook). A notice that trips the PII guard becomes no message at all.
 */
@Injectable()
export class NoticeComposerService implements NoticeComposer {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly content: NoticeContentService,
    private readonly recipients: NoticeRecipientsService,
  ) {}

  async compose(notificationId: string): Promise<ComposedNotice[]> {
    const row = await this.notifications.find(notificationId);
    if (!row) return [];
    const subject = await this.content.subjectOf(row);
    if (!subject) return [];
    const addresses = await this.recipients.immediateOf(
      row.recipient_party_keys,
      noticeKindInfo[subject.kind].audience,
    );
    const composed: ComposedNotice[] = [];
    for (const partyKey of new Set(row.recipient_party_keys)) {
      const { rendered } = this.content.forParty(subject, partyKey);
      if (!rendered) continue;
      const message = { notificationId, kind: subject.kind, urgent: subject.urgent, ...rendered };
      for (const address of addresses.filter((a) => a.partyKey === partyKey)) {
        composed.push({
          ...message,
          ...(subject.attachments ? { attachments: subject.attachments } : {}),
          recipient: {
            channel: 'email',
            address: address.address,
            partyKey,
            ...(address.userId ? { userId: address.userId } : {}),
          },
        });
      }
      composed.push({ ...message, recipient: { channel: 'webhook', partyKey } });
    }
    return composed;
  }
}
