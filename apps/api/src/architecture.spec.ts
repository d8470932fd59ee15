import { ESLint } from 'eslint';
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
