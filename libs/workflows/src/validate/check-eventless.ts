import { type StateEntry, resolveTarget, statesEnteredWith, transitionsOf } from '../definition/state-tree.js';
import { type ValidationContext } from './validation-context.js';

/**
 * Transitions without an event (`always`, and `onDone` after a final state is entered) are taken
 * by XState within the step of the event that led to them, again and again until none is
 * enabled. A definition where they can lead round in a loop never finishes its step: before
 * this check, one case start ran the server out of memory.
 *
 * Rejected, whatever the guards:
 * - an `always` with no target, or with its own state or one inside it as target: it stays
 *   enabled after it is taken, and XState takes it again as long as the instance's memory
 *   changes (a transition action, or a per-item task reset on entry, is enough);
 * - a cycle of `always` / `onDone` transitions (A → B → A, a state whose initial child leads
 *   back to it, an `always` into an ancestor whose initial child is where it started…).
 *
 * Why guards do not save a cycle: within one step the event is fixed, so `payloadIs`,
 * `payloadHasItems` and `parameterIsTrue` keep their value; counters only grow (`increment` is
 * the only action that touches them), so `countReached` stays true once true; and
 * `allTaskItemsDone` turns false only when entering a state resets a per-item task that has
 * items, which depends on the bindings and the case (a role bound to no one, or no actions
 * assigned, leaves no items, and the guard stays true). No registry guard is sure to break a
 * cycle, and no standard routine has one, so every cycle is refused. Targets that do not
 * resolve are left to `checkTargets`.
 */
export function checkEventless(ctx: ValidationContext): void {
  const edges: EventlessEdge[] = [];
  for (const entry of ctx.states) {
    for (const { transition, path, kind } of transitionsOf(entry)) {
      if (kind === 'on') continue;
      const target = transition.target === undefined ? undefined : resolveTarget(ctx.index, entry, transition.target);
      if (kind === 'always') {
        if (transition.target === undefined) {
          reportStaysInState(ctx, entry, path, undefined);
          continue;
        }
        if (target === undefined) continue;
        if (target === entry.id || target.startsWith(`${entry.id}.`)) {
          reportStaysInState(ctx, entry, path, target);
          continue;
        }
        edges.push({ from: [entry.id], to: statesEnteredWith(ctx.index, target), path });
      } else if (target !== undefined) {
        // A state's `onDone` is taken when one of its final children (of every region, for a
        // parallel state) is entered.
        edges.push({ from: finalChildren(ctx, entry), to: statesEnteredWith(ctx.index, target), path });
      }
    }
  }
  reportCycles(ctx, edges);
}

interface EventlessEdge {
  /** The states whose being entered or active enables the transition. */
  from: string[];
  /** The states that may be active right after it. */
  to: string[];
  path: (string | number)[];
}

function reportStaysInState(
  ctx: ValidationContext,
  entry: StateEntry,
  path: (string | number)[],
  target: string | undefined,
): void {
  const where =
    target === undefined
      ? { sv: 'har inget mål', en: 'has no target' }
      : target === entry.id
        ? { sv: 'leder till sitt eget tillstånd', en: 'leads to its own state' }
        : { sv: `leder till ${target}, som ligger inuti ${entry.id}`, en: `leads to ${target}, inside ${entry.id}` };
  ctx.report(
    path,
    'alwaysStaysInState',
    `Övergången utan händelse (always) i ${entry.id} ${where.sv}: den gäller fortfarande när den har tagits ` +
      `och skulle tas om och om igen i samma steg. Den måste leda ut ur ${entry.id}.`,
    `The eventless transition (always) of ${entry.id} ${where.en}: it still applies once taken and would be ` +
      `taken again and again within one step. It must lead out of ${entry.id}.`,
  );
}

function finalChildren(ctx: ValidationContext, entry: StateEntry): string[] {
  const compound = entry.spec.parallel
    ? Object.keys(entry.spec.states ?? {}).map((region) => `${entry.id}.${region}`)
    : [entry.id];
  return compound.flatMap((id) =>
    Object.entries(ctx.index.get(id)?.spec.states ?? {})
      .filter(([, child]) => child.final === true)
      .map(([key]) => `${id}.${key}`),
  );
}

/** Reports every eventless transition that lies on a cycle, with one cycle of its component. */
function reportCycles(ctx: ValidationContext, edges: EventlessEdge[]): void {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    for (const from of edge.from) {
      const next = graph.get(from) ?? new Set<string>();
      edge.to.forEach((to) => next.add(to));
      graph.set(from, next);
    }
  }
  const component = stronglyConnected(graph);
  const cycles = new Map<number, string>();
  for (const edge of edges) {
    const source = edge.from.find((from) =>
      edge.to.some(
        (to) => to === from || (component.get(to) !== undefined && component.get(to) === component.get(from)),
      ),
    );
    const id = source === undefined ? undefined : component.get(source);
    if (source === undefined || id === undefined) continue;
    const cycle = cycles.get(id) ?? describeCycle(graph, component, source);
    cycles.set(id, cycle);
    ctx.report(
      edge.path,
      'eventlessCycle',
      `Övergångarna utan händelse leder runt i en slinga (${cycle}): de skulle tas om och om igen i samma steg. ` +
        'En slinga av always- eller onDone-övergångar godtas inte, inte heller med villkor, eftersom inget villkor ' +
        'i registret säkert blir falskt av slingans egna åtgärder.',
      `Eventless transitions lead round in a loop (${cycle}): they would be taken again and again within one ` +
        'step. A loop of always or onDone transitions is not accepted, guarded or not, since no guard of the ' +
        "registry is sure to turn false through the loop's own actions.",
    );
  }
}

/**
 * Tarjan's strongly connected components, without recursion (a hostile definition may be
 * deep). Returns each node's component number; a node alone is its own component, so a
 * self-loop is told by its edge, not by the component's size.
 */
function stronglyConnected(graph: Map<string, Set<string>>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: Iterator<string> }[] = [];
    const open = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: (graph.get(node) ?? new Set<string>()).values() });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const step = frame.next.next();
      if (!step.done) {
        const to = step.value;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(to) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        onStack.delete(node);
        component.set(node, components);
        if (node === frame.node) break;
      }
      components += 1;
    }
  }
  return component;
}

/** The shortest way from `start` back to itself within its component: `a → b → a`. */
function describeCycle(graph: Map<string, Set<string>>, component: Map<string, number>, start: string): string {
  const own = component.get(start);
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i];
    if (node === undefined) break;
    for (const to of graph.get(node) ?? []) {
      if (component.get(to) !== own) continue;
      if (to === start) {
        const path = [node];
        for (let back = previous.get(node); back !== undefined; back = previous.get(back)) path.unshift(back);
        return [...path, start].join(' → ');
      }
      if (previous.has(to) || to === start) continue;
      previous.set(to, node);
      queue.push(to);
    }
  }
  return start;
}
