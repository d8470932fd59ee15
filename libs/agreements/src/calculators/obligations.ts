import { DateTime } from 'luxon';
import { type ObligationsInput, checkCalendarInput } from './calendar-input.js';
import { dayOfYear, formatDate, formatDateTime, parseDate } from './dates.js';
import { type CalculatorProblem, type CalculatorResult, failed, ok, problem } from './problems.js';
import { ExpansionBudget, READS_PER_EXPANSION, READS_PER_VIEW } from './expansion-budget.js';
import { type NextOccurrence, nextOccurrence } from './expand-recurrence.js';
import { type Recurrence } from './recurrence.js';

export interface StandingObligation {
  key: string;
  title: string;
  clause: string;
  reportsToBodyKey?: string;
}

export interface RecurringObligation {
  key: string;
  title: string;
  clause: string;
  /** The next occurrence on or after today; null when there is none (or no day is set). */
  next: { date: string; start: string } | null;
  /** Why there is no date: "dag anges inte i överenskommelsen". */
  note?: string;
  reportsToBodyKey?: string;
}

export interface DueObligation {
  key: string;
  title: string;
  clause: string;
  dueOn: string;
  /** 00:00 of the due day, ISO with offset. */
  dueStart: string;
  /** The due day has passed: due on a day means by the end of that day. */
  overdue: boolean;
  /** Days from today to the due day; negative when overdue. */
  daysLeft: number;
  reportsToBodyKey?: string;
}

export interface MeetingObligation {
  bodyKey: string;
  bodyName: string;
  clause?: string;
  /** The next meeting on or after today, for a body meeting by a recurrence rule. */
  next: { date: string; start: string; end: string } | null;
  /** For a body meeting a number of times per period, dated by its convener. */
  toSchedule?: { min: number; max?: number; per: 'year' | 'term' };
  /** Why `next` is null although the body meets by a rule: it could not be computed in time. */
  note?: string;
}

export interface PartyObligations {
  partyKey: string;
  today: string;
  standing: StandingObligation[];
  recurring: RecurringObligation[];
  /** Sorted by due day; the overdue ones first. */
  dueBy: DueObligation[];
  /** The bodies the party is a member of. */
  meetings: MeetingObligation[];
  /** The soonest dated thing the party owes on or after today: a deadline, an occurrence, a meeting. */
  next: { key: string; title: string; date: string; start: string } | null;
  /**
   * True when a next date could not be found within the budget of its recurrence (READS_PER_EXPANSION,
   * READS_PER_VIEW): `unknown` names those rules (dot paths of the calculator's input), whose
   * `next` is null with a note saying so; `next` above is then the soonest of the others.
   */
  truncated: boolean;
  unknown: string[];
}

/** Why an obligation has no next date although its rule may have one. */
const unknownNote = 'Nästa tillfälle kunde inte räknas ut inom gränsen för beräkningar.';

/**
 * What a party owes and when next, as of a day: its standing commitments; its recurring ones
 * (the annual report among them) with their next occurrence; its commitments due by a date
 * (the follow-up plan among them) with the date and whether it has passed; and the meetings of
 * the bodies it sits in. Whether a deadline was met is not known here: `overdue` only says the
 * day has passed.
 */
