import {
  MAX_DURATION_YEARS,
  consentBases,
  consultationKinds,
  countableDurationProblem,
  isoDateSchema,
  isoDurationSchema,
  keySchema,
} from '@samverkan/agreements';
import { z } from 'zod';

/**
 * The only fields an event's payload (or an instance's start input) may carry. Each is typed
 * and none holds anything about a person: parties are organisations, a case is known by its
 * pseudonymous reference (kept on the instance, never in a payload), and there is no free
 * text: a name or an address typed into a text field cannot be told from ordinary words, so
 * no field takes words. An assigned action names one of its routine's `assignableActions`
 * instead of carrying a title, and its key is a number (`a1`). Every string is still checked
 * by `findPersonalData`. A definition picks from these fields by name; it cannot add one.
 */

/** What the centre offers in an RVC case (seed 003, 3.1). */
export const supportOffers = ['crisisTalk', 'legalProcessSupport', 'longTermSupportMotivation'] as const;
export type SupportOffer = (typeof supportOffers)[number];

/** Who a case is handed over to (seed 003, 3.1: "socialtjänst och/eller hälso- och sjukvård"). */
export const handOverTargets = ['socialServices', 'healthCare'] as const;
export type HandOverTarget = (typeof handOverTargets)[number];

/**
 * Why the consent form was not used in a consultation held with consent, from a fixed list, never
 * typed (seed 002 § 12: "Vid samtycke ska den framtagna samtyckesblanketten användas så långt
 * det är möjligt"). The text gives no reasons: the list is the product's, marked as such in the
 * routine; `used` says it was.
 */
export const consentFormUses = [
  'used',
  'notUsedAcute',
  'notUsedConsentByPhoneOrVideo',
  'notUsedInterpreterOrAdaptation',
  'notUsedPersonDeclinedToSign',
] as const;
export type ConsentFormUse = (typeof consentFormUses)[number];

/**
 * Who attends a consultation without being a party, by function, never by name (seed 002 § 12:
 * "Även andra aktörer än parterna kan närvara vid samrådsmötena"). Listing one records it as
 * external: what may be said in front of it depends on the consent (OSL, seed 002 § 15). The
 * functions are the authorities and organisations the glossary and seed 001 name, and the
 * product's "another authority" or "another organisation".
 */
export const externalFunctions = [
  'prosecution',
  'probation',
  'womensShelter',
  'victimSupport',
  'otherMunicipalitySocialServices',
  'interpreter',
  'otherAuthority',
  'otherOrganisation',
] as const;
export type ExternalFunction = (typeof externalFunctions)[number];

const roleNameSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a role name is camelCase');
/** An instant with its offset: `2026-03-31T09:00:00+02:00` or `…Z`. */
const instantSchema = z.iso.datetime({ offset: true });

/** An outcome gives at most this many actions (and so keys `a1` … `a20`). */
export const MAX_ASSIGNED_ACTIONS = 20;

/**
 * The key of an assigned action: `a` and its number, `a1` … `a20`. A key of the coordinator's
 * own choosing would be free text (`anna-storgatan-12`) kept in the case and shown in its tasks.
 */
export const assignedActionKeySchema = z
  .string()
  .regex(/^a(?:[1-9]|1\d|20)$/, `an assigned action's key is a1 … a${MAX_ASSIGNED_ACTIONS}`);

/** An action a consultation's outcome gives a role, with its own due time. */
export const assignedActionSchema = z.strictObject({
  /** Unique within the outcome; the completing event names it. */
  key: assignedActionKeySchema,
  /** The routine role that owes it. */
  role: roleNameSchema,
  /** Which of the routine's `assignableActions` it is; its title is the routine's, never typed. */
  kind: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/, 'an action kind is camelCase')
    .max(40),
  /** Due a duration after the outcome, or a number of Swedish working days after it. */
  within: z.union([
    // Within what a due time can be counted with (time/time-limits.ts).
    z.strictObject({
      duration: isoDurationSchema.refine((text) => countableDurationProblem(text) === undefined, {
        message: `a duration of at most ${MAX_DURATION_YEARS} years`,
        params: { code: 'invalidValue', sv: `en tidslängd på högst ${MAX_DURATION_YEARS} år` },
      }),
    }),
    z.strictObject({ workingDays: z.number().int().positive().max(365) }),
  ]),
});
export type AssignedAction = z.infer<typeof assignedActionSchema>;

export type PayloadFieldKind =
  'partyKey' | 'itemKey' | 'enum' | 'enumList' | 'roleList' | 'instant' | 'date' | 'assignedActions' | 'boolean';

interface FieldSpec {
  kind: PayloadFieldKind;
  schema: z.ZodType;
  /** Swedish, for forms and the event log. */
  title: string;
  /** The values of an `enum` or `enumList` field. */
  values?: readonly string[];
  /** Set by an action of the registry, never by a payload. */
  computed?: boolean;
}

