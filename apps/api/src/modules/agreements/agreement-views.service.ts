import { Injectable } from '@nestjs/common';
import {
  type AgreementChange,
  type AgreementVersion,
  type CalendarScope,
  type CalendarView,
  type ClauseCoverageView,
  type CostSplitView,
  type PartyObligations,
  type SectionChanges,
  type TermStatus,
  type WithdrawalView,
  calendarBetween,
  calendarInputOf,
  clauseCoverageOf,
  costSplitOf,
  diffAgreements,
  groupChangesBySection,
  obligationsOf,
  renderAgreementDocument,
  termOn,
  toICalendar,
  withdrawalOf,
} from '@samverkan/agreements';
import { Clock } from '../../platform/clock/clock.service.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { TemplatesService } from '../templates/templates.service.js';
import { AgreementError } from './agreements.error.js';
import { type ConfirmedTimersView, withConfirmations } from './default-confirmations.js';
import { MeetingDatesService } from './meeting-dates.service.js';
import { RoutineTimersService } from './routine-timers.service.js';
import { AgreementsService, type VersionSelector } from './agreements.service.js';
import { type CalendarQuery, calendarRange } from './view-query.js';

export interface DiffView {
  from: string;
  to: string;
  changes: AgreementChange[];
  sections: SectionChanges[];
}

function scopeOf(query: CalendarQuery): CalendarScope {
  if (query.party) return { kind: 'party', key: query.party };
  if (query.body) return { kind: 'body', key: query.body };
  return { kind: 'agreement' };
}

function calculatorFailure(
  problems: { path: string; code: string; message: { sv: string; en: string } }[],
): AgreementError {
  return new AgreementError('VIEW_NOT_AVAILABLE', 422, 'The view cannot be computed from this version', { problems });
}

