import { Module } from '@nestjs/common';
import { Mailer } from './mailer.js';

/** The SMTP port (platform: it knows no feature). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
