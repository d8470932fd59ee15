import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { RUNTIME, type Runtime } from '../config/runtime.js';

/** One e-mail as it leaves: the Message-ID is the caller's, stable across retries. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Files it carries (a meeting invitation's `.ics`). */
  attachments?: { filename: string; contentType: string; content: string }[];
}

/**
 * SMTP through nodemailer (SMTP_URL, SMTP_FROM). One pooled transport per process. Without
 * SMTP_URL there is no transport: `configured` is false and the delivery side keeps e-mail
 * pending rather than sending it anywhere.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | undefined;

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {
    const url = runtime.config.delivery.smtpUrl;
    // Short timeouts: a server that does not answer is a failed attempt, retried with backoff.
    this.transport = url
      ? createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : undefined;
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not configured');
    await this.transport.sendMail({
      from: this.runtime.config.delivery.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      ...(mail.attachments ? { attachments: mail.attachments } : {}),
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
