import { Injectable } from '@nestjs/common';
import type { NoticeAudience } from '@samverkan/agreements';
import { DataSource } from 'typeorm';
import type { Role } from '../../platform/auth/role.js';
import { DEFAULT_EMAIL_PREFERENCE } from './notice-preferences.service.js';
import type { EmailPreference } from './notice-preference.entity.js';

/** One address of a party and how it wants notices. */
export interface PartyAddress {
  partyKey: string;
  address: string;
  /** The user whose address it is; undefined for a functional mailbox. */
  userId?: string;
  email: EmailPreference;
}

/** Roles that work in cases: only they hear about a task in a case (as the case lists say). */
const caseRoles: readonly Role[] = ['coordinator', 'member'];

/**
 * Who hears a notice: a routine role resolves to the parties that play it (the notification's
 * `recipient_party_keys`, fixed when it was queued) and each party to its contacts. A functional
 * mailbox always gets e-mail; a user gets what they chose (the product default otherwise), and a
 * notice about a case only if they work in cases.
 */
@Injectable()
export class NoticeRecipientsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The addresses of these parties that take a notice of this audience, with each one's choice. */
  async addressesOf(partyKeys: readonly string[], audience: NoticeAudience): Promise<PartyAddress[]> {
    const rows: {
      party_key: string;
      address: string;
      user_id: string | null;
      email: EmailPreference | null;
      roles: Role[] | null;
    }[] = await this.dataSource.query(
      `SELECT p.key AS party_key, c.address, c.user_id, np.email, u.roles
         FROM party_contact c
           JOIN party p ON p.id = c.party_id
           LEFT JOIN app_user u ON u.id = c.user_id
           LEFT JOIN notice_preference np ON np.user_id = c.user_id
         WHERE p.key = ANY($1::text[]) ORDER BY p.key, c.user_id IS NOT NULL, c.address`,
      [[...new Set(partyKeys)]],
    );
    return rows
      .filter(
        (row) => !row.user_id || audience !== 'case' || (row.roles ?? []).some((role) => caseRoles.includes(role)),
      )
      .map((row) => ({
        partyKey: row.party_key,
        address: row.address,
        ...(row.user_id ? { userId: row.user_id } : {}),
        email: row.user_id ? (row.email ?? DEFAULT_EMAIL_PREFERENCE) : 'immediate',
      }));
  }

  /** The addresses that take notices now, one e-mail each: mailboxes and users who chose `immediate`. */
  async immediateOf(partyKeys: readonly string[], audience: NoticeAudience): Promise<PartyAddress[]> {
    return (await this.addressesOf(partyKeys, audience)).filter((a) => a.email === 'immediate');
  }

  /**
   * Users who chose the daily digest and work in cases (what it collects is about cases), with
   * their address and party (for the delivery's digest).
   */
  digestSubscribers(): Promise<{ userId: string; partyKey: string; address: string }[]> {
    return this.dataSource.query(
      `SELECT c.user_id AS "userId", p.key AS "partyKey", c.address
       FROM notice_preference np JOIN party_contact c ON c.user_id = np.user_id JOIN party p ON p.id = c.party_id
         JOIN app_user u ON u.id = c.user_id
       WHERE np.email = 'digest' AND u.roles && $1::text[] ORDER BY p.key, c.address`,
      [caseRoles],
    );
  }
}
