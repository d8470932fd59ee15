import { type PayloadFieldName, fieldSpec, isPayloadField } from '../definition/payload-fields.js';
import { type PayloadRule, type PayloadSpec, TIMER } from '../definition/routine-definition.js';
import { transitionsOf } from '../definition/state-tree.js';
import { type ProblemPath } from './problem.js';
import { type ValidationContext } from './validation-context.js';

/** The prefix of the events XState raises itself. */
const XSTATE_PREFIX = 'xstate.';

/**
 * Events are declared once, with who sends them and what they carry; every use names a
 * declared event; a deadline's event is sent by the timer; nothing is declared and never used.
 */
export function checkEvents(ctx: ValidationContext): void {
  const used = new Set<string>();
  const expectDeclared = (event: string, path: ProblemPath): void => {
    used.add(event);
    if (ctx.eventDeclared(event)) return;
    ctx.report(
      path,
      'unknownEvent',
      `Händelsen ${event} är inte deklarerad i events.`,
      `Event ${event} is not declared in events.`,
    );
  };
  for (const entry of ctx.states) {
    for (const { event, path } of transitionsOf(entry)) {
      if (event !== undefined) expectDeclared(event, path);
    }
    (entry.spec.tasks ?? []).forEach((task, t) =>
      task.completedBy.forEach((event, e) => expectDeclared(event, [...entry.path, 'tasks', t, 'completedBy', e])),
    );
    const deadline = entry.spec.deadline;
    if (deadline) {
      const path = [...entry.path, 'deadline', 'event'];
      expectDeclared(deadline.event, path);
      const sentBy = ctx.definition.events[deadline.event]?.sentBy;
      if (sentBy && !sentBy.includes(TIMER)) {
        ctx.report(
          path,
          'deadlineEventNotFromTimer',
          `Händelsen ${deadline.event} skickas när fristen löper ut och ska ha sentBy "${TIMER}".`,
          `Event ${deadline.event} is sent when the deadline passes and must list "${TIMER}" in sentBy.`,
        );
      }
    }
  }
  for (const [event, spec] of Object.entries(ctx.definition.events)) {
    const path = ['events', event];
    if (event.startsWith(XSTATE_PREFIX)) {
      // XState's own events (`xstate.done.state.…`, `xstate.stop`) would let a definition act on
      // the machine's internals: handle a done state outside `onDone`, or stop an instance.
      ctx.report(
        path,
        'reservedEventName',
        `Händelsenamn som börjar med ${XSTATE_PREFIX} är reserverade för XState.`,
        `Event names starting with ${XSTATE_PREFIX} are reserved for XState.`,
      );
    }
    spec.sentBy.forEach((role, i) => ctx.expectRole(role, [...path, 'sentBy', i], true));
    checkPayloadSpec(ctx, spec.payload, [...path, 'payload']);
    for (const field of Object.keys(spec.fill ?? {})) {
      if (spec.payload?.[field as keyof PayloadSpec] === undefined) {
        ctx.report(
          [...path, 'fill', field],
          'fillWithoutField',
          `Fältet ${field} fylls i av servern men finns inte i händelsens payload.`,
          `Field ${field} is filled by the server but is not in the event's payload.`,
        );
      }
    }
    (spec.rules ?? []).forEach((rule, r) => checkRule(ctx, spec.payload ?? {}, rule, [...path, 'rules', r]));
    if (!used.has(event)) {
      ctx.report(
        path,
        'unusedEvent',
        `Händelsen ${event} används inte i något tillstånd.`,
        `Event ${event} is not used by any state.`,
      );
    }
  }
  checkPayloadSpec(ctx, ctx.definition.input, ['input']);
  if (Object.hasOwn(ctx.definition.roles, TIMER)) {
    ctx.report(
      ['roles', TIMER],
      'reservedRoleName',
      `Rollnamnet ${TIMER} är reserverat för händelser som en frist skickar.`,
      `The role name ${TIMER} is reserved for events a deadline sends.`,
    );
  }
}

function checkPayloadSpec(ctx: ValidationContext, payload: PayloadSpec | undefined, path: ProblemPath): void {
  for (const field of Object.keys(payload ?? {})) {
    if (isPayloadField(field)) continue;
    ctx.report(
      [...path, field],
      'unknownPayloadField',
      `Fältet ${field} är inget tillåtet fält (se payload-fields).`,
      `Field ${field} is not an allowed payload field (see payload-fields).`,
    );
  }
}

/** A rule speaks of fields its event carries, with values those fields can hold. */
function checkRule(ctx: ValidationContext, payload: PayloadSpec, rule: PayloadRule, path: ProblemPath): void {
  const carried = (field: PayloadFieldName, at: ProblemPath) => {
    if (payload[field] !== undefined) return true;
    ctx.report(
      at,
      'ruleFieldNotInPayload',
      `Regeln talar om fältet ${field}, som händelsen inte bär.`,
      `The rule speaks of field ${field}, which the event does not carry.`,
    );
    return false;
  };
  const fits = (field: PayloadFieldName, value: unknown, at: ProblemPath) => {
    if (fieldSpec(field).schema.safeParse(value).success) return;
    ctx.report(
      at,
      'ruleValueInvalid',
      `Fältet ${field} kan inte ha värdet ${JSON.stringify(value)}.`,
      `Field ${field} cannot hold the value ${JSON.stringify(value)}.`,
    );
  };
  if (carried(rule.when.field, [...path, 'when', 'field']))
    fits(rule.when.field, rule.when.is, [...path, 'when', 'is']);
  (rule.require ?? []).forEach((field, i) => carried(field, [...path, 'require', i]));
  (rule.forbid ?? []).forEach((field, i) => carried(field, [...path, 'forbid', i]));
  for (const [field, value] of Object.entries(rule.must ?? {}) as [PayloadFieldName, unknown][]) {
    if (carried(field, [...path, 'must', field])) fits(field, value, [...path, 'must', field]);
  }
}
