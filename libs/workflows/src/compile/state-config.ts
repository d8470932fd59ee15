import type { ActionRef, GuardRef, TaskSpec, TransitionSpec } from '../definition/routine-definition.js';
import { type StateEntry } from '../definition/state-tree.js';
import { RoutineError } from '../errors/routine-error.js';
import { internalActions } from '../registry/actions.js';
import { type ActionName, type GuardName, isActionName, isGuardName } from '../registry/registry-spec.js';
import { type RoutineStateConfig } from './routine-setup.js';

/** The machine's id; a definition's `#a.b` target becomes `#routine.a.b`. */
export const MACHINE_ID = 'routine';

type Params = Record<string, unknown>;
type GuardObject = { type: GuardName; params: Params };
type ActionObject =
  | { type: ActionName; params: Params }
  | { type: (typeof internalActions)[keyof typeof internalActions]; params: Params };
interface TransitionObject {
  target?: string;
  guard?: GuardObject;
  actions: ActionObject[];
  reenter?: boolean;
}

/** Turns the definition's states into XState state configs. The definition is valid. */
export class StateConfigBuilder {
  private readonly tasks: Map<string, TaskSpec>;

  constructor(definitionTasks: readonly { task: TaskSpec }[]) {
    this.tasks = new Map(definitionTasks.map(({ task }) => [task.key, task]));
  }

  build(entry: StateEntry, children: Record<string, RoutineStateConfig>): RoutineStateConfig {
    const spec = entry.spec;
    const perItem = (spec.tasks ?? []).filter((task) => task.forEach !== undefined);
    const on: Record<string, TransitionObject[]> = {};
    for (const [event, value] of Object.entries(spec.on ?? {})) {
      on[event] = (Array.isArray(value) ? value : [value]).map((transition) => this.transition(transition));
    }
    // A per-item task notes each completion before any guard of the state looks at it.
    for (const task of perItem) {
      const field = task.forEach === 'party' ? 'party' : 'action';
      const itemDone: ActionObject = { type: internalActions.itemDone, params: { task: task.key, field } };
      for (const event of task.completedBy) {
        const candidates = on[event] ?? [];
        candidates.forEach((candidate) => candidate.actions.unshift(itemDone));
        if (!candidates.some((candidate) => candidate.guard === undefined)) candidates.push({ actions: [itemDone] });
        on[event] = candidates;
      }
    }
    const always = spec.always === undefined ? [] : Array.isArray(spec.always) ? spec.always : [spec.always];
    const config: RoutineStateConfig = {
      // For the designer: what the state means and owes, shown next to the simulated machine.
      meta: {
        title: spec.title,
        source: spec.source,
        ...(spec.tasks ? { tasks: spec.tasks } : {}),
        ...(spec.deadline ? { deadline: spec.deadline } : {}),
      },
      entry: [
        { type: internalActions.entered, params: { state: entry.id } },
        ...perItem.map((task) => ({ type: internalActions.itemsReset, params: { task: task.key } })),
      ],
      exit: [{ type: internalActions.left, params: { state: entry.id } }],
    };
    if (spec.final) config.type = 'final';
    if (spec.parallel) config.type = 'parallel';
    if (spec.initial) config.initial = spec.initial;
    if (Object.keys(children).length > 0) config.states = children;
    if (Object.keys(on).length > 0) config.on = on;
    if (always.length > 0) config.always = always.map((transition) => this.transition(transition));
    if (spec.onDone) config.onDone = this.transition(spec.onDone);
    return config;
  }

  private transition(spec: TransitionSpec): TransitionObject {
    const transition: TransitionObject = { actions: (spec.actions ?? []).map((ref) => this.action(ref)) };
    if (spec.target !== undefined) transition.target = target(spec.target);
    if (spec.guard !== undefined) transition.guard = this.guard(spec.guard);
    if (spec.reenter) transition.reenter = true;
    return transition;
  }

  private guard(ref: GuardRef): GuardObject {
    const { type, params } =
      typeof ref === 'string' ? { type: ref, params: {} } : { type: ref.type, params: ref.params ?? {} };
    if (!isGuardName(type)) throw unknownName('guard', type);
    if (type !== 'allTaskItemsDone') return { type, params };
    // The guard needs to know whose items to count: the task says.
    const task = this.tasks.get(typeof params['task'] === 'string' ? params['task'] : '');
    return { type, params: { ...params, forEach: task?.forEach ?? 'once', role: task?.owedBy ?? '' } };
  }

  private action(ref: ActionRef): ActionObject {
    const { type, params } =
      typeof ref === 'string' ? { type: ref, params: {} } : { type: ref.type, params: ref.params ?? {} };
    if (!isActionName(type)) throw unknownName('action', type);
    return { type, params };
  }
}

// Validation rejects unknown names before compiling; this guards the builder's own invariant.
function unknownName(kind: 'guard' | 'action', name: string): RoutineError {
  const sv = kind === 'guard' ? 'villkoret' : 'åtgärden';
  return new RoutineError('ROUTINE_INVALID', { sv: `Okänt namn på ${sv}: ${name}.`, en: `Unknown ${kind}: ${name}.` });
}

function target(text: string): string {
  return text.startsWith('#') ? `#${MACHINE_ID}.${text.slice(1)}` : text;
}
