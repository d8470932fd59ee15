import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const workspaceRoot = new URL('../../..', import.meta.url).pathname;

/**
 * The direction rule of apps/api (eslint.config.js, docs/adr/0007) lints for real: a file of the
 * engine that imports a feature module, and a platform file that imports the engine or a
 * feature, are refused; the same imports the right way are not. Without the TypeScript
 * resolver the rule finds no import at all (they end in `.js`) and passes everything, which
 * this test would catch. The files are linted as text at their would-be paths, with the
 * workspace's own configuration and only the boundaries rule (the typed rules need a file on
 * disk in the TypeScript project).
 */
describe('the direction of imports inside the API', () => {
  const eslint = new ESLint({
    cwd: workspaceRoot,
    overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
  });

  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(workspaceRoot, 'apps/api/src', file) });
    return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
  };

  it('refuses an engine file that imports a feature module', async () => {
    const problems = await lint(
      'engine/instances/wrong-way.ts',
      "export { AgreementsService } from '../../modules/agreements/agreements.service.js';\n",
    );
    expect(problems).toEqual([expect.stringMatching(/^boundaries\/dependencies: the engine knows no feature module/)]);
  });

  it('refuses a platform file that imports the engine or a feature module', async () => {
    const problems = await lint(
      'platform/database/wrong-way.ts',
      "export { DeadlineRepository } from '../../engine/deadlines/deadline.repository.js';\n" +
        "export { AgreementEntity } from '../../modules/agreements/agreement.entity.js';\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: platform\/ knows no engine/),
      expect.stringMatching(/^boundaries\/dependencies: platform\/ knows no engine/),
    ]);
  });

  it('lets a feature module import the engine and the platform, and the engine the platform', async () => {
    expect(
      await lint(
        'modules/agreements/right-way.ts',
        "export { AGREEMENT_SOURCE } from '../../engine/ports/agreement-source.js';\n" +
          "export { Clock } from '../../platform/clock/clock.service.js';\n",
      ),
    ).toEqual([]);
    expect(
      await lint('engine/instances/right-way.ts', "export { Clock } from '../../platform/clock/clock.service.js';\n"),
    ).toEqual([]);
  });
});

/** The API's source files (not specs), relative to apps/api/src, with their text. */
function sources(dir = path.join(workspaceRoot, 'apps/api/src')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    return [{ file: path.relative(path.join(workspaceRoot, 'apps/api/src'), full), text: readFileSync(full, 'utf8') }];
  });
}

// Issue 10: a step of a case (instance row, event, tasks, deadlines, notifications) is written in
// one place, as one statement, whoever causes it: a start or a user's event and a timer's firing
// (InstancesService), a migration (RoutineMigrationService).
describe('the writing of a step', () => {
  it('calls the owners of the step tables from CaseStepWriter alone', () => {
    // The owners' fragments of the step's one statement (insertIn, moveIn, appendIn, closeIn,
    // openIn, cancelIn, armIn, queueIn, …), composed in a ComposedWrite.
    const writes = /\.\w+In\(\s*write\b|new ComposedWrite\(/;
    expect(
      sources()
        .filter(({ text }) => writes.test(text))
        .map(({ file }) => file),
    ).toEqual(['engine/instances/step-writer.service.ts']);
  });

  it('is what events, timers and migrations call', () => {
    expect(
      sources()
        .filter(({ text }) => /this\.steps\.write\(/.test(text))
        .map(({ file }) => file)
        .sort(),
    ).toEqual(['engine/instances/instances.service.ts', 'engine/instances/routine-migration.service.ts']);
  });
});

// Issue 10: every engine table has one owner that reads and writes it; no other file sends SQL
// against it (the migrations, which create the tables, aside).
describe('the owners of the engine tables', () => {
  const owners: Record<string, string> = {
    instance: 'engine/instance-store/instance.repository.ts',
    instance_event: 'engine/instance-store/instance.repository.ts',
    task: 'engine/tasks/task.repository.ts',
    notification: 'engine/notifications/notification.repository.ts',
    routine_definition: 'engine/routines/routine-definition.repository.ts',
    deadline: 'engine/deadlines/deadline.repository.ts',
    delivery: 'modules/delivery/delivery.repository.ts',
    webhook: 'modules/webhooks/webhook.repository.ts',
  };

  it.each(Object.entries(owners))('lets only its owner send SQL against %s', (table, owner) => {
    const sql = new RegExp(`\\b(FROM|INTO|UPDATE|JOIN)\\s+"?${table}\\b"?(?!_)`);
    const files = sources()
      .filter(({ file }) => !file.startsWith('migrations/'))
      .filter(({ text }) => sql.test(text))
      .map(({ file }) => file);
    expect(files).toEqual([owner]);
  });
});
