import { type DateTime, type Duration } from 'luxon';
import { parseDate, parseDateOrLocalDateTime, parseLocalDateTime } from './dates.js';
import { type CalculatorProblem, type ProblemPath, problem } from './problems.js';
import { type Recurrence, parseRecurrence } from './recurrence.js';
import { type ResolvedTerm, type TermInput, resolveTerm } from './term.js';
import { type WithdrawalRuleInput, checkWithdrawalRule } from './withdrawal.js';

/** How often a body meets (GLOSSARY: mötesfrekvens). */
export type CadenceInput =
  | {
      /** The text fixes the rhythm ("varje vecka"): an RFC 5545 RRULE from a first meeting. */
      kind: 'recurrence';
      /** `FREQ=WEEKLY;BYDAY=TU`, without DTSTART. */
      rrule: string;
      /** The first meeting, local Stockholm time `YYYY-MM-DDTHH:mm`; later ones keep its hour. */
      firstStart: string;
      /** Length of a meeting; 60 when left out. */
      durationMinutes?: number;
      clause?: string;
    }
  | {
      /** A count per period ("4 gånger per år", "två till tre gånger per termin"). */
      kind: 'countPerPeriod';
      /** `term`: vårtermin 1 January–30 June, hösttermin 1 August–31 December (meeting-periods.ts). */
      per: 'year' | 'term';
      min: number;
      /** Left out for "minst N gånger". */
      max?: number;
      clause?: string;
    };

export interface CalendarPartyInput {
  key: string;
  name: string;
}

export interface CalendarBodyInput {
  key: string;
  name: string;
  memberPartyKeys: readonly string[];
  cadence?: CadenceInput;
  /** Where it meets, as its text says (a town, a body's seat); left out where the text is silent. */
  place?: { name: string; clause?: string };
  clause?: string;
  /**
   * Meetings of a body that meets a count per period, as its convener dated them: ISO 8601
   * instants with an offset. Each is a dated meeting of 60 minutes in the calendar.
   */
  scheduled?: readonly string[];
}

export type CalendarCommitmentInput = {
  key: string;
  /** Swedish, as the clause says it: "Bidra till uppföljning med statistikunderlag". */
  title: string;
  partyKeys: readonly string[];
  clause: string;
  reportsToBodyKey?: string;
} & (
  | { kind: 'standing' }
  | {
      kind: 'recurring';
      rrule: string;
      /** First occurrence: a date, or a local date-time `YYYY-MM-DDTHH:mm`. */
      firstOn: string;
    }
  | { kind: 'dueBy'; dueOn: string }
);

export interface FollowUpInput {
  /** Jämtland §14.2: "senast den 30:e juni 2023 … en fullständig uppföljningsplan". */
  plan?: { dueOn: string; clause: string; partyKeys?: readonly string[] };
  /** Jämtland §9: "En årlig verksamhetsrapport delges ledningsgruppen". */
  annualReport?: {
    toBodyKey: string;
    /** Who reports; every party when left out. */
    byPartyKeys?: readonly string[];
    /** `MM-DD` when the agreement names a day; left out, each year gets an undated note. */
    dueEachYearOn?: string;
    clause: string;
  };
}

/** What the calendar and the obligations need of an agreement version. */
export interface CalendarInput {
  /** Names the agreement in calendar UIDs, so two counties' events never merge. */
  agreementKey: string;
  parties: readonly CalendarPartyInput[];
  bodies?: readonly CalendarBodyInput[];
  commitments?: readonly CalendarCommitmentInput[];
  followUp?: FollowUpInput;
  term?: TermInput & { clause?: string };
  withdrawal?: WithdrawalRuleInput & { clause?: string };
}

export type CheckedCadence =
  | { kind: 'recurrence'; recurrence: Recurrence; durationMinutes: number; clause?: string }
  | { kind: 'countPerPeriod'; per: 'year' | 'term'; min: number; max?: number; clause?: string };

export interface CheckedBody {
  input: CalendarBodyInput;
  cadence?: CheckedCadence;
}

export interface CheckedCommitment {
  input: CalendarCommitmentInput;
  recurrence?: Recurrence;
  dueOn?: DateTime;
}

