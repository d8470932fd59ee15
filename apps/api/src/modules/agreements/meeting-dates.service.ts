import { Injectable } from '@nestjs/common';
import { type AgreementVersion, calendarBetween, calendarInputOf } from '@samverkan/agreements';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { isUniqueViolation } from '../../platform/database/database-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { canWrite } from './agreement-access.js';
import { AgreementsService, type VersionSelector } from './agreements.service.js';
import { AgreementError } from './agreements.error.js';
import { MeetingDateEntity } from './meeting-date.entity.js';

const ZONE = 'Europe/Stockholm';

/** A meeting to date: the body and its local start in Stockholm (`2026-05-12T09:00`). */
export const meetingDateSchema = z.strictObject({
  body: z.string().min(1),
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local time YYYY-MM-DDTHH:mm (Stockholm)'),
});
export type NewMeetingDate = z.infer<typeof meetingDateSchema>;

/** One period of a body that meets a count per period: how many, and the dates set so far. */
export interface MeetingPeriodView {
  startsOn: string;
  endsOn: string;
  min: number;
  max?: number;
  /** ISO 8601 with the Stockholm offset. */
  scheduled: string[];
  /** Meetings still to date to reach `min`. */
  toSchedule: number;
}

/** A body whose meetings its convener dates, with this period's and the next one's meetings. */
export interface MeetingsToScheduleView {
  body: string;
  name: string;
  /** The convener's party; null where the agreement names no convener. */
  convener: string | null;
  periods: MeetingPeriodView[];
}

/** Runs in the transaction that dated a meeting; what it returns runs after the commit. */
export type MeetingDatedHook = (
  db: EntityManager,
  dated: { agreementId: string; bodyKey: string; content: AgreementVersion },
) => Promise<(() => Promise<void>) | void>;

/**
 * Meetings a convener dates where the agreement fixes only a count per period ("4 gånger per
 * år"): set through the API by the convener's party (its strategist or coordinator), the county's
 * strategists or the admin; the calendar, its feeds and the lifecycle's invitations read them.
 */
