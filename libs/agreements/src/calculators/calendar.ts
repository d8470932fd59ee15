import { DateTime } from 'luxon';
import {
  type CalendarBodyInput,
  type CalendarInput,
  type CheckedCalendarInput,
  checkCalendarInput,
} from './calendar-input.js';
import {
  CALENDAR_MAX_ENTRIES,
  type CalendarScope,
  type CalendarTruncation,
  EntryCollector,
  type RecurringSource,
  type Timed,
} from './calendar-collector.js';
import { type CalendarEntry, type CalendarEntryKind } from './calendar-entry.js';
import { meetingCount, meetingPeriods, periodCount } from './meeting-periods.js';
import { dayOfYear, formatDate, formatDateTime, parseDate } from './dates.js';
import { ExpansionBudget, READS_PER_VIEW } from './expansion-budget.js';
import { type CalculatorProblem, type CalculatorResult, failed, ok, problem } from './problems.js';
import { periodContaining, renewalEnd } from './term.js';
import { latestNoticeDate } from './withdrawal.js';

export { type CalendarEntry, type CalendarEntryKind } from './calendar-entry.js';
export { CALENDAR_MAX_ENTRIES, type CalendarScope, type CalendarTruncation } from './calendar-collector.js';

/** The longest range one call may cover, to keep a feed finite and quick. */
export const CALENDAR_MAX_RANGE_YEARS = 10;

/** A calendar answer: its entries in time order and, when some are left out, why and which. */
export interface CalendarView {
  from: string;
  to: string;
  entries: CalendarEntry[];
  /** True when entries of the range are missing; `truncation` then says which and why. */
  truncated: boolean;
  truncation: CalendarTruncation[];
}

export interface CalendarOptions {
  /** Only a party's or a body's entries (as forParty, forBody); the limits count only these. */
  scope?: CalendarScope;
  /** At most this many entries (CALENDAR_MAX_ENTRIES when left out, and never more). */
  maxEntries?: number;
  /** The work its recurrences may take; READS_PER_VIEW when left out. */
  budget?: ExpansionBudget;
}

/**
 * Everything the agreement puts in the calendar between two dates (both inclusive, local days
 * in Stockholm), sorted by time: meetings from cadences, notes for meetings the convener dates,
 * commitment deadlines and recurrences, the follow-up plan and annual reports, the ends of the
 * term's periods (renewal dates), and the last days for notice of withdrawal. Whether the
 * agreement is still in force on each date is not checked (see termOn).
 *
 * The answer is bounded: at most CALENDAR_MAX_ENTRIES entries, and every recurrence expanded
 * within its budget; what is left out is stated in `truncation`, never cut silently.
 */
export function calendarBetween(
  input: CalendarInput,
  from: string,
  to: string,
  options: CalendarOptions = {},
): CalculatorResult<CalendarView> {
  const problems: CalculatorProblem[] = [];
  const parsed = checkCalendarInput(input, problems);
  const range = checkRange(from, to, problems);
  if (typeof input.agreementKey !== 'string' || input.agreementKey.trim() === '') {
    problems.push(
      problem('MISSING_VALUE', ['agreementKey'], 'Avtalets nyckel saknas.', 'The agreement key is missing.'),
    );
  }
  if (parsed === undefined || range === undefined || problems.length > 0) return failed(problems);
  const checked: Checked = { ...parsed, agreementKey: input.agreementKey };

  const maxEntries = Math.max(1, Math.min(options.maxEntries ?? CALENDAR_MAX_ENTRIES, CALENDAR_MAX_ENTRIES));
  const collector = new EntryCollector(
    maxEntries,
    options.budget ?? new ExpansionBudget(READS_PER_VIEW),
    options.scope ?? { kind: 'agreement' },
  );
  // The entries that cost nothing to list come first, so they set the cutoff the
  // recurrences are expanded to.
  collector.add([
    ...followUpEntries(checked, range),
    ...termEntries(checked, range),
    ...withdrawalEntries(checked, range),
  ]);
  collector.expandAll(
    [...meetingEntries(checked, range, collector), ...commitmentEntries(checked, range, collector)],
    range,
  );
  return ok({ from: formatDate(range.from), to: formatDate(range.to), ...collector.result(range.from) });
}

