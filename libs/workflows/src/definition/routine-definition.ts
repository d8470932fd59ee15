import { type PayloadFieldName, type RecordFieldName } from './payload-fields.js';

/**
 * A routine definition: a versioned statechart as data (JSON), never code. Its guards and
 * actions are chosen by name from the fixed registry in `registry/`; its words are Swedish,
 * because strategists and parties read them; its names are English camelCase, and its events
 * are named with dots, past tense for facts (`case.contact.made`).
 *
 * A definition says which roles owe what (a county binds each role to its parties in the
 * agreement's `routines`), which parameters a county may set (`contactWithin: PT48H`), and for
 * each state: where it comes from (`source`), the tasks it opens, its deadline, the reminders
 * before or at a task's due time and the escalations after it.
 */
export interface RoutineDefinition {
  /** The template key, as agreements cite it in `key@version` (`rvc-referral`). */
  key: string;
  /** Published versions are immutable: a change is a new version. */
  version: number;
  /** Swedish title. */
  title: string;
  description?: string;
  /** The roles a binding must give parties to, by camelCase name (`supportCentre`). */
  roles: Record<string, RoleSpec>;
  /** The parameters a binding may set, with their type and default. */
  parameters: Record<string, ParameterSpec>;
  /** Fields the server must give when it starts an instance (dates from the agreement). */
  input?: PayloadSpec;
  /** Every event the routine understands: who may send it and the payload it carries. */
  events: Record<string, EventSpec>;
  /**
   * The actions an outcome may give a role (`actions` in a payload), by camelCase key: the
   * coordinator picks from this list, never types a title, so no name or address can slip
   * into the case. A routine whose events carry `actions` lists them here.
   */
  assignableActions?: Record<string, AssignableActionSpec>;
  /** The first state. */
  initial: string;
  states: Record<string, StateSpec>;
}

/** An action an outcome may assign: its Swedish title becomes the title of the task. */
export interface AssignableActionSpec {
  title: string;
}

/** A role of the routine: a name for people and what the role owes, both in Swedish. */
export interface RoleSpec {
  title: string;
  owes: string;
}

export const parameterTypes = ['duration', 'workingDays', 'count', 'boolean', 'text'] as const;
export type ParameterType = (typeof parameterTypes)[number];

interface ParameterBase {
  /** Swedish, for the strategist binding the routine. */
  title: string;
  /** Where the default comes from. */
  source?: RoutineSource;
}

/**
 * A parameter a county may set. Without a default the binding must give it, unless it is
 * `optional`: a time no text gives and no product default should invent (the agreement
 * lifecycle's annual report), which a county may set as its own choice. Left unset, the
 * deadline, reminders and escalations it would time are not armed. The types are those of
 * `parameterValueSchema` in libs/agreements, so a binding's value fits as it is.
 */
export type ParameterSpec =
  | (ParameterBase & { type: 'duration'; default?: string; optional?: boolean })
  | (ParameterBase & { type: 'workingDays'; default?: number; optional?: boolean })
  | (ParameterBase & { type: 'count'; default?: number })
  | (ParameterBase & { type: 'boolean'; default?: boolean })
  | (ParameterBase & { type: 'text'; default?: string });

/** Which payload fields an event (or the start input) carries, and whether each is required. */
export type PayloadSpec = Partial<Record<PayloadFieldName, 'required' | 'optional'>>;

/** The sender of an event that no person sends: a deadline firing. */
export const TIMER = 'timer';

export interface EventSpec {
  /** Swedish, past tense for facts: "Kontakt har tagits". */
  title: string;
  /** The roles whose parties may send it, or `timer` for an event a deadline sends. */
  sentBy: string[];
  payload?: PayloadSpec;
  /**
   * Payload fields the server fills in when the sender leaves them out, and from what; e.g. the
   * slot of a consultation from the agreement's weekly consultation times. Named from a fixed
   * list, like guards and actions: a definition never carries code.
   */
  fill?: Partial<Record<PayloadFieldName, PayloadFiller>>;
  /** Conditions between the payload's fields, each checked when the event is received. */
  rules?: PayloadRule[];
}

/**
 * A condition between an event's fields, as data: when `when.field` was sent with the value
 * `when.is`, the fields of `require` must be sent too, those of `must` with exactly that value,
 * and those of `forbid` not at all. `why` says it in Swedish for the refusal ("Vid samtycke ska
 * samtyckesblanketten användas så långt det är möjligt"), `source` where it comes from.
 */
