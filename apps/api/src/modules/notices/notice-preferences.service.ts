import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { emailPreferences, type EmailPreference } from './notice-preference.entity.js';
import type { NoticePreferencesView } from './notice-views.js';

/**
 * The product default for a user who has not chosen: each notice by e-mail as it is sent, and
 * the inbox (a product default, not the agreement's: docs/notifications.md).
 */
export const DEFAULT_EMAIL_PREFERENCE: EmailPreference = 'immediate';
export const DEFAULT_IN_APP = true;

export const preferencesSchema = z.strictObject({ email: z.enum(emailPreferences), inApp: z.boolean() });
export type Preferences = z.infer<typeof preferencesSchema>;

/** How each user wants to hear their party's notices. */
@Injectable()
export class NoticePreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async of(user: AuthUser): Promise<NoticePreferencesView> {
    const rows: { email: EmailPreference | null; in_app: boolean | null; address: string | null }[] =
      await this.dataSource.query(
        `SELECT p.email, p.in_app, c.address FROM app_user u
           LEFT JOIN notice_preference p ON p.user_id = u.id
           LEFT JOIN party_contact c ON c.user_id = u.id
         WHERE u.id = $1`,
        [user.id],
      );
    const row = rows[0];
    const chosen = row?.email != null && row.in_app != null;
    return {
      email: row?.email ?? DEFAULT_EMAIL_PREFERENCE,
      inApp: row?.in_app ?? DEFAULT_IN_APP,
      productDefault: !chosen,
      address: row?.address ?? null,
    };
  }

  async set(user: AuthUser, preferences: Preferences): Promise<NoticePreferencesView> {
    await this.dataSource.query(
      `INSERT INTO notice_preference (user_id, email, in_app, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, in_app = EXCLUDED.in_app, updated_at = EXCLUDED.updated_at`,
      [user.id, preferences.email, preferences.inApp, this.clock.now()],
    );
    return this.of(user);
  }
}
