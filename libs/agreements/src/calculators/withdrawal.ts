import { type DateTime, type Duration } from 'luxon';
import { formatDate, parseDate, parseDuration } from './dates.js';
import { type CalculatorProblem, type CalculatorResult, type ProblemPath, failed, ok, problem } from './problems.js';

export interface WithdrawalRuleInput {
  /** ISO 8601, in years, months, weeks or days: `P6M` for "sex månader". */
  noticePeriod: string;
  /** Jämtland §17 "tidigast nästkommande årsskifte": `yearEnd`. */
  effectiveAt: 'yearEnd' | 'anyMonthEnd';
  inWriting: boolean;
}

export interface WithdrawalDate {
  noticeGivenOn: string;
  /** noticeGivenOn + noticePeriod: the last day of the notice period. */
  noticePeriodEndsOn: string;
  /** The last day the party is bound (31 December for a year end); inclusive. */
  effectiveOn: string;
  /** The first day the party is no longer a party: the day after effectiveOn. */
  freeFrom: string;
  /** The last day on which notice could have been given to leave on the same effectiveOn. */
  latestNoticeDateForSameEffect: string;
  inWriting: boolean;
  explanation: { sv: string; en: string };
}

/**
 * The earliest date a withdrawal takes effect for notice given on a date.
 *
 * The rule, as Jämtland §17 words it ("får lämna tidigast nästkommande årsskifte och måste
 * skriftligen meddela övriga parter detta senast sex månader i förväg"):
 * - The notice period runs from the day notice is given and ends on the day that is the notice
 *   period later (noticeGivenOn + P in calendar arithmetic: a month later is the same day number,
 *   or the month's last day when it has no such day, as in lag (1930:173) om beräkning av
 *   lagstadgad tid). Notice on 2025-06-30 with P6M ends on 2025-12-30.
 * - The withdrawal takes effect at the end of a period (a year end, or any month end): the
 *   party is bound through `effectiveOn` inclusive and free from the next day, the årsskifte.
 * - The earliest `effectiveOn` is the first period end on or after the day the notice period
 *   ends. So notice on 2025-06-30 leaves on 2025-12-31, and notice on 2025-07-01 (period ends
 *   2026-01-01) leaves on 2026-12-31: six months before the årsskifte 1 January 2026 is
 *   1 July 2025, and notice on that day is no longer "six months in advance".
 * `inWriting` is carried to the result: the form is checked by people, not here.
 */
/** Checks a withdrawal rule's form; returns its notice period, or undefined with problems added. */
export function checkWithdrawalRule(
  rule: WithdrawalRuleInput,
  path: ProblemPath,
  problems: CalculatorProblem[],
): Duration | undefined {
  const period = parseDuration(rule.noticePeriod, [...path, 'noticePeriod'], problems, { datesOnly: true });
  if (rule.effectiveAt !== 'yearEnd' && rule.effectiveAt !== 'anyMonthEnd') {
    problems.push(
      problem(
        'INVALID_CHOICE',
        [...path, 'effectiveAt'],
        `Okänd tidpunkt för utträde ${JSON.stringify(rule.effectiveAt)}: ange yearEnd eller anyMonthEnd.`,
        `Unknown effective time ${JSON.stringify(rule.effectiveAt)}: give yearEnd or anyMonthEnd.`,
      ),
    );
  }
  return period;
}

export function earliestWithdrawalDate(
  rule: WithdrawalRuleInput,
  noticeGivenOn: string,
): CalculatorResult<WithdrawalDate> {
  const problems: CalculatorProblem[] = [];
  const notice = parseDate(noticeGivenOn, ['noticeGivenOn'], problems);
  const period = checkWithdrawalRule(rule, ['rule'], problems);
  if (notice === undefined || period === undefined || problems.length > 0) return failed(problems);

  const periodEnds = notice.plus(period);
  const effective = periodEnds.endOf(rule.effectiveAt === 'yearEnd' ? 'year' : 'month').startOf('day');
  const latestNotice = latestNoticeDate(effective, period);
  const at = rule.effectiveAt === 'yearEnd' ? 'årsskifte' : 'månadsskifte';
  const atEn = rule.effectiveAt === 'yearEnd' ? 'year end' : 'month end';
  const writing = rule.inWriting ? ' Uppsägningen ska ske skriftligen.' : '';
  const writingEn = rule.inWriting ? ' Notice must be given in writing.' : '';
  return ok({
    noticeGivenOn: formatDate(notice),
    noticePeriodEndsOn: formatDate(periodEnds),
    effectiveOn: formatDate(effective),
    freeFrom: formatDate(effective.plus({ days: 1 })),
    latestNoticeDateForSameEffect: formatDate(latestNotice),
    inWriting: rule.inWriting,
    explanation: {
      sv:
        `Uppsägning ${formatDate(notice)} med uppsägningstid ${rule.noticePeriod}: uppsägningstiden ` +
        `löper ut ${formatDate(periodEnds)}, och utträdet gäller vid närmast följande ${at}. ` +
        `Parten är bunden t.o.m. ${formatDate(effective)}.${writing}`,
      en:
        `Notice on ${formatDate(notice)} with notice period ${rule.noticePeriod}: the period ends ` +
        `on ${formatDate(periodEnds)}, and the withdrawal takes effect at the next ${atEn}. ` +
        `The party is bound through ${formatDate(effective)}.${writingEn}`,
    },
  });
}

/** The last day D with D + period ≤ effective (month arithmetic clamps, so step to it). */
export function latestNoticeDate(effective: DateTime, period: Duration): DateTime {
  let latest = effective.minus(period);
  while (latest.plus(period) > effective) latest = latest.minus({ days: 1 });
  for (let step = 0; step < 31; step += 1) {
    const next = latest.plus({ days: 1 });
    if (next.plus(period) > effective) break;
    latest = next;
  }
  return latest;
}
