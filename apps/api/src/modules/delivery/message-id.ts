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

/**
 * The Message-ID of a user's daily digest for one Stockholm day: from the user and the date
 * alone, so whatever attempt sends it (a retry after a crash included) it is the same, and one
 * day never has two.
 */
export function digestMessageIdOf(userId: string, day: string, domain = 'samverkan.invalid'): string {
  const digest = createHash('sha256').update(`digest\n${userId}\n${day}`).digest('hex').slice(0, 32);
  return `<digest.${day}.${digest}@${domain}>`;
}
