import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** That a user has read a notice in their inbox (absent: unread). */
@Entity({ name: 'notice_read' })
export class NoticeReadEntity {
  @ForeignKey('app_user', { name: 'FK_notice_read_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_notice_read' })
  userId: string;

  @ForeignKey('notification', { name: 'FK_notice_read_notification', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'notification_id', type: 'uuid', primaryKeyConstraintName: 'PK_notice_read' })
  notificationId: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;
}