/** The computed views of a version: what its clauses mean in dates and money. */
@Injectable()
export class AgreementViewsService {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly templates: TemplatesService,
    private readonly routineTimers: RoutineTimersService,
    private readonly meetingDates: MeetingDatesService,
    private readonly clock: Clock,
  ) {}

  /** Clause by clause, how the version is encoded, or why a clause stays text only. */
  async coverage(user: AuthUser, id: string, version: VersionSelector): Promise<ClauseCoverageView> {
    const { content } = await this.agreements.resolvedVersion(user, id, version);
    return clauseCoverageOf(content);
  }

  /**
   * Every timer the version's routines can arm and every parameter of their bindings, with
   * where each value comes from (computed with the routine versions new cases start on), and
   * who confirmed each default that comes from the template or the product (issue 12).
   */
  async timers(user: AuthUser, id: string, version: VersionSelector): Promise<ConfirmedTimersView> {
    const { row, content } = await this.agreements.resolvedVersion(user, id, version);
    return withConfirmations(await this.routineTimers.timersOf(content), row.defaultConfirmations);
  }

  /** The print-ready agreement document in Swedish, rendered from the version's own data. */
  async document(user: AuthUser, id: string, version: VersionSelector): Promise<string> {
    const { row, content } = await this.agreements.resolvedVersion(user, id, version);
    return renderAgreementDocument(content, {
      generatedAt: this.clock.now().toISOString(),
      status: row.status === 'draft' ? 'draft' : 'published',
      versionLabel: `${row.version}${row.status === 'superseded' ? ' (ersatt)' : ''}`,
      contentHash: row.contentHash ?? undefined,
    });
  }

  async costSplit(user: AuthUser, id: string, version: VersionSelector, year?: number): Promise<CostSplitView> {
    const { content } = await this.agreements.resolvedVersion(user, id, version);
    return costSplitOf(content, year ?? Number(this.clock.today().slice(0, 4)));
  }

  async withdrawal(
    user: AuthUser,
    id: string,
    version: VersionSelector,
    party: string,
    noticeDate?: string,
  ): Promise<WithdrawalView> {
    const { content } = await this.agreements.resolvedVersion(user, id, version);
    const view = withdrawalOf(content, party, noticeDate ?? this.clock.today());
    if (view.status === 'unknownParty')
      throw new AgreementError('PARTY_NOT_IN_AGREEMENT', 404, `${party} is no party to ${id}`);
    if (view.status === 'invalid') throw calculatorFailure(view.problems);
    return view;
  }

  async term(
    user: AuthUser,
    id: string,
    version: VersionSelector,
    date?: string,
  ): Promise<TermStatus | { status: 'notSpecified' }> {
    const { content } = await this.agreements.resolvedVersion(user, id, version);
    const term = calendarInputOf(content).term;
    if (!term) return { status: 'notSpecified' };
    const result = termOn(term, date ?? this.clock.today());
    if (!result.ok) throw calculatorFailure(result.problems);
    return result.value;
  }

  /** The calendar of a range, bounded (CALENDAR_MAX_ENTRIES, budgets) and saying where it is cut. */
  async calendar(user: AuthUser, id: string, version: VersionSelector, query: CalendarQuery): Promise<CalendarView> {
    const { agreement, content } = await this.agreements.resolvedVersion(user, id, version);
    return this.calendarOf(content, id, query, await this.meetingDates.scheduledOf(agreement.id));
  }

  async icalendar(
    user: AuthUser,
    id: string,
    version: VersionSelector,
    query: CalendarQuery,
  ): Promise<{ text: string; truncated: boolean }> {
    const { agreement, content } = await this.agreements.resolvedVersion(user, id, version);
    return this.icalendarOf(content, id, query, await this.meetingDates.scheduledOf(agreement.id));
  }

  /** The iCalendar text of a resolved version's calendar (also a party's feed, calendar-feeds.service.ts). */
  icalendarOf(
    content: AgreementVersion,
    id: string,
    query: CalendarQuery,
    scheduled: ReadonlyMap<string, readonly string[]>,
  ): { text: string; truncated: boolean } {
    const calendar = this.calendarOf(content, id, query, scheduled);
    const scopeName = query.party
      ? content.parties.find((p) => p.key === query.party)?.name
      : query.body
        ? content.bodies?.find((b) => b.key === query.body)?.name
        : undefined;
    const result = toICalendar(calendar.entries, {
      name: scopeName ? `${content.shortName ?? content.title} – ${scopeName}` : (content.shortName ?? content.title),
      scope: scopeOf(query),
      dtstamp: this.clock.now().toISOString(),
      truncation: calendar.truncation,
    });
    if (!result.ok) throw calculatorFailure(result.problems);
    return { text: result.value, truncated: calendar.truncated };
  }

  /** `scheduled`: the meetings conveners have dated, by body (MeetingDatesService). */
  private calendarOf(
    content: AgreementVersion,
    id: string,
    query: CalendarQuery,
    scheduled: ReadonlyMap<string, readonly string[]>,
  ): CalendarView {
    if (query.party && !content.parties.some((p) => p.key === query.party)) {
      throw new AgreementError('PARTY_NOT_IN_AGREEMENT', 404, `${query.party} is no party to ${id}`);
    }
    if (query.body && !content.bodies?.some((b) => b.key === query.body)) {
      throw new AgreementError('VIEW_NOT_AVAILABLE', 404, `${query.body} is no body of ${id}`);
    }
    const { from, to } = calendarRange(query, this.clock.today());
    const result = calendarBetween(calendarInputOf(content, scheduled), from, to, { scope: scopeOf(query) });
    if (!result.ok) throw calculatorFailure(result.problems);
    return result.value;
  }

  async obligations(
    user: AuthUser,
    id: string,
    version: VersionSelector,
    party: string,
    date?: string,
  ): Promise<PartyObligations> {
    const { content } = await this.agreements.resolvedVersion(user, id, version);
    if (!content.parties.some((p) => p.key === party)) {
      throw new AgreementError('PARTY_NOT_IN_AGREEMENT', 404, `${party} is no party to ${id}`);
    }
    const result = obligationsOf(calendarInputOf(content), party, date ?? this.clock.today());
    if (!result.ok) throw calculatorFailure(result.problems);
    return result.value;
  }

  /** Changes from another version, or (`template`) from the template the version extends. */
  async diff(
    user: AuthUser,
    id: string,
    version: VersionSelector,
    against: VersionSelector | 'template',
  ): Promise<DiffView> {
    const after = await this.agreements.resolvedVersion(user, id, version);
    let before;
    let from: string;
    if (against === 'template') {
      const ref = after.content.extends;
      if (!ref) throw new AgreementError('VIEW_NOT_AVAILABLE', 404, 'This version extends no template');
      before = (await this.templates.get(ref)).content;
      from = ref;
    } else {
      const other = await this.agreements.resolvedVersion(user, id, against);
      before = other.content;
      from = `version ${other.row.version}`;
    }
    const changes = diffAgreements(before, after.content);
    return { from, to: `version ${after.row.version}`, changes, sections: groupChangesBySection(changes) };
  }
}
