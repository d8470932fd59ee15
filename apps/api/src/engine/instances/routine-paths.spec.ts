import 'reflect-metadata';
import { type AgreementVersion, parseTemplateRef } from '@samverkan/agreements';
import { type RoutineEvent, routinePaths, sampleCaseFacts } from '@samverkan/workflows';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startSamverkan, type Samverkan } from '../../bootstrap.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { loadConfig } from '../../platform/config/config.js';
import {
  createTestDatabase,
  deleteRedisPrefix,
  testServers,
  type TestDatabase,
  uniqueName,
} from '../../testing/test-services.js';
import { DeadlineProcessor } from '../deadlines/deadline.processor.js';
import { publishedContent } from '../../testing/published-content.js';
import { RoutineDefinitionsService } from '../routines/routine-definitions.service.js';
import { bindInstance } from '../instance-store/instance-bindings.js';
import { InstancesService } from './instances.service.js';

const workspaceRoot = new URL('../../../../../', import.meta.url).pathname;
const admin = (): AuthUser => ({
  id: randomUUID(),
  username: 'path-walker',
  displayName: 'Path walker',
  roles: ['admin'],
  party: { id: randomUUID(), key: 'none', name: 'none', kind: 'region' },
  counties: [],
});
const memberOf = (party: string): AuthUser => ({
  ...admin(),
  roles: ['member'],
  party: { id: randomUUID(), key: party, name: party, kind: 'municipality' },
});

// Every shortest path to the end of every routine bound in the seed counties, driven through the
// server against PostgreSQL and Redis: users' events by a party playing the sending role, timer
// events by firing the armed deadline that carries them, as the worker does.
describe('the bound routines, walked through the engine', () => {
  let database: TestDatabase;
  let samverkan: Samverkan;
  const prefix = uniqueName('test');

  beforeAll(async () => {
    database = await createTestDatabase();
    samverkan = await startSamverkan(
      loadConfig(
        {
          DATABASE_URL: database.url,
          REDIS_URL: testServers.redis,
          QUEUE_PREFIX: prefix,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
        },
        workspaceRoot,
      ),
    );
  });

  afterAll(async () => {
    await samverkan?.close();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  const walk = async (key: string): Promise<string[]> => {
    const content = await publishedContent(samverkan.app, key);
    const walked: string[] = [];
    for (const binding of content.routines ?? []) {
      const definition = await samverkan.app
        .get(RoutineDefinitionsService)
        .latest(parseTemplateRef(binding.template)?.key ?? '');
      const home =
        binding.roles && Object.values(binding.roles).find((role) => role.choose === 'homeMunicipality')?.to[0];
      const input = { ...(home ? { homeMunicipality: home } : {}), ...sampleDates(definition.input) };
      // Who the case is for (issue 11): inside the binding's target group, sent with the start.
      const facts = sampleCaseFacts(
        (content.targetGroups ?? []).filter((group) => binding.targetGroups?.includes(group.key)),
      );
      const bindings = bindInstance(content as AgreementVersion, binding, home);
      const senders = (event: RoutineEvent) =>
        (definition.events[event.type]?.sentBy ?? []).flatMap((role) =>
          role === 'timer' ? ['timer'] : (bindings.roleParties[role] ?? []),
        );
      const { paths } = routinePaths(definition, binding, { kind: 'shortest', input });
      const playable = paths.filter((path) => path.events.every((event) => senders(event).length > 0));
      for (const path of playable) {
        const starter = Object.values(bindings.roleParties).flat()[0] ?? '';
        const started = await samverkan.app
          .get(InstancesService)
          .start(memberOf(starter), { agreement: key, routine: binding.key, input: { ...input, ...facts } });
        for (const event of path.events) {
          const [sender] = senders(event);
          if (sender === 'timer') await fireTimer(started.id, event.type);
          else await samverkan.app.get(InstancesService).send(memberOf(sender ?? ''), started.id, { ...event });
        }
        const rows: { status: string; pending: number; open: number }[] = await samverkan.app.get(DataSource).query(
          `SELECT i.status,
             (SELECT count(*)::int FROM deadline d WHERE d.subject_id = i.id::text AND d.status = 'pending') AS pending,
             (SELECT count(*)::int FROM task t WHERE t.instance_id = i.id AND t.status = 'open') AS open
           FROM instance i WHERE i.id = $1`,
          [started.id],
        );
        expect({ routine: binding.key, path: path.states.join(' → '), ...rows[0] }).toEqual({
          routine: binding.key,
          path: path.states.join(' → '),
          status: 'done',
          pending: 0,
          open: 0,
        });
      }
      walked.push(`${binding.key}:${playable.length}/${paths.length}`);
    }
    return walked;
  };

  it.each([
    ['jamtland-operation-norrsken', ['samrad', 'rvc', 'livscykel']],
    ['vasternorrland-stod-och-kompetenscentrum', ['rvc']],
    // The coordinators who convene the child consultation are employed by the party the county
    // chose (Luleå kommun, marked as its choice): the 2012 texts do not say who employs them.
    ['norrbotten-samverkan-mot-vald', ['barnsamrad', 'rvc']],
  ])('runs every routine of %s to its end on every shortest path', async (key, routines) => {
    const walked = await walk(key);
    expect(walked.map((w) => w.split(':')[0])).toEqual(routines);
    for (const entry of walked) {
      const [played, all] = (entry.split(':')[1] ?? '').split('/');
      expect({ entry, complete: played === all && Number(all) > 0 }).toEqual({ entry, complete: true });
    }
  });

  async function fireTimer(instanceId: string, type: string): Promise<void> {
    const rows: { id: string }[] = await samverkan.app
      .get(DataSource)
      .query(
        `SELECT id FROM deadline WHERE subject_id = $1 AND status = 'pending' AND payload->'timer'->>'event' = $2 ORDER BY due_at LIMIT 1`,
        [instanceId, type],
      );
    const id = rows[0]?.id;
    if (!id) throw new Error(`no armed deadline sends ${type} to ${instanceId}`);
    expect(await samverkan.app.get(DeadlineProcessor).fire(id)).toBe(true);
  }
});

/** A start input for the routine's date fields (the agreement lifecycle needs its term end). */
function sampleDates(input: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.keys(input ?? {})
      .filter((field) => field !== 'homeMunicipality')
      .map((field) => [field, '2027-12-31']),
  );
}