export const payloadFields = {
  party: { kind: 'partyKey', schema: keySchema.max(80), title: 'Part' },
  homeMunicipality: { kind: 'partyKey', schema: keySchema.max(80), title: 'Hemkommun (part)' },
  offered: {
    kind: 'enumList',
    schema: z.array(z.enum(supportOffers)).max(supportOffers.length),
    values: supportOffers,
    title: 'Erbjudet stöd',
  },
  handedOverTo: {
    kind: 'enumList',
    schema: z.array(z.enum(handOverTargets)).min(1).max(handOverTargets.length),
    values: handOverTargets,
    title: 'Överlämnat till',
  },
  consultationType: {
    kind: 'enum',
    schema: z.enum(consultationKinds),
    values: consultationKinds,
    title: 'Typ av samråd',
  },
  participants: { kind: 'roleList', schema: z.array(roleNameSchema).min(1).max(20), title: 'Deltagare' },
  consentBasis: { kind: 'enum', schema: z.enum(consentBases), values: consentBases, title: 'Grund' },
  consentExplained: {
    kind: 'boolean',
    schema: z.boolean(),
    title: 'Den våldsutsatta har fått en förklaring av hur samverkan med samtycke går till',
  },
  consentForm: {
    kind: 'enum',
    schema: z.enum(consentFormUses),
    values: consentFormUses,
    title: 'Samtyckesblanketten: använd, eller varför inte',
  },
  hasChildren: { kind: 'boolean', schema: z.boolean(), title: 'Den vuxna har barn' },
  childRightsConsidered: {
    kind: 'boolean',
    schema: z.boolean(),
    title: 'Barnrättsperspektivet har beaktats (barnkonventionen, artikel 3 och 19)',
  },
  externalAttendees: {
    kind: 'enumList',
    schema: z.array(z.enum(externalFunctions)).min(1).max(externalFunctions.length),
    values: externalFunctions,
    title: 'Närvarande som inte är parter (externa), efter funktion',
  },
  slotAt: { kind: 'instant', schema: instantSchema, title: 'Samrådstid' },
  actions: {
    kind: 'assignedActions',
    schema: z.array(assignedActionSchema).max(MAX_ASSIGNED_ACTIONS),
    title: 'Åtgärder',
  },
  action: { kind: 'itemKey', schema: assignedActionKeySchema, title: 'Åtgärd' },
  noticeGivenOn: { kind: 'date', schema: isoDateSchema, title: 'Uppsägning given' },
  termEndsOn: { kind: 'date', schema: isoDateSchema, title: 'Giltighetstiden löper ut' },
  followUpPlanDueOn: { kind: 'date', schema: isoDateSchema, title: 'Uppföljningsplanen senast' },
  withdrawalEffectiveOn: { kind: 'date', schema: isoDateSchema, title: 'Utträdet gäller t.o.m.', computed: true },
  withdrawingParty: { kind: 'partyKey', schema: keySchema.max(80), title: 'Utträdande part', computed: true },
} as const satisfies Record<string, FieldSpec>;

/** Any field a record (the instance's memory of payloads) may hold. */
export type RecordFieldName = keyof typeof payloadFields;
/** A field an event or start input may carry: every field but the computed ones. */
export type PayloadFieldName = {
  [K in RecordFieldName]: (typeof payloadFields)[K] extends { computed: true } ? never : K;
}[RecordFieldName];

export const recordFieldNames = Object.keys(payloadFields) as RecordFieldName[];
export const payloadFieldNames = recordFieldNames.filter(
  (name) => !(payloadFields[name] as FieldSpec).computed,
) as PayloadFieldName[];

/** The typed values of the fields. */
export type RecordValues = { [K in RecordFieldName]?: z.infer<(typeof payloadFields)[K]['schema']> };
export type PayloadValues = Pick<RecordValues, PayloadFieldName>;

export function fieldSpec(name: RecordFieldName): FieldSpec {
  return payloadFields[name];
}

export function isRecordField(name: string): name is RecordFieldName {
  return Object.hasOwn(payloadFields, name);
}

export function isPayloadField(name: string): name is PayloadFieldName {
  return isRecordField(name) && !fieldSpec(name).computed;
}

/** A field holding a time: a deadline may count to it. */
export function isTimeField(name: RecordFieldName): boolean {
  const kind = fieldSpec(name).kind;
  return kind === 'instant' || kind === 'date';
}

const payloadShape = {
  party: payloadFields.party.schema.optional(),
  homeMunicipality: payloadFields.homeMunicipality.schema.optional(),
  offered: payloadFields.offered.schema.optional(),
  handedOverTo: payloadFields.handedOverTo.schema.optional(),
  consultationType: payloadFields.consultationType.schema.optional(),
  participants: payloadFields.participants.schema.optional(),
  consentBasis: payloadFields.consentBasis.schema.optional(),
  consentExplained: payloadFields.consentExplained.schema.optional(),
  consentForm: payloadFields.consentForm.schema.optional(),
  hasChildren: payloadFields.hasChildren.schema.optional(),
  childRightsConsidered: payloadFields.childRightsConsidered.schema.optional(),
  externalAttendees: payloadFields.externalAttendees.schema.optional(),
  slotAt: payloadFields.slotAt.schema.optional(),
  actions: payloadFields.actions.schema.optional(),
  action: payloadFields.action.schema.optional(),
  noticeGivenOn: payloadFields.noticeGivenOn.schema.optional(),
  termEndsOn: payloadFields.termEndsOn.schema.optional(),
  followUpPlanDueOn: payloadFields.followUpPlanDueOn.schema.optional(),
} satisfies Record<PayloadFieldName, z.ZodType>;

/** The form of any payload: only the allowed fields, each of its type. */
export const payloadSchema = z.strictObject(payloadShape);
