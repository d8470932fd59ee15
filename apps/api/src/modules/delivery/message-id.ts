import { createHash } from 'node:crypto';

/**
 * The Message-ID of a notification's e-mail to one recipient: derived, not drawn, so every
 * attempt (a retry after a crash included) carries the same one and a receiver or an operator
 * recognises the repeat (RFC 5322 §3.6.4: unique per message, which this one is).
 */
export function messageIdOf(notificationId: string, recipientKey: string, domain = 'samverkan.invalid'): string {
  const digest = createHash('sha256').update(`${notificationId}\n${recipientKey}`).digest('hex').slice(0, 32);
  return `<${notificationId}.${digest}@${domain}>`;
}
