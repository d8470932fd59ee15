import { entrySet, resolveTarget, selfAndAncestors, transitionsOf } from '../definition/state-tree.js';
import { type ValidationContext } from './validation-context.js';

/** Each state's shape: final, parallel, compound (with an initial child that exists) or atomic. */
export function checkStateShapes(ctx: ValidationContext): void {
  if (!Object.hasOwn(ctx.definition.states, ctx.definition.initial)) {
    ctx.report(
      ['initial'],
      'unknownInitial',
      `Starttillståndet ${ctx.definition.initial} finns inte.`,
      `The initial state ${ctx.definition.initial} does not exist.`,
    );
  }
  for (const entry of ctx.states) {
    const spec = entry.spec;
    const children = Object.keys(spec.states ?? {});
    if (spec.final) {
      const behaviour = [
        children.length > 0 && 'states',
        spec.parallel && 'parallel',
        spec.on && 'on',
        spec.always && 'always',
        spec.onDone && 'onDone',
        spec.tasks?.length && 'tasks',
        spec.deadline && 'deadline',
        spec.reminders?.length && 'reminders',
        spec.escalations?.length && 'escalations',
      ].filter((item): item is string => typeof item === 'string');
      if (behaviour.length > 0) {
        ctx.report(
          entry.path,
          'finalStateWithBehaviour',
          `Sluttillståndet ${entry.id} kan inte ha ${behaviour.join(', ')}.`,
          `Final state ${entry.id} cannot have ${behaviour.join(', ')}.`,
        );
      }
      continue;
    }
    if (spec.parallel) {
      if (children.length === 0) {
        ctx.report(entry.path, 'parallelWithoutRegions', `${entry.id} saknar regioner.`, `${entry.id} has no regions.`);
      }
      if (spec.initial !== undefined) {
        ctx.report(
          [...entry.path, 'initial'],
          'initialInParallel',
          `Ett parallellt tillstånd har inget starttillstånd: alla regioner startar.`,
          `A parallel state has no initial state: every region starts.`,
        );
      }
    } else if (children.length > 0) {
      if (spec.initial === undefined) {
        ctx.report(
          [...entry.path, 'initial'],
          'missingInitial',
          `${entry.id} saknar starttillstånd.`,
          `${entry.id} has no initial state.`,
        );
      } else if (!children.includes(spec.initial)) {
        ctx.report(
          [...entry.path, 'initial'],
          'unknownInitial',
          `Starttillståndet ${spec.initial} finns inte i ${entry.id}.`,
          `The initial state ${spec.initial} is not a child of ${entry.id}.`,
        );
      }
    } else {
      if (spec.initial !== undefined) {
        ctx.report(
          [...entry.path, 'initial'],
          'initialWithoutChildren',
          `${entry.id} har inga deltillstånd och kan inte ha ett starttillstånd.`,
          `${entry.id} has no child states and cannot have an initial state.`,
        );
      }
      if (spec.onDone) {
        ctx.report(
          [...entry.path, 'onDone'],
          'onDoneWithoutChildren',
          `${entry.id} har inga deltillstånd som kan bli klara.`,
          `${entry.id} has no child states that could be done.`,
        );
      }
    }
  }
}

/** Every target names a state that exists. */
export function checkTargets(ctx: ValidationContext): void {
  for (const entry of ctx.states) {
    for (const { transition, path } of transitionsOf(entry)) {
      if (transition.target === undefined) continue;
      if (resolveTarget(ctx.index, entry, transition.target) !== undefined) continue;
      ctx.report(
        [...path, 'target'],
        'unknownTarget',
        `Måltillståndet ${transition.target} finns inte (sett från ${entry.id}).`,
        `Target state ${transition.target} does not exist (seen from ${entry.id}).`,
      );
    }
  }
}

/**
 * Every state can be entered from the start, following initial states, the regions of parallel
 * states and every transition's target whatever its guard. Only the outermost unreachable
 * state of a branch is reported.
 */
export function checkReachable(ctx: ValidationContext): void {
  const reached = new Set<string>();
  const queue = [...entrySet(ctx.index, ctx.definition.initial)];
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || reached.has(id)) continue;
    reached.add(id);
    const entry = ctx.index.get(id);
    if (!entry) continue;
    for (const { transition } of transitionsOf(entry)) {
      const target = transition.target === undefined ? undefined : resolveTarget(ctx.index, entry, transition.target);
      if (target !== undefined) queue.push(...entrySet(ctx.index, target));
    }
  }
  for (const entry of ctx.states) {
    if (reached.has(entry.id) || (entry.parent && !reached.has(entry.parent.id))) continue;
    ctx.report(
      entry.path,
      'unreachableState',
      `Tillståndet ${entry.id} kan aldrig nås.`,
      `State ${entry.id} can never be reached.`,
    );
  }
}

/** A state that is not final has a transition out, of its own or of a state around it. */
export function checkWayOut(ctx: ValidationContext): void {
  for (const entry of ctx.states) {
    const isAtomic = Object.keys(entry.spec.states ?? {}).length === 0;
    if (entry.spec.final || !isAtomic) continue;
    const canLeave = selfAndAncestors(entry).some((state) =>
      transitionsOf(state).some(
        ({ transition }) => transition.target !== undefined && !(state.spec.onDone === transition),
      ),
    );
    if (!canLeave) {
      ctx.report(
        entry.path,
        'noWayOut',
        `Tillståndet ${entry.id} är inget sluttillstånd men har ingen övergång ut.`,
        `State ${entry.id} is not final but has no transition out.`,
      );
    }
  }
}
