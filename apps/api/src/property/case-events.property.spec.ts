import 'reflect-metadata';
import { type RoleBinding } from '@samverkan/agreements';
import {
  type RoutineDefinition,
  type RoutineEvent,
  routinePaths,
  sampleEvents,
  validateRoutine,
} from '@samverkan/workflows';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { type BoundedClient, boundedClient, expectAnswered, slowest } from './bounded-client.js';
import { type CaseEvent, caseEvents } from './case-events.js';
import { junkValue } from './junk.js';
import { PROPERTY_TIMEOUT_MS, propertyRuns, report } from './property-runs.js';
import { inTargetGroup } from '../testing/case-facts.js';

// Issue 9: cases of Jämtland's RVC referral, consultation and agreement life cycle, each sent a
// run of generated events (the routine's own with fitting payloads, the same with a field
// changed to anything or one added, and events of any type with any fields) by the right users
// and the wrong ones: the police, the municipality's social services, its coordinator, a
// strategist, the admin and another county's police. Never a 5xx, never a stalled request; a
// refused event leaves the case as it was (its history, row version, tasks and deadlines), an
// accepted one adds exactly one event to the history. A start with generated input is refused
// writing nothing, or starts.
const agreement = 'jamtland-operation-norrsken';
const home = 'ostersunds-kommun';

/** A case start and up to six events, each with two reads of the rows: 60 runs take 10–15 s. */
const RUNS = 60;

const users = [
  'polis.nord',
  'socialtjanst.ostersund',
  'samordnare.jamtland',
  'strateg.jamtland',
  'admin',
  'polis.vasternorrland',
] as const;

/** The users of the parties (and agreement roles) a Jämtland binding names, who may send its events. */
const usersOf: Record<string, string[]> = {
  'polisen-region-nord': ['polis.nord'],
  'ostersunds-kommun': ['socialtjanst.ostersund', 'samordnare.jamtland'],
  samordnare: ['samordnare.jamtland'],
};

interface Routine {
  binding: string;
  key: string;
  starter: string;
  input: Record<string, unknown>;
  /** Who the case is for, sent with the start beside the routine's own input (issue 11). */
  facts?: Record<string, unknown>;
}
const routines: Routine[] = [
  {
    binding: 'rvc',
    key: 'rvc-referral',
    starter: 'polis.nord',
    input: { homeMunicipality: home },
    facts: inTargetGroup.jamtland,
  },
  {
    binding: 'samrad',
    key: 'consultation',
    starter: 'samordnare.jamtland',
    input: { homeMunicipality: home },
    facts: inTargetGroup.jamtland,
  },
  {
    binding: 'livscykel',
    key: 'agreement-lifecycle',
    starter: 'samordnare.jamtland',
    input: { termEndsOn: '2027-12-31' },
  },
];

interface CaseRows {
  version: number;
  events: number;
  tasks: number;
  deadlines: number;
}

