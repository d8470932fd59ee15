import { type Problem, type ValidationResult, problemsFromZod } from '@samverkan/agreements';
import { type AssignedAction, isPayloadField, payloadSchema } from '../definition/payload-fields.js';
import { type PayloadRule, type PayloadSpec, type RoutineDefinition } from '../definition/routine-definition.js';
import { findPersonalData } from '../privacy/personal-data.js';
import { type RoutineEvent, type RoutineInput } from '../registry/routine-context.js';
import { routineProblem, routineZodOptions } from '../validate/problem.js';

/**
 * Parses an event from outside (an HTTP body, a deadline firing): a type the definition
 * declares, only the payload fields that event carries, each of its type, the required ones
 * present, roles that the routine has, and nothing that looks like personal data.
 * Codes: unknownEvent, fieldNotAllowed, required, personalData, unknownRole, unknownActionKind,
 * duplicateKey, and the form codes.
 */
export function validateEvent(definition: RoutineDefinition, input: unknown): ValidationResult<RoutineEvent> {
  if (input === null || typeof input !== 'object' || !('type' in input) || typeof input.type !== 'string') {
    return {
      ok: false,
      problems: [routineProblem(['type'], 'required', 'Händelsen saknar typ.', 'The event has no type.')],
    };
  }
  const type = input.type;
  const spec = Object.hasOwn(definition.events, type) ? definition.events[type] : undefined;
  if (!spec) {
    return {
      ok: false,
      problems: [
        routineProblem(
          ['type'],
          'unknownEvent',
          `Rutinen känner inte händelsen ${type}.`,
          `The routine has no event ${type}.`,
        ),
      ],
    };
  }
  const payload = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'type'));
  const parsed = parsePayload(definition, spec.payload, payload, spec.rules);
  return parsed.ok ? { ok: true, value: { type, ...parsed.value } } : parsed;
}

/** Parses a start input against the definition's `input` fields, as `validateEvent` a payload. */
export function validateInput(definition: RoutineDefinition, input: unknown): ValidationResult<RoutineInput> {
  return parsePayload(definition, definition.input, input ?? {});
}

function parsePayload(
  definition: RoutineDefinition,
  allowed: PayloadSpec | undefined,
  payload: object,
  rules: readonly PayloadRule[] = [],
): ValidationResult<RoutineInput> {
  const problems: Problem[] = [];
  const fields = allowed ?? {};
  for (const key of Object.keys(payload)) {
    if (isPayloadField(key) && fields[key] !== undefined) continue;
    problems.push(
      routineProblem(
        [key],
        'fieldNotAllowed',
        `Fältet ${key} hör inte till händelsen (tillåtna: ${Object.keys(fields).join(', ') || 'inga'}).`,
        `Field ${key} does not belong to the event (allowed: ${Object.keys(fields).join(', ') || 'none'}).`,
      ),
    );
  }
  for (const [key, presence] of Object.entries(fields)) {
    if (presence === 'required' && !(key in payload)) {
      problems.push(routineProblem([key], 'required', `Fältet ${key} saknas.`, `Field ${key} is missing.`));
    }
  }
  problems.push(...findPersonalData(payload));
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    // Unknown top-level fields are reported above as fieldNotAllowed; unknown keys inside a
    // field (a `title` in an assigned action) are the field's own form problem.
    const known = parsed.error.issues.filter((issue) => issue.code !== 'unrecognized_keys' || issue.path.length > 0);
    problems.push(...problemsFromZod(known, routineZodOptions));
  } else {
    const roles = new Set(Object.keys(definition.roles));
    const named: { path: (string | number)[]; role: string }[] = [
      ...(parsed.data.participants ?? []).map((role, i) => ({ path: ['participants', i], role })),
      ...(parsed.data.actions ?? []).map((action, i) => ({ path: ['actions', i, 'role'], role: action.role })),
    ];
    for (const { path, role } of named) {
      if (roles.has(role)) continue;
      problems.push(
        routineProblem(path, 'unknownRole', `Rutinen har ingen roll ${role}.`, `The routine has no role ${role}.`),
      );
    }
    problems.push(...actionKindProblems(definition, parsed.data.actions ?? []));
    problems.push(...ruleProblems(rules, parsed.data));
    const keys = (parsed.data.actions ?? []).map((action) => action.key);
    if (new Set(keys).size !== keys.length) {
      problems.push(
        routineProblem(['actions'], 'duplicateKey', 'Två åtgärder har samma nyckel.', 'Two actions share a key.'),
      );
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: parsed.data };
}

/**
 * The event's own rules between its fields (`EventSpec.rules`): codes `requiredWhen`, `mustBe`,
 * `notAllowedWhen`, each at the field, with the rule's reason in Swedish.
 */
function ruleProblems(rules: readonly PayloadRule[], payload: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    if (payload[rule.when.field] !== rule.when.is) continue;
    const when = `${rule.when.field} = ${JSON.stringify(rule.when.is)}`;
    for (const field of rule.require ?? []) {
      if (payload[field] !== undefined) continue;
      problems.push(
        routineProblem(
          [field],
          'requiredWhen',
          `${rule.why} Fältet ${field} saknas.`,
          `With ${when}, ${field} is required.`,
        ),
      );
    }
    for (const [field, value] of Object.entries(rule.must ?? {})) {
      if (payload[field] === value) continue;
      problems.push(
        routineProblem(
          [field],
          'mustBe',
          `${rule.why} Fältet ${field} ska vara ${JSON.stringify(value)}.`,
          `With ${when}, ${field} must be ${JSON.stringify(value)}.`,
        ),
      );
    }
    for (const field of rule.forbid ?? []) {
      if (payload[field] === undefined) continue;
      problems.push(
        routineProblem(
          [field],
          'notAllowedWhen',
          `${rule.why} Fältet ${field} hör inte hit.`,
          `With ${when}, ${field} may not be sent.`,
        ),
      );
    }
  }
  return problems;
}

/** Each assigned action names one of the routine's `assignableActions`: a choice, not a text. */
function actionKindProblems(definition: RoutineDefinition, actions: AssignedAction[]): Problem[] {
  const listed = definition.assignableActions ?? {};
  const names = Object.keys(listed).join(', ') || 'inga';
  return actions.flatMap((action, i) =>
    Object.hasOwn(listed, action.kind)
      ? []
      : [
          routineProblem(
            ['actions', i, 'kind'],
            'unknownActionKind',
            `Rutinen har ingen åtgärd ${action.kind} att ge (välj bland: ${names}).`,
            `The routine lists no action ${action.kind} to assign (choose from: ${names === 'inga' ? 'none' : names}).`,
          ),
        ],
  );
}