/** The entries that concern a party: those naming it among their parties. */
export function forParty(entries: readonly CalendarEntry[], partyKey: string): CalendarEntry[] {
  return entries.filter((entry) => entry.partyKeys.includes(partyKey));
}

/** The entries of a body: its meetings and what is reported to it. */
export function forBody(entries: readonly CalendarEntry[], bodyKey: string): CalendarEntry[] {
  return entries.filter((entry) => entry.bodyKey === bodyKey);
}

type Checked = CheckedCalendarInput & { agreementKey: string };

interface Range {
  from: DateTime;
  to: DateTime;
}

function checkRange(from: string, to: string, problems: CalculatorProblem[]): Range | undefined {
  const start = parseDate(from, ['from'], problems);
  const end = parseDate(to, ['to'], problems);
  if (start === undefined || end === undefined) return undefined;
  if (end < start || end > start.plus({ years: CALENDAR_MAX_RANGE_YEARS })) {
    problems.push(
      problem(
        'INVALID_RANGE',
        ['to'],
        `Perioden ${from}–${to} måste gå framåt och vara högst ${CALENDAR_MAX_RANGE_YEARS} år.`,
        `The range ${from}–${to} must run forward and span at most ${CALENDAR_MAX_RANGE_YEARS} years.`,
      ),
    );
    return undefined;
  }
  return { from: start, to: end };
}

/** Notes for meetings the convener dates go to the collector; meetings by a rule are returned. */
function meetingEntries(input: Checked, range: Range, collector: EntryCollector): RecurringSource[] {
  return input.bodies.flatMap(({ input: body, cadence }, index): RecurringSource[] => {
    if (cadence === undefined || !collector.inScope(body.memberPartyKeys, body.key)) return [];
    const clause = cadence.clause ?? body.clause;
    const place = body.place;
    const base = {
      partyKeys: [...body.memberPartyKeys],
      bodyKey: body.key,
      ...(clause === undefined ? {} : { clause }),
      // Only where the text names a place (Jämtland § 12: "i Östersund"); never a guess.
      ...(place === undefined ? {} : { location: place.name }),
    };
    const description = [describe(input, clause, body.memberPartyKeys), placeSentence(place)].filter(Boolean).join(' ');
    if (cadence.kind === 'countPerPeriod') {
      // The meetings the convener has dated are meetings like any other.
      const scheduled = (body.scheduled ?? []).flatMap((start) => {
        const at = DateTime.fromISO(start, { setZone: true }).setZone(range.from.zone);
        return at.isValid ? [at] : [];
      });
      collector.add(
        scheduled
          .filter((at) => within(at, range))
          .map((at) =>
            timed(input, at, 'meeting', body.key, false, {
              ...base,
              dated: true,
              title: `${body.name}: möte (datum satt av sammankallande)`,
              description,
              end: formatDateTime(at.plus({ minutes: 60 })),
            }),
          ),
      );
      collector.add(
        meetingPeriods(range.from, range.to, cadence.per).flatMap(({ startsOn, endsOn, label }): Timed[] => {
          const count = periodCount(cadence, { startsOn, endsOn, label }, input.term);
          if (count === undefined) return [];
          const dated = scheduled.filter((at) => at >= startsOn && at <= endsOn.endOf('day')).length;
          const at = DateTime.max(count.from, range.from);
          const reading = count.reading;
          const partly =
            reading === undefined
              ? ''
              : ` (från ${reading.inForceFrom} t.o.m. ${reading.inForceThrough}; produktens läsning)`;
          return [
            timed(
              input,
              at,
              'meetingsToSchedule',
              body.key,
              true,
              {
                ...base,
                dated: false,
                title: `${body.name}: ${meetingCount(count)} under ${label}${partly}; datum sätts av sammankallande${dated ? ` (${dated} satta)` : ''}`,
                description: reading === undefined ? description : `${description} ${reading.text}`,
                meetingsToSchedule: {
                  min: count.min,
                  ...(count.max === undefined ? {} : { max: count.max }),
                  ...(dated ? { scheduled: dated } : {}),
                  periodStartsOn: formatDate(startsOn),
                  periodEndsOn: formatDate(endsOn),
                  ...(reading === undefined ? {} : { reading }),
                },
              },
              startsOn,
            ),
          ];
        }),
      );
      return [];
    }
    return [
      {
        recurrence: cadence.recurrence,
        path: `bodies.${index}.cadence.rrule`,
        toTimed: (at) =>
          timed(input, at, 'meeting', body.key, false, {
            ...base,
            dated: true,
            title: `${body.name}: möte`,
            description,
            end: formatDateTime(at.plus({ minutes: cadence.durationMinutes })),
          }),
      },
    ];
  });
}