@Injectable()
export class MeetingDatesService {
  private readonly hooks: MeetingDatedHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What else dating a meeting does (the lifecycle re-arms the body's invitation). */
  onDated(hook: MeetingDatedHook): void {
    this.hooks.push(hook);
  }

  /** The dated meetings of an agreement's bodies, by body key, soonest first. */
  scheduledOf(agreementId: string): Promise<Map<string, string[]>> {
    return this.scheduledOfIn(this.dataSource.manager, agreementId);
  }

  /** The same, read in the caller's transaction. */
  async scheduledOfIn(db: EntityManager, agreementId: string): Promise<Map<string, string[]>> {
    const rows = await db.getRepository(MeetingDateEntity).find({ where: { agreementId }, order: { startsAt: 'ASC' } });
    const byBody = new Map<string, string[]>();
    for (const row of rows) byBody.set(row.bodyKey, [...(byBody.get(row.bodyKey) ?? []), isoInStockholm(row.startsAt)]);
    return byBody;
  }

  /** Each body that meets a count per period: this period's and the next one's meetings to date. */
  async toSchedule(user: AuthUser, agreement: string, selector: VersionSelector): Promise<MeetingsToScheduleView[]> {
    const { agreement: row, content } = await this.agreements.resolvedVersion(user, agreement, selector);
    return this.viewOf(content, row.id);
  }

  async schedule(
    user: AuthUser,
    agreement: string,
    selector: VersionSelector,
    body: NewMeetingDate,
  ): Promise<MeetingsToScheduleView[]> {
    const { agreement: row, row: version, content } = await this.agreements.resolvedVersion(user, agreement, selector);
    if (version.status !== 'published') {
      throw new AgreementError('AGREEMENT_VERSION_NOT_PUBLISHED', 409, 'Meetings are dated for the published version');
    }
    const target = content.bodies?.find((b) => b.key === body.body);
    const convener = convenerParty(content, target?.convener?.ref);
    const mayDate =
      user.roles.includes('admin') ||
      canWrite(user, row.countyCode) ||
      (convener !== undefined &&
        user.party.key === convener &&
        (user.roles.includes('strategist') || user.roles.includes('coordinator')));
    if (!mayDate) {
      throw new AgreementError(
        'MEETING_FORBIDDEN',
        403,
        'A meeting is dated by its convener’s organisation, the county’s strategists or the admin',
      );
    }
    const startsAt = DateTime.fromISO(body.startsAt, { zone: ZONE });
    const problems = [
      ...(!target ? [{ path: 'body', message: `${body.body} is no body of ${row.key}` }] : []),
      ...(target && target.cadence?.kind !== 'countPerPeriod'
        ? [{ path: 'body', message: 'only a body that meets a count per period has meetings to date' }]
        : []),
      ...(!startsAt.isValid || startsAt.toFormat("yyyy-MM-dd'T'HH:mm") !== body.startsAt
        ? [{ path: 'startsAt', message: 'no such local time in Stockholm' }]
        : startsAt.toJSDate() <= this.clock.now()
          ? [{ path: 'startsAt', message: 'a meeting is dated ahead' }]
          : []),
    ];
    if (problems.length) throw new AgreementError('MEETING_INVALID', 422, 'The meeting cannot be dated', { problems });
    const afterCommit: (() => Promise<void>)[] = [];
    await this.dataSource
      .transaction(async (db) => {
        await db.insert(MeetingDateEntity, {
          agreementId: row.id,
          bodyKey: body.body,
          startsAt: startsAt.toJSDate(),
          setBy: user.id,
          setAt: this.clock.now(),
        });
        await this.audit.record(db, user, {
          action: 'agreement.meeting.dated',
          subjectType: 'agreement',
          subjectId: row.id,
          details: { body: body.body, startsAt: isoInStockholm(startsAt.toJSDate()) },
        });
        for (const hook of this.hooks) {
          const then = await hook(db, { agreementId: row.id, bodyKey: body.body, content });
          if (then) afterCommit.push(then);
        }
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new AgreementError('MEETING_EXISTS', 409, `${body.body} already meets at ${body.startsAt}`);
        }
        throw error;
      });
    for (const then of afterCommit) await then();
    return this.viewOf(content, row.id);
  }

  private async viewOf(content: AgreementVersion, agreementId: string): Promise<MeetingsToScheduleView[]> {
    const scheduled = await this.scheduledOf(agreementId);
    const today = this.clock.today();
    const to = DateTime.fromISO(today, { zone: ZONE }).plus({ years: 1 }).toISODate() ?? today;
    const calendar = calendarBetween(calendarInputOf(content, scheduled), today, to);
    const entries = calendar.ok ? calendar.value.entries : [];
    return (content.bodies ?? [])
      .filter((b) => b.cadence?.kind === 'countPerPeriod')
      .map((b) => ({
        body: b.key,
        name: b.name,
        convener: convenerParty(content, b.convener?.ref) ?? null,
        periods: entries
          .filter((entry) => entry.bodyKey === b.key && entry.meetingsToSchedule)
          .map((entry) => {
            const period = entry.meetingsToSchedule as NonNullable<typeof entry.meetingsToSchedule>;
            const dates = (scheduled.get(b.key) ?? []).filter(
              (start) => start.slice(0, 10) >= period.periodStartsOn && start.slice(0, 10) <= period.periodEndsOn,
            );
            return {
              startsOn: period.periodStartsOn,
              endsOn: period.periodEndsOn,
              min: period.min,
              ...(period.max === undefined ? {} : { max: period.max }),
              scheduled: dates,
              toSchedule: Math.max(0, period.min - dates.length),
            };
          }),
      }));
  }
}

/** The party that convenes a body: named, or the party that provides the convening role; none if unnamed. */
export function convenerParty(content: AgreementVersion, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  if (content.parties.some((party) => party.key === ref)) return ref;
  return content.roles?.find((role) => role.key === ref)?.providedBy?.party;
}

/** An instant as ISO 8601 with the Stockholm offset (`2026-05-12T09:00:00.000+02:00`). */
function isoInStockholm(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ZONE }).toISO() ?? at.toISOString();
}