export interface PayloadRule {
  when: { field: PayloadFieldName; is: string | boolean };
  require?: PayloadFieldName[];
  must?: Partial<Record<PayloadFieldName, string | boolean>>;
  forbid?: PayloadFieldName[];
  why: string;
  source: RoutineSource;
}

/** What the server may fill a payload field from. */
export const payloadFillers = ['nextConsultationSlot'] as const;
export type PayloadFiller = (typeof payloadFillers)[number];

/**
 * Where a state comes from: a clause of a seed document, common practice (the Barnahus-like
 * child consultation, whose seed gives it one sentence) or the product's own choice where the
 * texts are silent (how many contact attempts, when a case is closed). Marking the last two
 * keeps a reader from mistaking them for what an agreement says.
 */
export type RoutineSource =
  | { kind: 'seed'; seed: string; clause: string; quote?: string }
  | { kind: 'practice'; name: 'Barnahus practice'; note: string }
  | { kind: 'product'; note: string };

export interface StateSpec {
  /** Swedish. */
  title: string;
  source: RoutineSource;
  /** A final state ends the routine (or, inside a parallel state, its region). */
  final?: boolean;
  /** Regions that run at once; each child is a region with its own `initial`. */
  parallel?: boolean;
  /** The first child of a compound state. */
  initial?: string;
  states?: Record<string, StateSpec>;
  /** What an event does here. Several candidates are tried in order; the first whose guard holds wins. */
  on?: Record<string, TransitionSpec | TransitionSpec[]>;
  /** Transitions taken as soon as their guard holds, e.g. after a counter reached its limit. */
  always?: TransitionSpec | TransitionSpec[];
  /** Taken when a compound state reaches a final child, or every region of a parallel state does. */
  onDone?: TransitionSpec;
  /** Opened when the state is entered, closed when it is left (or completed before). */
  tasks?: TaskSpec[];
  /** Armed on entry, cancelled on exit: when it passes, the timer sends `event`. */
  deadline?: DeadlineSpec;
  /** Notices to whoever still owes a task of this state, relative to that task's due time. */
  reminders?: ReminderSpec[];
  /** Notices to another role once a task of this state is overdue. */
  escalations?: EscalationSpec[];
}

/**
 * A transition. `target` is a sibling state's key (`closed`), a child of this state
 * (`.overdue`) or a path from the root (`#inForce.followUp.planDue`); without a target the
 * state stays as it is and only the actions run. `reenter` leaves and enters the target again
 * even when it is this state, so its tasks and deadline start over.
 */
export interface TransitionSpec {
  target?: string;
  guard?: GuardRef;
  actions?: ActionRef[];
  reenter?: boolean;
}

/** A guard from the registry, by name, with its parameters (data, never code). */
export type GuardRef = string | { type: string; params?: Record<string, unknown> };
/** An action from the registry, by name, with its parameters (data, never code). */
export type ActionRef = string | { type: string; params?: Record<string, unknown> };

/**
 * A task the state opens. `owedBy` is the role whose parties owe it. `completedBy` lists the
 * events that complete it; a task still open when its state is left is cancelled.
 * - `forEach: 'party'`: each party playing the role owes its own task (each signs), completed
 *   by an event whose `party` is that party.
 * - `forEach: 'assignedAction'`: one task per action a consultation's outcome gave a role
 *   (the `actions` record), owed by that action's role and due when the action says, completed
 *   by an event whose `action` is that action's key. `owedBy` is then the role that assigns.
 */
export interface TaskSpec {
  key: string;
  owedBy: string;
  title: string;
  completedBy: string[];
  forEach?: 'party' | 'assignedAction';
}

/** A duration: a parameter's (of type duration) or one written in the definition. */
export type DurationRef = { parameter: string } | { duration: string };

/**
 * When a state's deadline passes: a parameter (a duration, 48 elapsed hours across a DST
 * change too, or a number of Swedish working days) counted from the entry into the state, or
 * the instant or date recorded in a field (a booked slot, the end of a term).
 */
export type DeadlineTime = { parameter: string } | { record: RecordFieldName };

export interface DeadlineSpec {
  within: DeadlineTime;
  /** The event the timer sends; the state says in `on` what it does, if anything. */
  event: string;
}

/** A reminder to the role that owes a task: some time before its due time, or at it. */
export type ReminderSpec = { before: DurationRef } | { atDue: true };

/** An escalation to another role, some time after a task's due time (`PT0S`: at once). */
export interface EscalationSpec {
  after: DurationRef;
  to: string;
}
