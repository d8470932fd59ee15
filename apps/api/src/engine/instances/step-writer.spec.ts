import 'reflect-metadata';
import type { TaskPlan, TimerPlan } from '@samverkan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR } from '../../testing/test-clock.js';
import { InstanceRepository, type InstanceRow } from '../instance-store/instance.repository.js';
import type { CaseStep } from './case-step.js';
import { CaseStepWriter } from './step-writer.service.js';
import { inTargetGroup } from '../../testing/case-facts.js';

interface Counts {
  events: number;
  openTasks: number;
  tasks: number;
  pending: number;
  deadlines: number;
  assigned: number;
}

// Issue 10: a step of a case is one statement, composed of its tables' owners' fragments, and
// written whole or not at all. Real PostgreSQL; the steps are written through the writer itself.
describe('CaseStepWriter', () => {
  let app: TestApp;
  let db: DataSource;
  let writer: CaseStepWriter;

  beforeAll(async () => {
    app = await startTestApp('redis');
    db = app.samverkan.app.get(DataSource);
    writer = app.samverkan.app.get(CaseStepWriter);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A case referred (awaiting contact, its makeContact task open), as a step reads it. */
  const referredCase = async (): Promise<InstanceRow> => {
    const started = await app.as('polis.nord', 'POST', '/api/instances', {
      agreement: 'jamtland-operation-norrsken',
      routine: 'rvc',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    const id = String(started.body['id']);
    expect(
      (await app.as('polis.nord', 'POST', `/api/instances/${id}/events`, { type: 'case.referral.made' })).status,
    ).toBe(201);
    const row = await app.samverkan.app.get(InstanceRepository).load(db.manager, id);
    if (!row) throw new Error('no case');
    return row;
  };

  const counts = async (id: string): Promise<Counts> => {
    const [row] = (await db.query(
      `SELECT (SELECT count(*)::int FROM instance_event WHERE instance_id = $1) AS events,
         (SELECT count(*)::int FROM task WHERE instance_id = $1 AND status = 'open') AS "openTasks",
         (SELECT count(*)::int FROM task WHERE instance_id = $1) AS tasks,
         (SELECT count(*)::int FROM deadline WHERE subject_id = $1::text AND status = 'pending') AS pending,
         (SELECT count(*)::int FROM deadline WHERE subject_id = $1::text) AS deadlines,
         (SELECT count(*)::int FROM notification WHERE instance_id = $1 AND kind = 'taskAssigned') AS assigned`,
      [id],
    )) as Counts[];
    if (!row) throw new Error('no counts');
    return row;
  };

  const due = () => new Date(app.clock.now().getTime() + HOUR).toISOString();
  const plan = (key: string): TaskPlan => ({
    key,
    task: key,
    state: 'awaitingContact',
    owedBy: 'supportCentre',
    parties: ['ostersunds-kommun'],
    title: 'Kontakta den våldsutsatta',
    dueAt: due(),
  });
  const timer = (key: string): TimerPlan => ({
    key,
    kind: 'deadline',
    state: 'awaitingContact',
    dueAt: due(),
    event: 'case.contact.deadlinePassed',
    tasks: [],
    to: [],
  });

  /** A step that does everything a step can: moves the case, logs, closes, cancels, opens, arms. */
  const fullStep = (row: InstanceRow, readVersion: number): CaseStep => ({
    at: app.clock.now(),
    bindings: row.bindings,
    instance: {
      id: row.id,
      move: { readVersion, snapshot: row.snapshot, status: 'active' },
      conflict: 'changed meanwhile',
    },
    event: { type: 'case.contact.attemptFailed', payload: {}, source: 'system' },
    effects: {
      // awaitingContact entered again: its task closed and opened anew, its timers cancelled and armed.
      closeTasks: [{ key: 'makeContact', task: 'makeContact', state: 'awaitingContact', outcome: 'cancelled' }],
      cancelTimers: [{ state: 'awaitingContact' }],
      openTasks: [plan('makeContact')],
      armTimers: [timer('awaitingContact#deadline')],
      done: false,
    },
  });

  /** The database as the writer's `db`, counting the statements sent through it. */
  const counting = (): { manager: EntityManager; statements: string[] } => {
    const statements: string[] = [];
    const manager = Object.create(db.manager, {
      query: {
        value: (sql: string, parameters?: unknown[]) => {
          statements.push(sql);
          return db.manager.query(sql, parameters);
        },
      },
    }) as EntityManager;
    return { manager, statements };
  };

  it('writes a whole step in one statement', async () => {
    const row = await referredCase();
    const { manager, statements } = counting();
    const written = await writer.write(manager, fullStep(row, row.version));
    expect(statements).toHaveLength(1);
    expect(written).toMatchObject({ version: row.version + 1, seq: 3 });
    expect(written.opened.map((task) => task.key)).toEqual(['makeContact']);
    expect(written.armed).toHaveLength(1);
    expect(written.cancelled).toHaveLength(4); // the referral's deadline, two reminders, the escalation
  });

  it('closes a task and opens one of the same key in the same step (a state entered again)', async () => {
    const row = await referredCase();
    const before = await counts(row.id);
    await writer.write(db.manager, fullStep(row, row.version));
    expect(await counts(row.id)).toEqual({
      events: before.events + 1,
      openTasks: 1,
      tasks: before.tasks + 1,
      pending: 1,
      deadlines: before.deadlines + 1,
      assigned: before.assigned + 1,
    });
  });

  it('writes nothing at all when the case moved since it was read, and answers 409', async () => {
    const row = await referredCase();
    const before = await counts(row.id);
    await expect(writer.write(db.manager, fullStep(row, row.version - 1))).rejects.toMatchObject({
      code: 'INSTANCE_CONFLICT',
      status: 409,
    });
    expect(await counts(row.id)).toEqual(before);
    const [instance] = (await db.query('SELECT version FROM instance WHERE id = $1', [row.id])) as {
      version: number;
    }[];
    expect(instance?.version).toBe(row.version);
  });

  it('queues a notification only for tasks still open', async () => {
    const row = await referredCase();
    const notify = (tasks: string[]): CaseStep => ({
      at: app.clock.now(),
      bindings: row.bindings,
      instance: { id: row.id },
      notify: [{ kind: 'reminder', tasks, to: ['supportCentre'] }],
    });
    await writer.write(db.manager, notify(['makeContact', 'closedLongAgo']));
    await writer.write(db.manager, notify(['closedLongAgo']));
    const queued = (await db.query(
      `SELECT task_keys, recipient_party_keys FROM notification WHERE instance_id = $1 AND kind = 'reminder'`,
      [row.id],
    )) as { task_keys: string[]; recipient_party_keys: string[] }[];
    expect(queued).toEqual([{ task_keys: ['makeContact'], recipient_party_keys: ['ostersunds-kommun'] }]);
  });

  describe('a new task (issue 13)', () => {
    const assigned = (id: string) =>
      db.query(
        `SELECT id, task_keys, recipient_role, recipient_party_keys, created_at FROM notification
         WHERE instance_id = $1 AND kind = 'taskAssigned' ORDER BY written_at, task_keys`,
        [id],
      ) as Promise<{ id: string; task_keys: string[]; recipient_role: string; recipient_party_keys: string[] }[]>;

    it('is queued in the step’s one statement, to the parties that owe it, and dispatched after it', async () => {
      const row = await referredCase();
      // The start opened referContact for the police; the referral makeContact for the support
      // centre (Östersunds kommun): each was told.
      expect(await assigned(row.id)).toEqual([
        expect.objectContaining({
          task_keys: ['referContact'],
          recipient_role: 'police',
          recipient_party_keys: ['polisen-region-nord'],
        }),
        expect.objectContaining({
          task_keys: ['makeContact'],
          recipient_role: 'supportCentre',
          recipient_party_keys: ['ostersunds-kommun'],
        }),
      ]);
      const { manager, statements } = counting();
      const written = await writer.write(manager, fullStep(row, row.version));
      expect(statements).toHaveLength(1);
      const after = await assigned(row.id);
      expect(after).toHaveLength(3);
      expect(written.dispatch.notifications).toEqual([after[2]?.id]);
    });

    it('is not queued for a step that ends the case, nor when nobody plays the role that owes it', async () => {
      const row = await referredCase();
      const before = await counts(row.id);
      const ending = fullStep(row, row.version);
      if (!ending.effects) throw new Error('a full step has effects');
      await writer.write(db.manager, { ...ending, effects: { ...ending.effects, done: true } });
      const ended = await counts(row.id);
      expect(ended.assigned).toBe(before.assigned);
      expect(ended.openTasks).toBe(0);

      const other = await referredCase();
      const step = fullStep(other, other.version);
      if (!step.effects) throw new Error('a full step has effects');
      const nobody = { ...plan('makeContact'), owedBy: 'nobody', parties: ['nobody'] };
      const unplayed = {
        ...step,
        bindings: { ...step.bindings, roleParties: { ...step.bindings.roleParties, nobody: [] } },
      };
      const written = await writer.write(db.manager, {
        ...unplayed,
        effects: { ...step.effects, openTasks: [nobody] },
      });
      expect(written.opened).toHaveLength(1);
      expect(written.dispatch.notifications).toEqual([]);
      expect(await assigned(other.id)).toHaveLength(2); // the start's and the referral's
    });

    it('writes nothing when the step conflicts', async () => {
      const row = await referredCase();
      const before = await counts(row.id);
      await expect(writer.write(db.manager, fullStep(row, row.version - 1))).rejects.toMatchObject({ status: 409 });
      expect((await counts(row.id)).assigned).toBe(before.assigned);
    });
  });
});