export function obligationsOf(
  input: ObligationsInput,
  partyKey: string,
  today: string,
  budget: ExpansionBudget = new ExpansionBudget(READS_PER_VIEW),
): CalculatorResult<PartyObligations> {
  const problems: CalculatorProblem[] = [];
  const checked = checkCalendarInput(input, problems);
  const day = parseDate(today, ['today'], problems);
  if (!input.parties.some((party) => party.key === partyKey)) {
    problems.push(problem('UNKNOWN_PARTY', ['partyKey'], `Okänd part "${partyKey}".`, `Unknown party "${partyKey}".`));
  }
  if (checked === undefined || day === undefined || problems.length > 0) return failed(problems);

  const unknown: string[] = [];
  const next = (recurrence: Recurrence, path: string): NextOccurrence => {
    const found = nextOccurrence(recurrence, day, budget.part(READS_PER_EXPANSION));
    if (found.kind === 'unknown') unknown.push(path);
    return found;
  };
  const standing: StandingObligation[] = [];
  const recurring: RecurringObligation[] = [];
  const dueBy: DueObligation[] = [];
  checked.commitments.forEach(({ input: commitment, recurrence, dueOn }, index) => {
    if (!commitment.partyKeys.includes(partyKey)) return;
    const common = {
      key: commitment.key,
      title: commitment.title,
      clause: commitment.clause,
      ...(commitment.reportsToBodyKey === undefined ? {} : { reportsToBodyKey: commitment.reportsToBodyKey }),
    };
    if (recurrence !== undefined) {
      const found = next(recurrence, `commitments.${index}.rrule`);
      recurring.push({
        ...common,
        next: found.kind === 'found' ? dated(found.at) : null,
        ...(found.kind === 'unknown' ? { note: unknownNote } : {}),
      });
    } else if (dueOn !== undefined) {
      dueBy.push(due(common, dueOn, day));
    } else {
      standing.push(common);
    }
  });

  const plan = checked.plan;
  if (plan?.partyKeys.includes(partyKey)) {
    dueBy.push(
      due({ key: 'follow-up-plan', title: 'Fullständig uppföljningsplan', clause: plan.clause }, plan.dueOn, day),
    );
  }
  const report = checked.annualReport;
  if (report?.byPartyKeys.includes(partyKey)) {
    const bodyName = checked.bodies.find((body) => body.input.key === report.toBodyKey)?.input.name ?? report.toBodyKey;
    const common = {
      key: 'annual-report',
      title: `Årlig verksamhetsrapport till ${bodyName}`,
      clause: report.clause,
      reportsToBodyKey: report.toBodyKey,
    };
    if (report.month !== undefined && report.day !== undefined) {
      const thisYear = dayOfYear(day.year, report.month, report.day);
      const next = thisYear >= day ? thisYear : dayOfYear(day.year + 1, report.month, report.day);
      recurring.push({ ...common, next: dated(next) });
    } else {
      recurring.push({ ...common, next: null, note: 'Dag anges inte i överenskommelsen.' });
    }
  }

  const meetings = checked.bodies
    .map((body, index) => ({ ...body, index }))
    .filter((body) => body.input.memberPartyKeys.includes(partyKey))
    .map(({ input: body, cadence, index }): MeetingObligation => {
      const clause = cadence?.clause ?? body.clause;
      const base = { bodyKey: body.key, bodyName: body.name, ...(clause === undefined ? {} : { clause }) };
      if (cadence?.kind === 'recurrence') {
        const found = next(cadence.recurrence, `bodies.${index}.cadence.rrule`);
        return {
          ...base,
          next:
            found.kind === 'found'
              ? { ...dated(found.at), end: formatDateTime(found.at.plus({ minutes: cadence.durationMinutes })) }
              : null,
          ...(found.kind === 'unknown' ? { note: unknownNote } : {}),
        };
      }
      if (cadence?.kind === 'countPerPeriod') {
        const { min, max, per } = cadence;
        return { ...base, next: null, toSchedule: { min, ...(max === undefined ? {} : { max }), per } };
      }
      return { ...base, next: null };
    });

  dueBy.sort((a, b) => compare(a.dueOn, b.dueOn) || compare(a.key, b.key));
  return ok({
    partyKey,
    today: formatDate(day),
    standing,
    recurring,
    dueBy,
    meetings,
    next: soonest(recurring, dueBy, meetings),
    truncated: unknown.length > 0,
    unknown,
  });
}

function due(
  common: Omit<DueObligation, 'dueOn' | 'dueStart' | 'overdue' | 'daysLeft'>,
  dueOn: DateTime,
  today: DateTime,
): DueObligation {
  return {
    ...common,
    dueOn: formatDate(dueOn),
    dueStart: formatDateTime(dueOn),
    overdue: dueOn < today,
    daysLeft: Math.round(dueOn.diff(today, 'days').days),
  };
}

function dated(at: DateTime): { date: string; start: string } {
  return { date: formatDate(at), start: formatDateTime(at) };
}

function soonest(
  recurring: readonly RecurringObligation[],
  dueBy: readonly DueObligation[],
  meetings: readonly MeetingObligation[],
): PartyObligations['next'] {
  const candidates = [
    ...recurring.flatMap((item) => (item.next ? [{ key: item.key, title: item.title, ...item.next }] : [])),
    ...dueBy
      .filter((item) => !item.overdue)
      .map((item) => ({ key: item.key, title: item.title, date: item.dueOn, start: item.dueStart })),
    ...meetings.flatMap((item) =>
      item.next
        ? [{ key: item.bodyKey, title: `${item.bodyName}: möte`, date: item.next.date, start: item.next.start }]
        : [],
    ),
  ];
  // A deadline starts at 00:00 of its day, so it comes before that day's meetings.
  const instant = (start: string): number => DateTime.fromISO(start).toMillis();
  candidates.sort((a, b) => instant(a.start) - instant(b.start) || compare(a.key, b.key));
  return candidates[0] ?? null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
