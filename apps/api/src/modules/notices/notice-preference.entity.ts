import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** `immediate`: each notice by e-mail as it is sent; `digest`: one e-mail a day; `off`: none. */
export const emailPreferences = ['immediate', 'digest', 'off'] as const;
export type EmailPreference = (typeof emailPreferences)[number];

/**
 * How a user wants to hear their party's notices. A user without a row has the product default
 * (immediate e-mail and the inbox; see notice-preferences.service.ts). A functional mailbox has
 * no preference: it always gets e-mail.
 */
@Entity({ name: 'notice_preference' })
@Check('CHK_notice_preference_email', `email IN ('immediate','digest','off')`)
export class NoticePreferenceEntity {
  @ForeignKey('app_user', { name: 'FK_notice_preference_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_notice_preference' })
  userId: string;

  @Column({ type: 'text' })
  email: EmailPreference;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
