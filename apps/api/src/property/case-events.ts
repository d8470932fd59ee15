import { consentBases, consultationKinds } from '@samverkan/agreements';
import {
  MAX_ASSIGNED_ACTIONS,
  consentFormUses,
  externalFunctions,
  handOverTargets,
  payloadFieldNames,
  supportOffers,
} from '@samverkan/workflows';
import fc from 'fast-check';
import { dates, durations, junkNumber, junkString, junkValue } from './junk.js';

/**
 * Events as the parties of a case might send them, from right to hostile. `next` is the next
 * event of a path through the routine (libs/workflows' routinePaths, so a case gets deep into its
 * routine); a sample is one of the routine's own events with a payload that fits, picked by
 * number. Either may be sent as it is, with one field changed to any value, or with a field the
 * event does not carry. A free event has a type known to any routine, an unknown or a malformed
 * one, and fields of any name with values of any kind.
 */
export type CaseEvent =
  | { kind: 'next'; change?: Change }
  | { kind: 'sample'; at: number; change?: Change }
  | { kind: 'free'; type: string; payload: Record<string, unknown> };

type Change = { field: string; value: unknown };

const knownTypes = [
  'case.referral.made',
  'case.contact.made',
  'case.contact.attemptFailed',
  'case.contact.deadlinePassed',
  'case.support.accepted',
  'case.handover.made',
  'consultation.type.set',
  'consultation.slot.booked',
  'consultation.held',
  'consultation.outcome.recorded',
  'consultation.action.completed',
  'consultation.slot.reached',
  'agreement.signed',
  'agreement.notice.given',
];

const partyKeys = fc.constantFrom(
  'ostersunds-kommun',
  'polisen-region-nord',
  'region-jamtland-harjedalen',
  'sundsvalls-kommun',
  'part-exempel',
);
const roles = fc.constantFrom('police', 'supportCentre', 'coordinator', 'socialServices', 'healthCare', 'mayor');
const instants = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-03-31T09:00:00+02:00',
    '2026-03-31T09:00:00',
    '2026-02-30T09:00:00Z',
    '+275760-09-13T00:00:00Z',
  ),
);
const actions = fc.array(
  fc.record({
    key: fc.oneof(
      fc.integer({ min: 0, max: 25 }).map((n) => `a${n}`),
      junkString,
    ),
    role: roles,
    kind: fc.constantFrom('riskAssessment', 'protectiveMeasures', 'otherAction', 'writeALetter'),
    within: fc.oneof(
      durations.map((duration) => ({ duration })),
      fc.oneof(fc.integer({ min: -1, max: 400 }), junkNumber).map((workingDays) => ({ workingDays })),
      junkValue,
    ),
  }),
  { maxLength: MAX_ASSIGNED_ACTIONS + 2 },
);

/** A value for a payload field: of the field's kind mostly, or anything. */
const fieldValues: Record<string, fc.Arbitrary<unknown>> = {
  party: partyKeys,
  homeMunicipality: partyKeys,
  offered: fc.subarray([...supportOffers, 'money']),
  handedOverTo: fc.subarray([...handOverTargets, 'school']),
  consultationType: fc.constantFrom(...consultationKinds, 'urgent'),
  participants: fc.array(roles, { maxLength: 22 }),
  consentBasis: fc.constantFrom(...consentBases, 'assumed'),
  consentExplained: fc.oneof(fc.boolean(), junkValue),
  consentForm: fc.constantFrom(...consentFormUses, 'forgotten'),
  hasChildren: fc.oneof(fc.boolean(), junkValue),
  childRightsConsidered: fc.oneof(fc.boolean(), junkValue),
  externalAttendees: fc.subarray([...externalFunctions, 'neighbour']),
  slotAt: instants,
  actions,
  action: fc.oneof(
    fc.integer({ min: 0, max: 25 }).map((n) => `a${n}`),
    junkString,
  ),
  noticeGivenOn: dates,
  termEndsOn: dates,
  followUpPlanDueOn: dates,
};
const fieldNames = fc.oneof(
  { arbitrary: fc.constantFrom(...payloadFieldNames), weight: 4 },
  { arbitrary: fc.constantFrom('withdrawalEffectiveOn', 'caseRef', 'name', 'personnummer', 'type '), weight: 1 },
  { arbitrary: junkString, weight: 1 },
);
const fieldValue = (field: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: (Object.hasOwn(fieldValues, field) ? fieldValues[field] : undefined) ?? junkValue, weight: 3 },
    { arbitrary: junkValue, weight: 1 },
  );
const fields = fieldNames.chain((field) => fieldValue(field).map((value) => ({ field, value })));

export const caseEvents: fc.Arbitrary<CaseEvent> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('next' as const) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('next' as const), change: fields }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('sample' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('sample' as const), at: fc.nat(), change: fields }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('free' as const),
      type: fc.oneof(
        { arbitrary: fc.constantFrom(...knownTypes), weight: 3 },
        {
          arbitrary: fc.constantFrom('case.unknown.happened', 'Case.Contact.Made', 'case', '', 'case..made'),
          weight: 1,
        },
        { arbitrary: junkString, weight: 1 },
      ),
      payload: fc
        .array(fields, { maxLength: 3 })
        .map((pairs) => Object.fromEntries(pairs.map(({ field, value }) => [field, value]))),
    }),
    weight: 2,
  },
);
