import { type DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { NotificationRepository } from '../engine/notifications/notification.repository.js';
import { NotificationsModule } from '../engine/notifications/notifications.module.js';
import { type ComposedNotice, NOTICE_COMPOSER, type NoticeComposer } from '../modules/notices/notice-composer.js';

/** What the test composer makes of a notification; a test may change it between steps. */
export interface TestComposerSettings {
  urgent: boolean;
  webhooks: boolean;
}

/**
 * A trivial composer for delivery tests (the real one is modules/notices'): each recipient party
 * gets one e-mail to `<party>@example.test` and a webhook entry, with a fixed Swedish text.
 */
@Injectable()
class TestComposer implements NoticeComposer {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly settings: TestComposerSettings,
  ) {}

  async compose(notificationId: string): Promise<ComposedNotice[]> {
    const row = await this.notifications.find(notificationId);
    if (!row) return [];
    const kind = row.kind === 'reminder' ? 'overdue' : row.kind;
    return row.recipient_party_keys.flatMap((partyKey): ComposedNotice[] => {
      const common = {
        notificationId,
        kind,
        subject: `Påminnelse: ${row.task_keys.join(', ')}`,
        text: `Uppgiften ${row.task_keys.join(', ')} väntar.`,
        html: `<p>Uppgiften ${row.task_keys.join(', ')} väntar.</p>`,
        urgent: this.settings.urgent,
      };
      return [
        { ...common, recipient: { channel: 'email', address: `${partyKey}@example.test`, partyKey } },
        ...(this.settings.webhooks ? [{ ...common, recipient: { channel: 'webhook' as const, partyKey } }] : []),
      ];
    });
  }
}

const SETTINGS = Symbol('TEST_COMPOSER_SETTINGS');

@Global()
@Module({})
class TestComposerModule {}

/** A global module providing NOTICE_COMPOSER in place of the real one, for `startTestApp(…, { noticeComposer: testComposer(settings) })`. */
export function testComposer(settings: TestComposerSettings): DynamicModule {
  return {
    module: TestComposerModule,
    global: true,
    imports: [NotificationsModule],
    providers: [
      { provide: SETTINGS, useValue: settings },
      {
        provide: NOTICE_COMPOSER,
        inject: [NotificationRepository, SETTINGS],
        useFactory: (notifications: NotificationRepository, s: TestComposerSettings) =>
          new TestComposer(notifications, s),
      },
    ],
    exports: [NOTICE_COMPOSER],
  };
}