export interface CheckedCalendarInput {
  parties: readonly CalendarPartyInput[];
  partyNames: Map<string, string>;
  bodies: CheckedBody[];
  commitments: CheckedCommitment[];
  plan?: { dueOn: DateTime; partyKeys: string[]; clause: string };
  annualReport?: {
    toBodyKey: string;
    byPartyKeys: string[];
    month?: number;
    day?: number;
    clause: string;
  };
  term?: ResolvedTerm & { clause?: string };
  withdrawal?: {
    noticePeriod: Duration;
    rule: WithdrawalRuleInput;
    clause?: string;
  };
}

/** What the obligations need: the calendar's input without its UID namespace. */
export type ObligationsInput = Omit<CalendarInput, 'agreementKey'>;

/** Checks everything at once; undefined when any problem was found. */
export function checkCalendarInput(
  input: ObligationsInput,
  problems: CalculatorProblem[],
): CheckedCalendarInput | undefined {
  const before = problems.length;
  const partyKeys = uniqueKeys(input.parties, ['parties'], problems);
  const bodyList = input.bodies ?? [];
  const bodyKeys = uniqueKeys(bodyList, ['bodies'], problems);
  const knownParties = (keys: readonly string[], path: ProblemPath): void => {
    keys.forEach((key, index) => {
      if (!partyKeys.has(key)) problems.push(unknown('UNKNOWN_PARTY', key, [...path, index]));
    });
  };
  const knownBody = (key: string | undefined, path: ProblemPath): void => {
    if (key !== undefined && !bodyKeys.has(key)) problems.push(unknown('UNKNOWN_BODY', key, path));
  };

  const bodies = bodyList.map((body, index): CheckedBody => {
    const path = ['bodies', index];
    knownParties(body.memberPartyKeys, [...path, 'memberPartyKeys']);
    const cadence = body.cadence === undefined ? undefined : checkCadence(body.cadence, [...path, 'cadence'], problems);
    return cadence === undefined ? { input: body } : { input: body, cadence };
  });

  const commitmentList = input.commitments ?? [];
  uniqueKeys(commitmentList, ['commitments'], problems);
  const commitments = commitmentList.map((commitment, index): CheckedCommitment => {
    const path = ['commitments', index];
    // No party is allowed: a commitment may be owed by a body whose seats name no organisation
    // ("personer med beslutsmandat"); it then shows on the agreement's calendar, not a party's.
    knownParties(commitment.partyKeys, [...path, 'partyKeys']);
    knownBody(commitment.reportsToBodyKey, [...path, 'reportsToBodyKey']);
    switch (commitment.kind) {
      case 'standing':
        return { input: commitment };
      case 'recurring': {
        const first = parseDateOrLocalDateTime(commitment.firstOn, [...path, 'firstOn'], problems);
        const recurrence =
          first && parseRecurrence(commitment.rrule, first.at, first.allDay, [...path, 'rrule'], problems);
        return recurrence === undefined ? { input: commitment } : { input: commitment, recurrence };
      }
      case 'dueBy': {
        const dueOn = parseDate(commitment.dueOn, [...path, 'dueOn'], problems);
        return dueOn === undefined ? { input: commitment } : { input: commitment, dueOn };
      }
    }
  });

  const checked: CheckedCalendarInput = {
    parties: input.parties,
    partyNames: new Map(input.parties.map((party) => [party.key, party.name])),
    bodies,
    commitments,
  };
  const allParties = input.parties.map((party) => party.key);

  const plan = input.followUp?.plan;
  if (plan) {
    const path = ['followUp', 'plan'];
    const dueOn = parseDate(plan.dueOn, [...path, 'dueOn'], problems);
    if (plan.partyKeys) knownParties(plan.partyKeys, [...path, 'partyKeys']);
    if (dueOn) {
      checked.plan = { dueOn, partyKeys: [...(plan.partyKeys ?? allParties)], clause: plan.clause };
    }
  }
  const report = input.followUp?.annualReport;
  if (report) {
    const path = ['followUp', 'annualReport'];
    knownBody(report.toBodyKey, [...path, 'toBodyKey']);
    if (report.byPartyKeys) knownParties(report.byPartyKeys, [...path, 'byPartyKeys']);
    const monthDay =
      report.dueEachYearOn === undefined
        ? {}
        : checkMonthDay(report.dueEachYearOn, [...path, 'dueEachYearOn'], problems);
    checked.annualReport = {
      toBodyKey: report.toBodyKey,
      byPartyKeys: [...(report.byPartyKeys ?? allParties)],
      clause: report.clause,
      ...monthDay,
    };
  }
  if (input.term) {
    const term = resolveTerm(input.term, problems);
    if (term) {
      checked.term = input.term.clause === undefined ? term : { ...term, clause: input.term.clause };
    }
  }
  if (input.withdrawal) {
    const rule = input.withdrawal;
    const noticePeriod = checkWithdrawalRule(rule, ['withdrawal'], problems);
    if (noticePeriod) {
      checked.withdrawal = {
        noticePeriod,
        rule,
        ...(rule.clause === undefined ? {} : { clause: rule.clause }),
      };
    }
  }
  return problems.length > before ? undefined : checked;
}

