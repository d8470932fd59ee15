import type { AgreementVersion } from '../schema/agreement-version.js';

/** The notices about the agreement's own dates, each sent a lead time before its date. */
export const dateNoticeKinds = [
  'lastDayToGiveNotice',
  'renewalComing',
  'followUpDue',
  'meetingInvitation',
  'minutesDue',
  'meetingToSchedule',
] as const;
export type DateNoticeKind = (typeof dateNoticeKinds)[number];

/** How long before a date its reminder goes out, and who chose it. */
export interface ReminderLead {
  kind: DateNoticeKind;
  /** Days before the date (0: on the day). */
  daysBefore: number;
  /** Local time in Stockholm the reminder is written on its day (`HH:MM`). */
  at: string;
  /** A county's choice in its agreement (`reminderLeads`), or the product's default, marked as such. */
  source: { kind: 'county' } | { kind: 'product'; note: string };
}

type Default = Omit<ReminderLead, 'kind' | 'source'> & { note: string };

/** The product's defaults: no agreement text gives these lead times. */
const productDefaults: Record<DateNoticeKind, Default> = {
  lastDayToGiveNotice: {
    daysBefore: 30,
    at: '08:00',
    note: 'Produktens förval: 30 dagar före sista dagen att säga upp inför nästa årsskifte (dagen följer av överenskommelsens regel om utträde).',
  },
  renewalComing: {
    daysBefore: 30,
    at: '08:00',
    note: 'Produktens förval: 30 dagar innan överenskommelsen förlängs av sig själv.',
  },
  meetingInvitation: {
    daysBefore: 7,
    at: '08:00',
    note: 'Produktens förval: kallelse med kalenderfil (.ics) 7 dagar före varje möte som överenskommelsen daterar.',
  },
  minutesDue: {
    daysBefore: 13,
    at: '08:00',
    note: 'Produktens förval: protokollet ska vara klart 14 dagar efter mötet; sammankallande påminns dagen efter mötet (13 dagar före).',
  },
  meetingToSchedule: {
    daysBefore: 0,
    at: '08:00',
    note: 'Produktens förval: när en period börjar (eller när överenskommelsen publiceras) för ett organ som möts ett antal gånger per period och vars sammankallande är namngiven, så länge perioden har för få daterade möten.',
  },
  followUpDue: {
    daysBefore: 14,
    at: '08:00',
    note: 'Produktens förval: 14 dagar före en årlig rapport som överenskommelsen daterar (samma som livscykelns påminnelse om uppföljningsplanen).',
  },
};

/** The lead time of one kind for a version: the county's where its agreement sets one, else the product's. */
export function reminderLeadOf(content: Pick<AgreementVersion, 'reminderLeads'>, kind: DateNoticeKind): ReminderLead {
  const fallback = productDefaults[kind];
  const chosen = content.reminderLeads?.[kind];
  if (!chosen)
    return { kind, daysBefore: fallback.daysBefore, at: fallback.at, source: { kind: 'product', note: fallback.note } };
  return { kind, daysBefore: chosen.daysBefore, at: chosen.at ?? fallback.at, source: { kind: 'county' } };
}

/** Every kind's lead time for a version, as the county sees them. */
export function reminderLeadsOf(content: Pick<AgreementVersion, 'reminderLeads'>): ReminderLead[] {
  return dateNoticeKinds.map((kind) => reminderLeadOf(content, kind));
}
