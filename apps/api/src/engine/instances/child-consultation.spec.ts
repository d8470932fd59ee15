import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { listOf, startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR } from '../../testing/test-clock.js';
import { inTargetGroup } from '../../testing/case-facts.js';
import { confirmDefaults } from '../../testing/confirm-defaults.js';

interface Task {
  instanceId: string;
  key: string;
  status: string;
  parties: string[];
}
interface HistoryEntry {
  type: string;
}
interface Role {
  key: string;
  providedBy?: unknown;
}

const norrbotten = 'norrbotten-samverkan-mot-vald';
const seedFile = new URL('../../../../../config/agreements/norrbotten.json', import.meta.url);
const seedContent = (): Record<string, unknown> & { roles: Role[] } =>
  JSON.parse(readFileSync(seedFile, 'utf8')) as Record<string, unknown> & { roles: Role[] };

// Norrbotten's Barnahus-like child consultation, run through the API on the seed as published.
// The 2012 texts create operational coordinators without saying who employs them; the county's
// marked choice (Luleå kommun) lets the coordinator convene and close the consultation.
describe('Norrbotten’s child consultation', () => {
  let app: TestApp;
  const as: TestApp['as'] = (...args) => app.as(...args);

  beforeAll(async () => {
    app = await startTestApp('redis');
    await app.addUser({ username: 'samordnare.lulea', party: 'lulea-kommun', roles: ['coordinator'] });
    await app.addUser({ username: 'socialtjanst.lulea', party: 'lulea-kommun', roles: ['member'] });
    await app.addUser({ username: 'polis.norrbotten', party: 'polisen-norrbotten', roles: ['member'] });
    await app.addUser({ username: 'aklagare.norrbotten', party: 'aklagarmyndigheten', roles: ['member'] });
    await app.addUser({ username: 'halsa.norrbotten', party: 'region-norrbotten', roles: ['member'] });
  });

  afterAll(async () => {
    await app?.close();
  });

  const start = async (agreement: string) => {
    const started = await as('socialtjanst.lulea', 'POST', '/api/instances', {
      agreement,
      routine: 'barnsamrad',
      input: { homeMunicipality: 'lulea-kommun', ...inTargetGroup.norrbottenChildren },
    });
    expect(started.status).toBe(201);
    return { id: String(started.body['id']), opened: started.body['opened'] as Task[] };
  };

  it('gives the convening task to the coordinators’ employer the county chose', async () => {
    const { opened } = await start(norrbotten);
    expect(opened.filter((task) => task.status === 'open')).toEqual([
      expect.objectContaining({ key: 'convene', parties: ['lulea-kommun'] }),
    ]);
  });

  it('runs from the concern to the closed consultation, every role sending its own event', async () => {
    const { id } = await start(norrbotten);
    const path: [string, string][] = [
      ['samordnare.lulea', 'child.consultation.held'],
      ['aklagare.norrbotten', 'child.investigation.opened'],
      ['polis.norrbotten', 'child.interview.held'],
      ['halsa.norrbotten', 'child.examination.performed'],
      ['socialtjanst.lulea', 'child.protection.assessed'],
      ['samordnare.lulea', 'child.followUp.held'],
    ];
    for (const [user, type] of path) {
      await app.advance(HOUR);
      const reply = await as(user, 'POST', `/api/instances/${id}/events`, { type });
      expect({ type, status: reply.status, body: reply.status === 201 ? null : reply.body }).toEqual({
        type,
        status: 201,
        body: null,
      });
    }
    const done = (await as('samordnare.lulea', 'GET', `/api/instances/${id}`)).body;
    expect({ status: done['status'], states: done['activeStates'], deadlines: done['deadlines'] }).toEqual({
      status: 'done',
      states: ['closed'],
      deadlines: [],
    });
    expect((done['history'] as HistoryEntry[]).map((entry) => entry.type)).toEqual([
      'instance.started',
      ...path.map(([, type]) => type),
    ]);
    const open = listOf<Task>(await as('samordnare.lulea', 'GET', '/api/tasks')).filter(
      (task) => task.instanceId === id && task.status === 'open',
    );
    expect(open).toEqual([]);
  });

  it('shows the employer as the county’s choice in the timers view', async () => {
    const reply = await as('samordnare.lulea', 'GET', `/api/agreements/${norrbotten}/versions/1/timers`);
    expect(reply.status).toBe(200);
    const routines = reply.body['routines'] as { binding: string; roles: { role: string; players: unknown[] }[] }[];
    const initiator = routines.find((r) => r.binding === 'barnsamrad')?.roles.find((r) => r.role === 'initiator');
    expect(initiator?.players).toEqual([
      {
        ref: 'operativ-samordnare',
        parties: ['lulea-kommun'],
        providedBy: expect.objectContaining({ kind: 'countyChoice', clause: '§ 8' }),
      },
    ]);
  });

  it('refuses the convening event, as before, when no party employs the coordinators', async () => {
    // The same agreement without the county's choice: the role no party plays cannot act.
    const key = `${norrbotten}-utan-val`;
    const content = seedContent();
    content.roles = content.roles.map(({ providedBy: _chosen, ...role }) => role);
    const created = await as('strateg.norrbotten', 'POST', '/api/agreements', { content: { ...content, key } });
    expect(created.status).toBe(201);
    await confirmDefaults(as, 'strateg.norrbotten', key, 1);
    expect((await as('strateg.norrbotten', 'POST', `/api/agreements/${key}/versions/1/publish`)).status).toBe(200);
    const { id, opened } = await start(key);
    expect(opened.find((task) => task.key === 'convene')).toMatchObject({ parties: [] });
    const reply = await as('samordnare.lulea', 'POST', `/api/instances/${id}/events`, {
      type: 'child.consultation.held',
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({
      code: 'INSTANCE_FORBIDDEN',
      message: expect.stringMatching(/^No party plays initiator/),
    });
  });
});