function checkCadence(
  cadence: CadenceInput,
  path: ProblemPath,
  problems: CalculatorProblem[],
): CheckedCadence | undefined {
  const clause = cadence.clause === undefined ? {} : { clause: cadence.clause };
  switch (cadence.kind) {
    case 'recurrence': {
      const durationMinutes = cadence.durationMinutes ?? 60;
      if (!Number.isInteger(durationMinutes) || durationMinutes <= 0 || durationMinutes > 24 * 60) {
        problems.push(
          problem(
            'INVALID_DURATION',
            [...path, 'durationMinutes'],
            `Mötets längd ${durationMinutes} ska vara 1–1440 minuter.`,
            `The meeting length ${durationMinutes} must be 1–1440 minutes.`,
          ),
        );
      }
      const first = parseLocalDateTime(cadence.firstStart, [...path, 'firstStart'], problems);
      const recurrence = first && parseRecurrence(cadence.rrule, first, false, [...path, 'rrule'], problems);
      return recurrence && { kind: 'recurrence', recurrence, durationMinutes, ...clause };
    }
    case 'countPerPeriod': {
      const { min, max, per } = cadence;
      const validMin = Number.isInteger(min) && min >= 1;
      const validMax = max === undefined || (Number.isInteger(max) && max >= min);
      if (!validMin || !validMax) {
        problems.push(
          problem(
            'INVALID_COUNT',
            path,
            `Antal möten ska vara heltal med minst 1 och högst ≥ minst (fick ${min}–${max ?? ''}).`,
            `Meeting counts must be whole numbers, min at least 1 and max ≥ min (got ${min}–${max ?? ''}).`,
          ),
        );
      }
      if (per !== 'year' && per !== 'term') {
        problems.push(
          problem(
            'INVALID_CHOICE',
            [...path, 'per'],
            `Okänd period ${JSON.stringify(per)}: ange year eller term.`,
            `Unknown period ${JSON.stringify(per)}: give year or term.`,
          ),
        );
      }
      if (!validMin || !validMax || (per !== 'year' && per !== 'term')) return undefined;
      return { kind: 'countPerPeriod', per, min, ...(max === undefined ? {} : { max }), ...clause };
    }
  }
}

function checkMonthDay(
  text: string,
  path: ProblemPath,
  problems: CalculatorProblem[],
): { month?: number; day?: number } {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  // Checked against a leap year, so 02-29 is allowed (it falls on 28 February in other years).
  const valid = match !== null && parseDate(`2024-${text}`, path, []) !== undefined;
  if (!valid) {
    problems.push(
      problem(
        'INVALID_MONTH_DAY',
        path,
        `Ogiltig dag ${JSON.stringify(text)}: ange MM-DD, t.ex. 03-31.`,
        `Invalid day ${JSON.stringify(text)}: give MM-DD, e.g. 03-31.`,
      ),
    );
    return {};
  }
  return { month, day };
}

function uniqueKeys(list: readonly { key: string }[], path: ProblemPath, problems: CalculatorProblem[]): Set<string> {
  const keys = new Set<string>();
  list.forEach((item, index) => {
    if (keys.has(item.key)) {
      problems.push(
        problem(
          'DUPLICATE_KEY',
          [...path, index, 'key'],
          `Nyckeln "${item.key}" förekommer mer än en gång.`,
          `The key "${item.key}" occurs more than once.`,
        ),
      );
    }
    keys.add(item.key);
  });
  return keys;
}

function unknown(code: 'UNKNOWN_PARTY' | 'UNKNOWN_BODY', key: string, path: ProblemPath): CalculatorProblem {
  return code === 'UNKNOWN_PARTY'
    ? problem(code, path, `Okänd part "${key}".`, `Unknown party "${key}".`)
    : problem(code, path, `Okänt organ "${key}".`, `Unknown body "${key}".`);
}
