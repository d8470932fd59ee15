import { Injectable } from '@nestjs/common';
import { findPersonalData } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { NoticeError } from './notices.error.js';
import type { ContactView, PartyContactsView } from './notice-views.js';
import { DEFAULT_EMAIL_PREFERENCE } from './notice-preferences.service.js';
import type { EmailPreference } from './notice-preference.entity.js';

const address = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
/** A functional mailbox names its function, or a user is named by username: one of the two. */
export const newContactSchema = z.union([
  z.strictObject({ address, label: z.string().trim().min(1).max(100) }),
  z.strictObject({ address, username: z.string().trim().min(1).max(200) }),
]);
export type NewContact = z.infer<typeof newContactSchema>;

interface ContactRow {
  id: string;
  address: string;
  label: string | null;
  user_id: string | null;
  username: string | null;
  display_name: string | null;
  email: EmailPreference | null;
}

/**
 * Each party's contacts: its functional mailboxes and its users' work addresses. Kept by the
 * admin and by the strategists of a county the party takes part in (docs/security.md); every
 * change is audited.
 */
@Injectable()
export class PartyContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, partyKey: string): Promise<PartyContactsView> {
    const party = await this.managedParty(user, partyKey);
    return { party: partyKey, contacts: await this.contactsOf(this.dataSource.manager, party.id) };
  }

  async add(user: AuthUser, partyKey: string, input: NewContact): Promise<ContactView> {
    const party = await this.managedParty(user, partyKey);
    if ('label' in input) refusePersonalData(input.label);
    return this.dataSource.transaction(async (db) => {
      let userId: string | null = null;
      if ('username' in input) {
        const rows: { id: string; party_id: string }[] = await db.query(
          'SELECT id, party_id FROM app_user WHERE username = $1',
          [input.username],
        );
        const found = rows[0];
        if (!found || found.party_id !== party.id) {
          throw new NoticeError('CONTACT_USER_NOT_OF_PARTY', 422, `${input.username} is no user of ${partyKey}`, {
            problems: [{ path: 'username', message: `no user ${input.username} of ${partyKey}` }],
          });
        }
        userId = found.id;
      }
      const label = 'label' in input ? input.label : null;
      let id: string;
      try {
        const inserted: { id: string }[] = await db.query(
          `INSERT INTO party_contact (party_id, user_id, address, label) VALUES ($1, $2, $3, $4) RETURNING id`,
          [party.id, userId, input.address, label],
        );
        id = inserted[0]?.id ?? '';
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new NoticeError(
            'CONTACT_EXISTS',
            409,
            userId ? `${partyKey} already has an address for this user` : `${partyKey} already has ${input.address}`,
            { problems: [{ path: userId ? 'username' : 'address', message: 'already entered' }] },
          );
        }
        throw error;
      }
      await this.audit.record(db, user, {
        action: 'party.contact.added',
        subjectType: 'party',
        subjectId: party.id,
        details: { contact: id, kind: userId ? 'user' : 'mailbox' },
      });
      const contact = (await this.contactsOf(db, party.id)).find((c) => c.id === id);
      if (!contact) throw new NoticeError('CONTACT_NOT_FOUND', 404, `No contact ${id}`);
      return contact;
    });
  }

  async remove(user: AuthUser, partyKey: string, contactId: string): Promise<ContactView> {
    const party = await this.managedParty(user, partyKey);
    return this.dataSource.transaction(async (db) => {
      const contact = (await this.contactsOf(db, party.id)).find((c) => c.id === contactId);
      if (!contact) throw new NoticeError('CONTACT_NOT_FOUND', 404, `${partyKey} has no contact ${contactId}`);
      await db.query('DELETE FROM party_contact WHERE id = $1', [contactId]);
      await this.audit.record(db, user, {
        action: 'party.contact.removed',
        subjectType: 'party',
        subjectId: party.id,
        details: { contact: contactId, kind: contact.kind },
      });
      return contact;
    });
  }

  /** The party, if the caller keeps its contacts: the admin, or a strategist of one of its counties. */
  private async managedParty(user: AuthUser, partyKey: string): Promise<{ id: string }> {
    const rows: { id: string; counties: string[] }[] = await this.dataSource.query(
      `SELECT p.id, coalesce(array_agg(c.county_code) FILTER (WHERE c.county_code IS NOT NULL), '{}') AS counties
       FROM party p LEFT JOIN party_county c ON c.party_id = p.id WHERE p.key = $1 GROUP BY p.id`,
      [partyKey],
    );
    const party = rows[0];
    if (!party) throw new NoticeError('PARTY_NOT_FOUND', 404, `No organisation ${partyKey}`);
    const strategist = user.roles.includes('strategist') && party.counties.some((c) => user.counties.includes(c));
    if (!user.roles.includes('admin') && !strategist) {
      throw new NoticeError(
        'CONTACTS_FORBIDDEN',
        403,
        `${partyKey}'s contacts are kept by the admin and the strategists of its counties`,
      );
    }
    return party;
  }

  private async contactsOf(db: EntityManager, partyId: string): Promise<ContactView[]> {
    const rows: ContactRow[] = await db.query(
      `SELECT c.id, c.address, c.label, c.user_id, u.username, u.display_name, p.email
       FROM party_contact c
         LEFT JOIN app_user u ON u.id = c.user_id
         LEFT JOIN notice_preference p ON p.user_id = c.user_id
       WHERE c.party_id = $1 ORDER BY c.user_id IS NOT NULL, c.address`,
      [partyId],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.user_id ? 'user' : 'mailbox',
      address: row.address,
      label: row.label,
      user:
        row.user_id && row.username
          ? { id: row.user_id, username: row.username, displayName: row.display_name ?? row.username }
          : null,
      email: row.user_id ? (row.email ?? DEFAULT_EMAIL_PREFERENCE) : 'immediate',
    }));
  }
}

/**
 * A mailbox's label is free text, shown in every notice's address list: the PII guard applies
 * as to case data (a label "Anna Svensson 070-123 45 67" is refused), a 422 at `label`.
 */
function refusePersonalData(label: string): void {
  const problems = findPersonalData({ label });
  if (problems.length === 0) return;
  throw new NoticeError('PERSONAL_DATA_REJECTED', 422, 'The label looks like it holds personal data', {
    problems: problems.map((problem) => ({ path: problem.path, code: problem.code, message: problem.message.en })),
  });
}
