/**
 * The kinds of notice Samverkan sends, what each says it is about and the variables its
 * template may use. A template is checked against its kind's shape when it is saved (see
 * check-notice-template.ts), so a variable a kind does not provide is refused then, not found
 * missing when a reminder is due. No shape has room for anything about the person a case
 * concerns: a case is its pseudonymous reference.
 */

/** What a variable is: a printable value, a record of named variables, or a list of one shape. */
export type VariableShape = 'value' | { readonly [field: string]: VariableShape } | readonly [VariableShape];

export const noticeKinds = [
  'taskAssigned',
  'dueSoon',
  'overdue',
  'escalation',
  'meetingInvitation',
  'meetingToSchedule',
  'minutesDue',
  'signaturePending',
  'withdrawalReceived',
  'lastDayToGiveNotice',
  'renewalComing',
  'followUpDue',
  'digest',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * The kinds a county may word in its agreement (`noticeTemplates`): all but the daily digest,
 * which is one user's message across every agreement their party takes part in, so no one
 * county's wording can be its.
 */
export type CountyNoticeKind = Exclude<NoticeKind, 'digest'>;
export const countyNoticeKinds = noticeKinds.filter((kind): kind is CountyNoticeKind => kind !== 'digest');

/**
 * `case`: about a task in a case (reaches case workers only); `agreement`: about the agreement
 * itself (its signature, term, meetings and follow-up); `user`: one user's own message (the
 * daily digest of case notices, so for case workers only too).
 */
export type NoticeAudience = 'case' | 'agreement' | 'user';

export interface NoticeKindInfo {
  /** The Swedish name of the kind, as the designer and the docs show it. */
  title: string;
  audience: NoticeAudience;
  /** The variables a template of this kind may use. */
  shape: { readonly [field: string]: VariableShape };
}

const task = { title: 'value', due: 'value' } as const;

/** What every notice about a task in a case provides. */
const caseShape = {
  case: { ref: 'value', link: 'value' },
  routine: { title: 'value' },
  agreement: { title: 'value' },
  /** The first (usually only) task the notice concerns. */
  task,
  /** Every task the notice concerns. */
  tasks: [task],
  /** The parties that owe the task, by name ("Polisen i Jämtland"). */
  owedBy: 'value',
  recipient: { party: 'value', role: 'value' },
} as const;

/** What every notice about the agreement itself provides. */
const agreementShape = {
  agreement: { title: 'value', version: 'value', link: 'value' },
  recipient: { party: 'value' },
} as const;

/** A task in the daily digest: its title and due time, and the case it belongs to. */
const digestTask = { title: 'value', due: 'value', case: { ref: 'value', link: 'value' } } as const;

/**
 * What the daily digest provides: the day, the recipient's party, the open tasks of the party
 * due that day and those overdue, what arrived since the last digest (each notice's subject and
 * case), and a link to the inbox. Nothing of any case but its reference and link.
 */
const digestShape = {
  day: 'value',
  recipient: { party: 'value' },
  dueToday: [digestTask],
  overdue: [digestTask],
  arrived: [{ title: 'value', case: { ref: 'value', link: 'value' } }],
  inbox: { link: 'value' },
} as const;

export const noticeKindInfo: Record<NoticeKind, NoticeKindInfo> = {
  taskAssigned: { title: 'Ny uppgift', audience: 'case', shape: caseShape },
  dueSoon: { title: 'Uppgift snart förfallen', audience: 'case', shape: caseShape },
  overdue: { title: 'Uppgift försenad', audience: 'case', shape: caseShape },
  escalation: { title: 'Eskalering', audience: 'case', shape: caseShape },
  meetingInvitation: {
    title: 'Kallelse till möte',
    audience: 'agreement',
    shape: { ...agreementShape, meeting: { body: 'value', startsAt: 'value', place: 'value' } },
  },
  meetingToSchedule: {
    title: 'Möte att boka',
    audience: 'agreement',
    shape: { ...agreementShape, meeting: { body: 'value', period: 'value' } },
  },
  minutesDue: {
    title: 'Protokoll att skriva',
    audience: 'agreement',
    shape: { ...agreementShape, meeting: { body: 'value', heldAt: 'value' }, due: 'value' },
  },
  signaturePending: {
    title: 'Underskrift saknas',
    audience: 'agreement',
    shape: { ...agreementShape, party: 'value' },
  },
  withdrawalReceived: {
    title: 'Uppsägning mottagen',
    audience: 'agreement',
    shape: { ...agreementShape, withdrawal: { party: 'value', givenOn: 'value', effectiveOn: 'value' } },
  },
  lastDayToGiveNotice: {
    title: 'Sista dag att säga upp',
    audience: 'agreement',
    shape: { ...agreementShape, notice: { lastDay: 'value', termEnds: 'value' } },
  },
  renewalComing: {
    title: 'Förlängning närmar sig',
    audience: 'agreement',
    shape: { ...agreementShape, renewal: { on: 'value', until: 'value' } },
  },
  followUpDue: {
    title: 'Uppföljning eller årsrapport ska lämnas',
    audience: 'agreement',
    shape: { ...agreementShape, followUp: { duty: 'value', due: 'value' } },
  },
  digest: { title: 'Daglig sammanfattning', audience: 'user', shape: digestShape },
};

export function isNoticeKind(value: string): value is NoticeKind {
  return (noticeKinds as readonly string[]).includes(value);
}
