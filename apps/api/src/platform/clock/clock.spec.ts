import 'reflect-metadata';
import { ModulesContainer } from '@nestjs/core';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { HOUR } from '../../testing/test-clock.js';
import { Clock } from './clock.service.js';

// Issue 10: a test's clock replaces the real one in every module that injects it. A provider of
// Clock added to the root module would not: the feature modules take it from the global
// ClockModule, and would go on reading the real time.
describe('the business clock of a test app', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Each module's injectables that hold a Clock, with the clock they hold. */
  const clockHolders = () =>
    [...app.samverkan.app.get(ModulesContainer).values()].flatMap((module) =>
      [...module.providers.values()].flatMap((wrapper) => {
        const instance: unknown = wrapper.instance;
        if (typeof instance !== 'object' || instance === null) return [];
        return Object.values(instance)
          .filter((value): value is Clock => value instanceof Clock)
          .map((clock) => ({ module: module.name, holder: wrapper.name, clock }));
      }),
    );

  it('is the one clock every module injects', () => {
    const holders = clockHolders();
    // Not vacuous: the engine's and the features' services that read business time are found.
    expect(holders.map((h) => h.holder)).toEqual(
      expect.arrayContaining([
        'InstancesService',
        'TasksService',
        'DeadlineDispatcher',
        'DeadlineReconciler',
        'RoutineMigrationService',
        'AgreementsService',
        'AgreementViewsService',
      ]),
    );
    expect(holders.filter((h) => h.clock !== app.clock).map((h) => `${h.module}/${h.holder}`)).toEqual([]);
  });

  it('stamps a feature module’s answer with the time the test set', async () => {
    app.clock.set('2027-03-26T17:00:00Z');
    app.clock.move(HOUR);
    const calendar = await app.as(
      'strateg.jamtland',
      'GET',
      '/api/agreements/jamtland-operation-norrsken/versions/latest/calendar.ics?from=2026-01-01&to=2026-12-31',
    );
    expect(calendar.status).toBe(200);
    expect(calendar.text).toContain('DTSTAMP:20270326T180000Z');
  });
});
