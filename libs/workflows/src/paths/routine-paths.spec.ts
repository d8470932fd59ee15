import { initialTransition, transition } from 'xstate';
import { stateEntries } from '../definition/state-tree.js';
import { standardRoutines } from '../templates/standard-routines.js';
import { bindingsFor } from '../testing/builders.js';
import { formatStateValue, routinePaths } from './routine-paths.js';

const templates = Object.entries(standardRoutines);
const simplePaths = new Map<string, ReturnType<typeof routinePaths>>();
// Finding the simple paths of the agreement lifecycle takes a while: do it once per routine.
function simple(ref: string): ReturnType<typeof routinePaths> {
  const known = simplePaths.get(ref);
  if (known) return known;
  const found = routinePaths(standardRoutines[ref] ?? fail(), bindingsFor(ref), { kind: 'simple' });
  simplePaths.set(ref, found);
  return found;
}

describe('every path of every standard routine (STYLE: paths from the graph)', () => {
  it.each(templates)('%s: each simple path, walked with transition(), reaches the final state', (ref) => {
    const { routine, input, paths } = simple(ref);
    expect(paths.length).toBeGreaterThan(0);

    for (const path of paths) {
      let [snapshot] = initialTransition(routine.machine, input);
      const visited = [formatStateValue(snapshot.value)];
      for (const event of path.events) {
        expect(snapshot.can(event)).toBe(true);
        [snapshot] = transition(routine.machine, snapshot, event);
        visited.push(formatStateValue(snapshot.value));
      }
      expect(visited).toEqual(path.states);
      expect(snapshot.status).toBe('done');
    }
  });

  it.each(templates)('%s: the paths together visit every state it declares', (ref, definition) => {
    const { paths } = simple(ref);
    const visited = new Set(
      paths.flatMap((path) => path.states.flatMap((state) => state.split(' + ').flatMap((leaf) => prefixes(leaf)))),
    );
    expect(
      stateEntries(definition)
        .map(({ id }) => id)
        .filter((id) => !visited.has(id)),
    ).toEqual([]);
  });

  it.each(templates)('%s: from every state it can reach, it can still reach its end', (ref, definition) => {
    const bindings = bindingsFor(ref);
    const { routine, input, paths } = routinePaths(definition, bindings, { kind: 'shortest', toFinal: false });
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      let [snapshot] = initialTransition(routine.machine, input);
      for (const event of path.events) [snapshot] = transition(routine.machine, snapshot, event);
      if (snapshot.status === 'done') continue;
      const onwards = routinePaths(definition, bindings, { kind: 'shortest', input, from: snapshot });
      expect(onwards.paths.some((onward) => onward.final)).toBe(true);
    }
  });

  it('lists events with payloads that decide the path, one per deciding value', () => {
    const { paths } = routinePaths(standardRoutines['consultation@1'] ?? fail(), bindingsFor('consultation@1'));
    const types = new Set(paths.flatMap((path) => path.events.map((event) => event.consultationType)).filter(Boolean));
    expect(types).toEqual(new Set(['acute', 'planning']));
  });
});

function prefixes(id: string): string[] {
  const parts = id.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

function fail(): never {
  throw new Error('missing template');
}