function placeSentence(place: CalendarBodyInput['place']): string {
  if (place === undefined) return '';
  return `Plats: ${place.name}${place.clause === undefined ? '' : ` (enligt punkt ${place.clause})`}.`;
}

/** Deadlines go to the collector; recurring commitments are returned. */
function commitmentEntries(input: Checked, range: Range, collector: EntryCollector): RecurringSource[] {
  return input.commitments.flatMap(({ input: commitment, recurrence, dueOn }, index): RecurringSource[] => {
    if (!collector.inScope(commitment.partyKeys, commitment.reportsToBodyKey)) return [];
    const base = {
      dated: true,
      partyKeys: [...commitment.partyKeys],
      clause: commitment.clause,
      description: describe(input, commitment.clause, commitment.partyKeys),
      ...(commitment.reportsToBodyKey === undefined ? {} : { bodyKey: commitment.reportsToBodyKey }),
    };
    if (recurrence !== undefined) {
      return [
        {
          recurrence,
          path: `commitments.${index}.rrule`,
          toTimed: (at) =>
            timed(input, at, 'commitmentRecurs', commitment.key, recurrence.allDay, {
              ...base,
              title: commitment.title,
            }),
        },
      ];
    }
    if (dueOn !== undefined && within(dueOn, range)) {
      collector.add([
        timed(input, dueOn, 'commitmentDue', commitment.key, true, {
          ...base,
          title: `Sista dag: ${commitment.title}`,
        }),
      ]);
    }
    return [];
  });
}

function followUpEntries(input: Checked, range: Range): Timed[] {
  const entries: Timed[] = [];
  const plan = input.plan;
  if (plan && within(plan.dueOn, range)) {
    entries.push(
      timed(input, plan.dueOn, 'followUpPlanDue', 'follow-up-plan', true, {
        dated: true,
        title: 'Sista dag: fullständig uppföljningsplan',
        description: describe(input, plan.clause, plan.partyKeys),
        partyKeys: plan.partyKeys,
        clause: plan.clause,
      }),
    );
  }
  const report = input.annualReport;
  if (report) {
    const bodyName = input.bodies.find((body) => body.input.key === report.toBodyKey)?.input.name;
    const base = {
      partyKeys: report.byPartyKeys,
      bodyKey: report.toBodyKey,
      clause: report.clause,
      description: describe(input, report.clause, report.byPartyKeys),
    };
    for (let year = range.from.year; year <= range.to.year; year += 1) {
      if (report.month !== undefined && report.day !== undefined) {
        const due = dayOfYear(year, report.month, report.day);
        if (!within(due, range)) continue;
        entries.push(
          timed(input, due, 'annualReport', 'annual-report', true, {
            ...base,
            dated: true,
            title: `Årlig verksamhetsrapport till ${bodyName ?? report.toBodyKey}`,
          }),
        );
      } else {
        const yearStart = DateTime.fromObject({ year }, { zone: range.from.zone });
        const at = DateTime.max(yearStart, range.from);
        entries.push(
          timed(
            input,
            at,
            'annualReport',
            'annual-report',
            true,
            {
              ...base,
              dated: false,
              title: `Årlig verksamhetsrapport till ${bodyName ?? report.toBodyKey} under ${year} (dag anges inte i överenskommelsen)`,
            },
            yearStart,
          ),
        );
      }
    }
  }
  return entries;
}

