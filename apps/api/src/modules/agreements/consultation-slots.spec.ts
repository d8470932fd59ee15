import { type TestApp, startTestApp } from '../../testing/test-app.js';
import { inTargetGroup } from '../../testing/case-facts.js';
import { confirmDefaults } from '../../testing/confirm-defaults.js';

// Jämtland §12: consultations at fixed times every week (Tuesdays 09:00, the county's choice).
// A case booked without a time goes to the next one, in Stockholm time.
describe('booking a consultation on the next fixed time', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('places a non-acute consultation on the next Tuesday 09:00 and arms its deadline then', async () => {
    const started = await app.as('samordnare.jamtland', 'POST', '/api/instances', {
      agreement: 'jamtland-operation-norrsken',
      routine: 'samrad',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    expect(started.status).toBe(201);
    const id = String(started.body['id']);
    const typed = await app.as('samordnare.jamtland', 'POST', `/api/instances/${id}/events`, {
      type: 'consultation.type.set',
      consultationType: 'planning',
      participants: ['police', 'socialServices'],
    });
    expect(typed.status).toBe(201);
    const booked = await app.as('samordnare.jamtland', 'POST', `/api/instances/${id}/events`, {
      type: 'consultation.slot.booked',
    });
    expect(booked.status).toBe(201);
    const history = (await app.as('samordnare.jamtland', 'GET', `/api/instances/${id}`)).body['history'] as {
      type: string;
      payload: { slotAt?: string };
    }[];
    const slotAt = history.find((e) => e.type === 'consultation.slot.booked')?.payload.slotAt ?? '';
    const slot = new Date(slotAt);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
    }).format(slot);
    expect(local).toBe('tisdag 09:00');
    // After the business time of the booking (the app's clock stands still), within a week.
    const bookedAt = app.clock.now().getTime();
    expect(slot.getTime()).toBeGreaterThan(bookedAt);
    expect(slot.getTime() - bookedAt).toBeLessThanOrEqual(7 * 86_400_000);
    const deadlines = booked.body['armed'] as { dueAt: string }[];
    expect(deadlines.map((d) => Date.parse(d.dueAt))).toContain(slot.getTime());
  });

  // Found by the recurrence property (property/recurrence-rules.property.spec.ts): the refusal
  // named no field, unlike every other 422.
  it('refuses a booking without a time when no consultation falls within the horizon, naming slotAt', async () => {
    const key = 'jamtland-operation-norrsken';
    const draft = await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions`, {});
    const content = draft.body['content'] as { bodies: Record<string, unknown>[] };
    const bodies = content.bodies.map((body) =>
      body['kind'] === 'consultation'
        ? {
            ...body,
            cadence: {
              kind: 'recurrence',
              rrule: 'FREQ=YEARLY',
              start: '2199-01-01',
              timeOfDay: '09:00',
              clause: '12',
            },
          }
        : body,
    );
    const version = String(draft.body['version']);
    const saved = await app.as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/${version}`, {
      content: { ...content, bodies },
      rowVersion: draft.body['rowVersion'],
    });
    expect(saved.status).toBe(200);
    await confirmDefaults(app.as, 'strateg.jamtland', key, version);
    expect(
      (await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions/${version}/publish`)).status,
    ).toBe(200);
    const started = await app.as('samordnare.jamtland', 'POST', '/api/instances', {
      agreement: key,
      routine: 'samrad',
      input: { homeMunicipality: 'ostersunds-kommun', ...inTargetGroup.jamtland },
    });
    const id = String(started.body['id']);
    await app.as('samordnare.jamtland', 'POST', `/api/instances/${id}/events`, {
      type: 'consultation.type.set',
      consultationType: 'planning',
      participants: ['police'],
    });
    const booked = await app.as('samordnare.jamtland', 'POST', `/api/instances/${id}/events`, {
      type: 'consultation.slot.booked',
    });
    expect(booked.status).toBe(422);
    expect(booked.body).toMatchObject({ code: 'NO_CONSULTATION_SLOT', details: { problems: [{ path: 'slotAt' }] } });
  });
});