describe('property: generated events sent to running cases', () => {
  let app: TestApp;
  let call: BoundedClient;
  let db: DataSource;
  /** Each routine's events with fitting payloads, for the parties of Jämtland's binding. */
  const samples = new Map<string, RoutineEvent[]>();
  /** The events of the shortest path to each state of each routine. */
  const paths = new Map<string, RoutineEvent[][]>();
  /** Who may send each routine's events: `key/type` → users. */
  const senders = new Map<string, string[]>();
  const seen = { started: 0, refusedStarts: 0, accepted: 0, refused: 0 };
  const statuses: Record<string, number> = {};

  beforeAll(async () => {
    app = await startTestApp('redis');
    call = boundedClient(app);
    db = app.samverkan.app.get(DataSource);
    const published = await call('strateg.jamtland', 'GET', `/api/agreements/${agreement}/versions/1`);
    const bindings = published.body['content'] as { routines: { key: string; roles: Record<string, RoleBinding> }[] };
    for (const routine of routines) {
      // The version new cases start on: the latest published (consultation@2 since issue 11).
      const versions = (await call('admin', 'GET', '/api/routines')).body as unknown as {
        key: string;
        version: number;
      }[];
      const latest = Math.max(...versions.filter((row) => row.key === routine.key).map((row) => row.version));
      const stored = await call('admin', 'GET', `/api/routines/${routine.key}/versions/${latest}`);
      const definition = validateRoutine(stored.body);
      if (!definition.ok) throw new Error(`${routine.key}: ${JSON.stringify(definition.problems)}`);
      const roles = bindings.routines.find((b) => b.key === routine.binding)?.roles ?? {};
      samples.set(routine.key, samplesOf(definition.value, roles));
      const found = routinePaths(
        definition.value,
        { roles },
        { kind: 'shortest', toFinal: false, input: routine.input },
      );
      paths.set(
        routine.key,
        found.paths.map((path) => path.events).filter((events) => events.length > 0),
      );
      for (const [type, spec] of Object.entries(definition.value.events)) {
        const parties = spec.sentBy.flatMap((role) => roles[role]?.to ?? []);
        senders.set(`${routine.key}/${type}`, [...new Set(parties.flatMap((party) => usersOf[party] ?? []))]);
      }
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  function samplesOf(definition: RoutineDefinition, roles: Record<string, RoleBinding>): RoutineEvent[] {
    return sampleEvents(definition, {
      parameters: {},
      roles,
      counts: {},
      done: {},
      records: { homeMunicipality: home },
    });
  }

  async function rowsOf(id: string): Promise<CaseRows> {
    const [row] = (await db.query(
      `SELECT i.version,
              (SELECT count(*)::int FROM instance_event e WHERE e.instance_id = i.id) AS events,
              (SELECT count(*)::int FROM task t WHERE t.instance_id = i.id) AS tasks,
              (SELECT count(*)::int FROM deadline d WHERE d.payload->>'instanceId' = i.id::text) AS deadlines
         FROM instance i WHERE i.id = $1`,
      [id],
    )) as CaseRows[];
    if (!row) throw new Error(`no case ${id}`);
    return row;
  }

  const instances = async (): Promise<number> =>
    Number(((await db.query('SELECT count(*)::int AS n FROM instance')) as [{ n: number }])[0].n);

  /** The event to send: the path's next (`step` along it), a sample, or the free one. */
  function eventOf(routine: Routine, event: CaseEvent, path: RoutineEvent[], step: number): Record<string, unknown> {
    if (event.kind === 'free') return { ...event.payload, type: event.type };
    const all = samples.get(routine.key) ?? [];
    const chosen =
      event.kind === 'next'
        ? (path[step] ?? all[step % Math.max(all.length, 1)])
        : all[event.at % Math.max(all.length, 1)];
    const sample: Record<string, unknown> = { ...(chosen ?? { type: 'case.none.given' }) };
    if (event.change) sample[event.change.field] = event.change.value;
    return sample;
  }

  it(
    'answers every event with 201 or a clean 4xx, bounded; a refused one changes nothing, an accepted one adds one history row',
    async () => {
      const runs = fc.record({
        routine: fc.nat({ max: routines.length - 1 }),
        path: fc.nat(),
        // One start in five carries a generated field in its input.
        input: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 4 },
          {
            arbitrary: fc.tuple(fc.constantFrom('homeMunicipality', 'termEndsOn', 'caseRef', 'party'), junkValue),
            weight: 1,
          },
        ),
        // The sender: mostly one whose party may send the event (`right`), else anyone.
        events: fc.array(
          fc.tuple(
            fc.oneof(
              { arbitrary: fc.constant('right' as const), weight: 4 },
              { arbitrary: fc.constantFrom(...users), weight: 1 },
            ),
            caseEvents,
          ),
          { minLength: 1, maxLength: 6 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(runs, async (run) => {
          const routine = routines[run.routine];
          if (!routine) throw new Error(`no routine ${run.routine}`);
          const own = run.input ? { ...routine.input, [run.input[0]]: run.input[1] } : routine.input;
          const input = { ...routine.facts, ...own };
          const before = await instances();
          const started = await call(routine.starter, 'POST', '/api/instances', {
            agreement,
            routine: routine.binding,
            input,
          });
          expectAnswered(started, run);
          expect({ run, instances: await instances() }).toEqual({
            run,
            instances: before + (started.status === 201 ? 1 : 0),
          });
          if (started.status !== 201) {
            seen.refusedStarts += 1;
            return;
          }
          seen.started += 1;
          const id = String(started.body['id']);
          const all = paths.get(routine.key) ?? [];
          const path = all[run.path % Math.max(all.length, 1)] ?? [];
          let step = 0;
          for (const [sender, generated] of run.events) {
            const event = eventOf(routine, generated, path, step);
            const right = senders.get(`${routine.key}/${String(event['type'])}`) ?? [];
            const user = sender === 'right' ? (right[0] ?? routine.starter) : sender;
            const rows = await rowsOf(id);
            const sent = await call(user, 'POST', `/api/instances/${id}/events`, event);
            const context = { routine: routine.key, user, event };
            expectAnswered(sent, context);
            const outcome = `${sent.status} ${String(sent.body['code'] ?? '')}`;
            statuses[outcome] = (statuses[outcome] ?? 0) + 1;
            const after = await rowsOf(id);
            if (sent.status === 201) {
              seen.accepted += 1;
              if (generated.kind === 'next') step += 1;
              // One event more in the history; the case moved on (its tasks and timers as the routine says).
              expect({ context, version: after.version, events: after.events }).toEqual({
                context,
                version: rows.version + 1,
                events: rows.events + 1,
              });
              // The answer is the step: its history entry is this event, the next in line.
              expect(sent.body['event']).toMatchObject({ type: event['type'], seq: rows.events + 1 });
            } else {
              seen.refused += 1;
              expect({ context, rows: after }).toEqual({ context, rows });
            }
          }
        }),
        propertyRuns(RUNS),
      );
      report('case events', { ...seen, statuses, slowest });
      // Most samples from the right user are taken: at least a few, or the generators have drifted.
      expect(seen.accepted).toBeGreaterThanOrEqual(3);
      expect(seen.refused).toBeGreaterThanOrEqual(3);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