function termEntries(input: Checked, range: Range): Timed[] {
  const term = input.term;
  if (term?.end === undefined) return [];
  const everyone = input.parties.map((party) => party.key);
  const base = {
    dated: true,
    partyKeys: everyone,
    description: describe(input, term.clause, everyone),
    ...(term.clause === undefined ? {} : { clause: term.clause }),
  };
  const entries: Timed[] = [];
  const renewal = term.renewal;
  const firstEnd = term.end;
  const ending = (endsOn: DateTime, nextEndsOn: string | undefined): Timed =>
    timed(input, endsOn, 'periodEnds', 'term', true, {
      ...base,
      title:
        nextEndsOn === undefined
          ? 'Överenskommelsen upphör att gälla efter denna dag'
          : `Avtalsperioden slutar; överenskommelsen förlängs t.o.m. ${nextEndsOn} om inte parterna kommit överens om annat`,
    });
  if (renewal === undefined) {
    return within(firstEnd, range) ? [ending(firstEnd, undefined)] : [];
  }
  const anchor = firstEnd.plus({ days: 1 });
  const nextEnd = (index: number): string => formatDate(renewalEnd(anchor, renewal, index));
  if (within(firstEnd, range)) entries.push(ending(firstEnd, nextEnd(1)));
  for (let index = Math.max(1, periodContaining(term, range.from)?.index ?? 1); ; index += 1) {
    const endsOn = renewalEnd(anchor, renewal, index);
    if (endsOn > range.to) break;
    if (endsOn >= range.from) entries.push(ending(endsOn, nextEnd(index + 1)));
  }
  return entries;
}

function withdrawalEntries(input: Checked, range: Range): Timed[] {
  const withdrawal = input.withdrawal;
  if (withdrawal === undefined) return [];
  const unit = withdrawal.rule.effectiveAt === 'yearEnd' ? 'year' : 'month';
  const at = unit === 'year' ? 'årsskiftet' : 'månadsskiftet';
  const how = withdrawal.rule.inWriting ? 'skriftligen ' : '';
  const everyone = input.parties.map((party) => party.key);
  const entries: Timed[] = [];
  // The first withdrawal whose last notice day can fall in the range takes effect about a notice
  // period after its start: begin one period end before that, not at the range's start, so the
  // loop runs over the range only, however long the notice period.
  let effective = range.from
    .plus(withdrawal.noticePeriod)
    .minus({ [`${unit}s`]: 1 })
    .endOf(unit)
    .startOf('day');
  for (;;) {
    const latest = latestNoticeDate(effective, withdrawal.noticePeriod);
    if (latest > range.to) break;
    if (latest >= range.from) {
      entries.push(
        timed(input, latest, 'withdrawalNoticeDeadline', 'withdrawal', true, {
          dated: true,
          title: `Sista dag att ${how}säga upp överenskommelsen för utträde vid ${at} (bunden t.o.m. ${formatDate(effective)})`,
          description: describe(input, withdrawal.clause, everyone),
          partyKeys: everyone,
          ...(withdrawal.clause === undefined ? {} : { clause: withdrawal.clause }),
        }),
      );
    }
    effective = effective.plus({ days: 1 }).endOf(unit).startOf('day');
  }
  return entries;
}

type EntryContent = Omit<CalendarEntry, 'uid' | 'kind' | 'date' | 'start' | 'allDay'>;

function timed(
  input: Checked,
  at: DateTime,
  kind: CalendarEntryKind,
  source: string,
  allDay: boolean,
  content: EntryContent,
  // A note for a period is named by the period's first day, not by the day it is shown on
  // (the range's first day when the period began earlier), so its UID does not move with the range.
  uidDay: DateTime = at,
): Timed {
  const day = allDay ? at.startOf('day') : at;
  const stamp = allDay ? uidDay.toFormat('yyyyMMdd') : uidDay.toFormat("yyyyMMdd'T'HHmm");
  const uid = `${kind}.${encodeURIComponent(source)}.${stamp}@${encodeURIComponent(input.agreementKey)}.samverkan`;
  return {
    at: day,
    entry: { uid, kind, date: formatDate(day), start: formatDateTime(day), allDay, ...content },
  };
}

function describe(input: Checked, clause: string | undefined, partyKeys: readonly string[]): string {
  const names = partyKeys.map((key) => input.partyNames.get(key) ?? key).join(', ');
  const from = clause === undefined ? 'Enligt överenskommelsen.' : `Enligt punkt ${clause} i överenskommelsen.`;
  return `${from} Berör: ${names}.`;
}

function within(day: DateTime, range: Range): boolean {
  return day >= range.from.startOf('day') && day <= range.to.endOf('day');
}
