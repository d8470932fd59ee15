import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { inTargetGroup } from '../../testing/case-facts.js';
import { type Reply, startTestApp, type TestApp } from '../../testing/test-app.js';

interface Problem {
  path: string;
  code: string;
  message: { sv: string; en: string };
}
const problemsOf = (reply: Reply) => (reply.body['details'] as { problems: Problem[] }).problems;

// Issue 11: a case is started with who it is for (the category and forms of violence, and a yes
// or no per criterion of the agreement's target group); a case outside the group is refused
// with 422 naming the criterion and its clause, and nothing is written to decide it.
describe('who a case is for, at its start', () => {
  let app: TestApp;
  let db: DataSource;
  const jamtland = 'jamtland-operation-norrsken';
  const rvc = (input: Record<string, unknown>) =>
    app.as('polis.nord', 'POST', '/api/instances', { agreement: jamtland, routine: 'rvc', input });
  const home = { homeMunicipality: 'ostersunds-kommun' };

  const rows = async () => {
    const [row] = (await db.query(
      `SELECT (SELECT count(*)::int FROM instance) AS instances,
              (SELECT count(*)::int FROM instance_event) AS events,
              (SELECT count(*)::int FROM task) AS tasks,
              (SELECT count(*)::int FROM deadline) AS deadlines`,
    )) as Record<string, number>[];
    return row;
  };
  /** The reply, and that the start wrote nothing at all. */
  const refused = async (start: () => Promise<Reply>) => {
    const before = await rows();
    const reply = await start();
    expect(await rows()).toEqual(before);
    return reply;
  };

  beforeAll(async () => {
    app = await startTestApp('postgres');
    db = app.samverkan.app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a case whose person is not an adult, naming the criterion, its reading and § 7; no row is written', async () => {
    const reply = await refused(() =>
      rvc({ ...home, violenceCategory: 'mensViolenceAgainstWomen', attestation: { age: false, residence: true } }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body['code']).toBe('OUTSIDE_TARGET_GROUP');
    expect(problemsOf(reply)).toEqual([
      {
        path: 'attestation.age',
        code: 'outsideTargetGroup',
        message: {
          sv:
            'Ärendet hör inte till målgruppen ”Våldsutsatta vuxna som bor i Jämtlands län”: enligt intyget uppfyller ' +
            'personen inte kravet 18 år eller äldre (”vuxna”, i länets läsning) (§ 7).',
          en:
            'The case is outside target group "Våldsutsatta vuxna som bor i Jämtlands län": the attestation says the ' +
            'person does not meet its age criterion (clause 7).',
        },
      },
    ]);
  });

  it('refuses a person who does not live in the county, and a category § 7 does not name, each at its field', async () => {
    const reply = await refused(() =>
      rvc({ ...home, violenceCategory: 'partnerViolence', attestation: { age: true, residence: false } }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body['code']).toBe('OUTSIDE_TARGET_GROUP');
    expect(problemsOf(reply).map((p) => [p.path, p.code])).toEqual([
      ['violenceCategory', 'outsideTargetGroup'],
      ['attestation.residence', 'outsideTargetGroup'],
    ]);
    expect(problemsOf(reply)[1]?.message.sv).toContain(
      'bor i länet (”som bor i Jämtlands län”, i länets läsning) (§ 7)',
    );
  });

  it('Västernorrland: a person under 18 is outside § 3 ("över 18 år"); there is no residence criterion to attest', async () => {
    const start = (attestation: Record<string, boolean>) =>
      app.as('polis.vasternorrland', 'POST', '/api/instances', {
        agreement: 'vasternorrland-stod-och-kompetenscentrum',
        routine: 'rvc',
        input: { violenceCategory: 'honourBasedViolence', attestation },
      });
    const young = await refused(() => start({ age: false }));
    expect(young.status).toBe(422);
    expect(problemsOf(young)).toEqual([
      expect.objectContaining({
        path: 'attestation.age',
        code: 'outsideTargetGroup',
        message: expect.objectContaining({
          sv: expect.stringContaining('18 år eller äldre (”över 18 år”, i länets läsning) (§ 3)'),
        }),
      }),
    ]);
    const asked = await refused(() => start({ age: true, residence: true }));
    expect(asked.status).toBe(422);
    expect(problemsOf(asked).map((p) => [p.path, p.code])).toEqual([
      ['attestation.residence', 'criterionNotInTargetGroup'],
    ]);
  });

  it('Norrbotten: a child consultation is for minors ("Minderåriga", under 18); an adult is refused', async () => {
    await app.addUser({ username: 'socialtjanst.lulea', party: 'lulea-kommun', roles: ['member'] });
    const reply = await refused(() =>
      app.as('socialtjanst.lulea', 'POST', '/api/instances', {
        agreement: 'norrbotten-samverkan-mot-vald',
        routine: 'barnsamrad',
        input: { homeMunicipality: 'lulea-kommun', attestation: { age: false } },
      }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body['code']).toBe('OUTSIDE_TARGET_GROUP');
    expect(problemsOf(reply)[0]?.message.sv).toContain('under 18 år (”Minderåriga”) (avsnittet ”Målgrupper”)');
  });

  it('refuses a start without the attestation, or with an unknown category or form, as malformed (422, the paths)', async () => {
    const missing = await refused(() => rvc({ ...home }));
    expect(missing.status).toBe(422);
    expect(missing.body['code']).toBe('ROUTINE_EVENT_INVALID');
    expect(problemsOf(missing).map((p) => [p.path, p.code])).toEqual([
      ['violenceCategory', 'required'],
      ['attestation.age', 'required'],
      ['attestation.residence', 'required'],
    ]);
    const unknown = await refused(() =>
      rvc({ ...home, ...inTargetGroup.jamtland, violenceCategory: 'domestic', violenceForms: ['verbal'] }),
    );
    expect(unknown.status).toBe(422);
    expect(problemsOf(unknown).map((p) => [p.path, p.code])).toEqual([
      ['violenceCategory', 'invalidValue'],
      ['violenceForms.0', 'invalidValue'],
    ]);
  });

  it('takes a yes or no, never the fact behind it: a birth date, an address or a personal identity number is refused', async () => {
    const date = await refused(() =>
      rvc({ ...home, ...inTargetGroup.jamtland, attestation: { age: '1985-03-04', residence: true } }),
    );
    expect(date.status).toBe(422);
    expect(problemsOf(date)).toContainEqual(expect.objectContaining({ path: 'attestation.age', code: 'invalidType' }));
    const address = await refused(() =>
      rvc({ ...home, ...inTargetGroup.jamtland, attestation: { age: true, residence: true, address: 'Storgatan 12' } }),
    );
    expect(address.status).toBe(422);
    const number = await refused(() => rvc({ ...home, ...inTargetGroup.jamtland, violenceCategory: '19121212-1212' }));
    expect(number.status).toBe(422);
    expect(number.body['code']).toBe('PERSONAL_DATA_REJECTED');
  });

  it('starts a case inside the group and keeps only the group, category, forms and yes-or-no answers', async () => {
    const started = await rvc({ ...home, ...inTargetGroup.jamtland, violenceForms: ['psychological', 'economic'] });
    expect(started.status).toBe(201);
    const read = await app.as('polis.nord', 'GET', `/api/instances/${String(started.body['id'])}`);
    const [first] = read.body['history'] as { type: string; payload: Record<string, unknown> }[];
    expect(first).toMatchObject({ type: 'instance.started' });
    expect(first?.payload).toEqual({
      homeMunicipality: 'ostersunds-kommun',
      targetGroup: 'vuxna-valdsutsatta',
      violenceCategory: 'mensViolenceAgainstWomen',
      violenceForms: ['psychological', 'economic'],
      attestation: { age: true, residence: true },
    });
  });

  it('a form § 7 does not name is outside the group; a routine about no person takes no facts', async () => {
    const witnessed = await refused(() => rvc({ ...home, ...inTargetGroup.jamtland, violenceForms: ['witnessed'] }));
    expect(witnessed.status).toBe(422);
    expect(problemsOf(witnessed).map((p) => [p.path, p.code])).toEqual([['violenceForms.0', 'outsideTargetGroup']]);
    const lifecycle = await refused(() =>
      app.as('samordnare.jamtland', 'POST', '/api/instances', {
        agreement: jamtland,
        routine: 'livscykel',
        input: { termEndsOn: '2027-12-31', ...inTargetGroup.jamtland },
      }),
    );
    expect(lifecycle.status).toBe(422);
    expect(problemsOf(lifecycle).map((p) => p.code)).toContain('fieldNotAllowed');
  });
});
