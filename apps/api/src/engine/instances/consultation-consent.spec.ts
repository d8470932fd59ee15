import 'reflect-metadata';
import { inTargetGroup } from '../../testing/case-facts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

// Issue 11, seed 002 §§ 8 and 12, through the API: a Jämtland consultation (consultation@2) is
// held with a record that consent was explained, whether the consent form was used, the child's
// rights when the adult has children, and external attendees by function.
describe('a consultation held with consent and children recorded', () => {
  let app: TestApp;
  const coordinator = 'samordnare.jamtland';

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });

  afterAll(async () => {
    await app?.close();
  });

  const acuteCase = async () => {
    const started = await app.as(coordinator, 'POST', '/api/instances', {
      agreement: 'jamtland-operation-norrsken',
      routine: 'samrad',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    expect(started.status).toBe(201);
    expect(started.body['routine']).toBe('consultation@2');
    const events = `/api/instances/${String(started.body['id'])}/events`;
    const typed = await app.as(coordinator, 'POST', events, {
      type: 'consultation.type.set',
      consultationType: 'acute',
      participants: ['police', 'socialServices'],
    });
    expect(typed.status).toBe(201);
    return { id: String(started.body['id']), events };
  };

  it('refuses a consultation held with consent but no explanation or form, or children whose rights were not considered', async () => {
    const { id, events } = await acuteCase();
    const refused = await app.as(coordinator, 'POST', events, {
      type: 'consultation.held',
      consentBasis: 'consent',
      hasChildren: true,
      childRightsConsidered: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.body['code']).toBe('ROUTINE_EVENT_INVALID');
    const problems = (refused.body['details'] as { problems: { path: string; code: string }[] }).problems;
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['consentForm', 'requiredWhen'],
      ['consentExplained', 'mustBe'],
      ['childRightsConsidered', 'mustBe'],
    ]);
    const read = await app.as(coordinator, 'GET', `/api/instances/${id}`);
    expect(read.body['activeStates']).toEqual(['convening']);
  });

  it('keeps the record of the consultation held, external attendees by function', async () => {
    const { id, events } = await acuteCase();
    const held = await app.as(coordinator, 'POST', events, {
      type: 'consultation.held',
      consentBasis: 'consent',
      consentExplained: true,
      consentForm: 'notUsedAcute',
      hasChildren: true,
      childRightsConsidered: true,
      externalAttendees: ['womensShelter'],
    });
    expect(held.status).toBe(201);
    const read = await app.as(coordinator, 'GET', `/api/instances/${id}`);
    const history = read.body['history'] as { type: string; payload: Record<string, unknown> }[];
    expect(history.find((entry) => entry.type === 'consultation.held')?.payload).toEqual({
      consentBasis: 'consent',
      consentExplained: true,
      consentForm: 'notUsedAcute',
      hasChildren: true,
      childRightsConsidered: true,
      externalAttendees: ['womensShelter'],
    });
  });
});
