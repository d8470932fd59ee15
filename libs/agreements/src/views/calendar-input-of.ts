import type { CadenceInput, CalendarCommitmentInput, CalendarInput } from '../calculators/calendar-input.js';
import type { AgreementVersion } from '../schema/agreement-version.js';
import type { Cadence, RecurrenceCadence } from '../schema/cadence.js';
import { memberParties, partiesBehindAll } from './party-refs.js';

/** The first date a rhythm can start from when the text gives none: the term, else the version. */
export function anchorDate(version: Pick<AgreementVersion, 'term' | 'date'>): string | undefined {
  return version.term?.start ?? version.date;
}

/** A body's first meeting by its rule: the rule's own start, else the anchor; 09:00 unless a time is set. */
export function meetingFirstStart(cadence: RecurrenceCadence, anchor: string | undefined): string | undefined {
  const start = cadence.start ?? anchor;
  return start === undefined ? undefined : `${start}T${cadence.timeOfDay ?? '09:00'}`;
}

/** A recurring commitment's first day (all day), or first local time when the rule sets one. */
export function commitmentFirstOn(cadence: RecurrenceCadence, anchor: string | undefined): string | undefined {
  const start = cadence.start ?? anchor;
  if (start === undefined) return undefined;
  return cadence.timeOfDay ? `${start}T${cadence.timeOfDay}` : start;
}

function cadenceInput(version: AgreementVersion, cadence: Cadence | undefined): CadenceInput | undefined {
  if (!cadence) return undefined;
  if (cadence.kind === 'countPerPeriod') {
    return {
      kind: 'countPerPeriod',
      per: cadence.per,
      min: cadence.min ?? cadence.max ?? 1,
      max: cadence.max,
      clause: cadence.clause,
    };
  }
  const firstStart = meetingFirstStart(cadence, anchorDate(version));
  if (!firstStart) return undefined;
  return { kind: 'recurrence', rrule: cadence.rrule, firstStart, clause: cadence.clause };
}

function commitmentInput(
  version: AgreementVersion,
  commitment: NonNullable<AgreementVersion['commitments']>[number],
): CalendarCommitmentInput {
  const base = {
    key: commitment.key,
    title: commitment.text,
    partyKeys: partiesBehindAll(version, commitment.by),
    clause: commitment.clause,
    reportsToBodyKey: commitment.reportsTo?.[0],
  };
  if (commitment.kind === 'dueByDate' && commitment.due) return { ...base, kind: 'dueBy', dueOn: commitment.due };
  const recurrence = commitment.recurrence;
  const firstOn = recurrence?.kind === 'recurrence' ? commitmentFirstOn(recurrence, anchorDate(version)) : undefined;
  if (recurrence?.kind === 'recurrence' && firstOn) {
    return { ...base, kind: 'recurring', rrule: recurrence.rrule, firstOn };
  }
  // Due at every meeting of a body, or N times a period on dates set later: the body's own
  // calendar carries the dates, so the commitment itself is listed as standing.
  return { ...base, kind: 'standing' };
}

/**
 * What the calendar and obligation calculators need of a (resolved) agreement version, with the
 * meetings conveners have dated (by body key) where a body meets a count per period.
 */
export function calendarInputOf(
  version: AgreementVersion,
  scheduled: ReadonlyMap<string, readonly string[]> = new Map(),
): CalendarInput {
  const report = version.followUp?.annualReport;
  const plan = version.followUp?.plan;
  return {
    agreementKey: version.key,
    parties: version.parties.map(({ key, name }) => ({ key, name })),
    bodies: (version.bodies ?? []).map((body) => ({
      key: body.key,
      name: body.name,
      memberPartyKeys: memberParties(version, body),
      cadence: cadenceInput(version, body.cadence),
      place: body.place,
      clause: body.clause,
      ...(scheduled.get(body.key)?.length ? { scheduled: scheduled.get(body.key) } : {}),
    })),
    commitments: (version.commitments ?? []).map((commitment) => commitmentInput(version, commitment)),
    followUp: {
      plan: plan ? { dueOn: plan.due, clause: plan.clause, partyKeys: partiesBehindAll(version, plan.by) } : undefined,
      annualReport:
        report && report.recipients[0]
          ? {
              toBodyKey: report.recipients[0].body,
              byPartyKeys: report.by ? partiesBehindAll(version, [report.by.ref]) : undefined,
              clause: report.clause,
            }
          : undefined,
    },
    term: version.term
      ? {
          start: version.term.start,
          end: version.term.end,
          renewal: version.term.renewal?.kind === 'automatic' ? version.term.renewal.period : 'none',
          clause: version.term.clause,
        }
      : undefined,
    withdrawal: version.withdrawal,
  };
}
