import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { AuditService } from '../audit/audit.service.js';
import { canReadDrafts, canWrite } from './agreement-access.js';
import { MeetingDatesService } from './meeting-dates.service.js';
import { AgreementViewsService } from './agreement-views.service.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementError } from './agreements.error.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';

/** A party's feed as listed: never its secret, which is shown once, when it is made. */
export interface CalendarFeedView {
  id: string;
  agreement: string;
  party: string;
  createdAt: string;
  /** Who made it (display name), or null when that user is gone. */
  createdBy: string | null;
  revokedAt: string | null;
}

/** A feed just made: its address, with the secret, shown this once. */
export interface CreatedCalendarFeed extends CalendarFeedView {
  /** The address to subscribe to, from the API's root: `/api/feeds/{secret}.ics`. */
  path: string;
}

/** 32 random bytes, base64url: 43 characters, 256 bits no one guesses. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function feedSecretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Calendar feeds a calendar client subscribes to without signing in (it cannot send a bearer
 * token): one party's calendar of the agreement's published version, read-only, at an
 * unguessable address. Made, listed and revoked by the county's strategists (the admin lists);
 * only the SHA-256 of the secret is stored, and a revoked or unknown secret is 404.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    private readonly views: AgreementViewsService,
    private readonly audit: AuditService,
    private readonly meetingDates: MeetingDatesService,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, key: string, party: string): Promise<CreatedCalendarFeed> {
    const agreement = await this.agreements.get(user, key);
    if (!canWrite(user, agreement.countyCode)) {
      throw new AgreementError(
        'AGREEMENT_FORBIDDEN',
        403,
        `Only a strategist of county ${agreement.countyCode} makes its feeds`,
      );
    }
    const current = agreement.publishedVersion ?? Math.max(...agreement.versions.map((v) => v.version));
    const { content } = await this.agreements.resolvedVersion(user, agreement.key, current);
    if (!content.parties.some((p) => p.key === party)) {
      throw new AgreementError('PARTY_NOT_IN_AGREEMENT', 422, `${party} is no party to ${agreement.key}`, {
        problems: [
          {
            path: 'party',
            code: 'notAParty',
            message: { sv: `${party} är inte part i avtalet`, en: `${party} is no party to the agreement` },
          },
        ],
      });
    }
    const secret = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (db) => {
      const row = await db.save(
        db.create(CalendarFeedEntity, {
          agreementId: agreement.id,
          partyKey: party,
          tokenHash: feedSecretHash(secret),
          createdBy: user.id,
        }),
      );
      await this.audit.record(db, user, {
        action: 'agreement.calendarFeed.created',
        subjectType: 'agreement',
        subjectId: agreement.id,
        details: { feed: row.id, party },
      });
      return { ...this.toView(row, agreement.key, user.displayName), path: `/api/feeds/${secret}.ics` };
    });
  }

  async list(user: AuthUser, key: string): Promise<CalendarFeedView[]> {
    const agreement = await this.readable(user, key);
    const rows = await this.dataSource.getRepository(CalendarFeedEntity).find({
      where: { agreementId: agreement.id },
      relations: { creator: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => this.toView(row, agreement.key, row.creator?.displayName ?? null));
  }

  async revoke(user: AuthUser, key: string, id: string): Promise<CalendarFeedView> {
    const agreement = await this.agreements.get(user, key);
    if (!canWrite(user, agreement.countyCode)) {
      throw new AgreementError(
        'AGREEMENT_FORBIDDEN',
        403,
        `Only a strategist of county ${agreement.countyCode} revokes its feeds`,
      );
    }
    return this.dataSource.transaction(async (db) => {
      const row = await db.findOne(CalendarFeedEntity, {
        where: { id, agreementId: agreement.id },
        relations: { creator: true },
      });
      if (!row) throw new AgreementError('CALENDAR_FEED_NOT_FOUND', 404, `No feed ${id} of ${key}`);
      const revokedAt = this.clock.now();
      // Revoking twice is once: only the first sets the time and is audited.
      const revoked = await db.update(CalendarFeedEntity, { id, revokedAt: IsNull() }, { revokedAt });
      if (revoked.affected) {
        row.revokedAt = revokedAt;
        await this.audit.record(db, user, {
          action: 'agreement.calendarFeed.revoked',
          subjectType: 'agreement',
          subjectId: agreement.id,
          details: { feed: id, party: row.partyKey },
        });
      }
      return this.toView(row, agreement.key, row.creator?.displayName ?? null);
    });
  }

  /**
   * The feed behind a secret: the party's calendar of the published version as it is now (a new
   * publication reaches subscribers at the same address), from the first of last month to a year
   * ahead. Unknown, revoked, unpublished or no longer a party: 404, all alike.
   */
  async feed(secret: string): Promise<{ text: string; truncated: boolean; key: string }> {
    const notFound = new AgreementError('CALENDAR_FEED_NOT_FOUND', 404, 'No such calendar feed');
    if (!SECRET.test(secret)) throw notFound;
    const row = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOneBy({ tokenHash: feedSecretHash(secret), revokedAt: IsNull() });
    if (!row) throw notFound;
    const agreement = await this.dataSource.getRepository(AgreementEntity).findOneByOrFail({ id: row.agreementId });
    const content = await this.agreements.publishedWithoutCaller(row.agreementId);
    if (!content?.parties.some((p) => p.key === row.partyKey)) throw notFound;
    const today = this.clock.today();
    const feed = this.views.icalendarOf(
      content,
      agreement.key,
      {
        party: row.partyKey,
        from: firstOfLastMonth(today),
        to: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28'),
      },
      await this.meetingDates.scheduledOf(row.agreementId),
    );
    return { ...feed, key: agreement.key };
  }

  private async readable(user: AuthUser, key: string) {
    const agreement = await this.agreements.get(user, key);
    if (!canReadDrafts(user, agreement.countyCode))
      throw new AgreementError('AGREEMENT_NOT_FOUND', 404, `No agreement ${key}`);
    return agreement;
  }

  private toView(row: CalendarFeedEntity, agreement: string, createdBy: string | null): CalendarFeedView {
    return {
      id: row.id,
      agreement,
      party: row.partyKey,
      createdAt: row.createdAt.toISOString(),
      createdBy,
      revokedAt: row.revokedAt?.toISOString() ?? null,
    };
  }
}

function firstOfLastMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
}
