import { compileRoutine } from '../compile/compile-routine.js';
import { RoutineError } from '../errors/routine-error.js';
import { applyEvent, startRoutine } from '../run/run-routine.js';
import { standardRoutines } from '../templates/standard-routines.js';
import { bindingsFor } from '../testing/builders.js';
import { formatRoutinePath } from '../validate/problem.js';
import { personalDataCorpus } from './personal-data.corpus.js';
import { sampleFields, textPlaces, withText } from './text-places.js';

const at = '2026-03-27T15:00:00+01:00';

function refusal(act: () => unknown): { code: string; paths: string[] } {
  try {
    act();
  } catch (error) {
    if (error instanceof RoutineError) {
      return { code: error.code, paths: error.problems.filter((p) => p.code === 'personalData').map((p) => p.path) };
    }
    throw error;
  }
  return { code: 'accepted', paths: [] };
}

// Issue 9: every item of the corpus in every place of every standard routine, through the same
// functions the server calls (the API's test sends the corpus over HTTP to a selection).
describe.each(Object.entries(standardRoutines))('personal data in a case of %s', (ref, definition) => {
  const bindings = bindingsFor(ref);
  const routine = compileRoutine(definition, bindings);
  const home = Object.values(bindings.roles).find((role) => role.choose === 'homeMunicipality')?.to[0];
  const input = sampleFields(definition, definition.input ?? {}, { sender: '', home });
  const { snapshot } = startRoutine(routine, input, at);
  const places = textPlaces(definition);

  it('is refused wherever the case takes a string, and said where', () => {
    const wrong: string[] = [];
    for (const place of places) {
      const spec = place.event === undefined ? undefined : definition.events[place.event];
      const sender = spec?.sentBy.flatMap((role) => bindings.roles[role]?.to ?? [])[0] ?? '';
      const fields =
        place.event === undefined ? input : sampleFields(definition, spec?.payload ?? {}, { sender, home });
      for (const sample of personalDataCorpus) {
        const sent = withText(fields, place.path, sample.text);
        const got = refusal(() =>
          place.event === undefined
            ? startRoutine(routine, sent, at)
            : applyEvent(routine, snapshot, { type: place.event, ...sent }, at),
        );
        const expected = { code: 'PERSONAL_DATA_REJECTED', paths: [formatRoutinePath(place.path)] };
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          wrong.push(
            `${place.event ?? 'start'} ${formatRoutinePath(place.path)} ← ${sample.form}: ${JSON.stringify(got)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(places.length).toBeGreaterThan(1);
  });

  it('is refused as the name of a field', () => {
    const type = Object.keys(definition.events)[0] ?? '';
    const codes = new Set(
      personalDataCorpus.map(
        (sample) => refusal(() => applyEvent(routine, snapshot, { type, [sample.text]: 'x' }, at)).code,
      ),
    );
    expect([...codes]).toEqual(['PERSONAL_DATA_REJECTED']);
  });
});
