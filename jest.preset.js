// One Jest setup for every project: native ESM (NestJS 12 is ESM-only, see docs/adr/0002),
// ts-jest transpiling only (type-checking is the `typecheck` target), libs resolved to source.
import path from 'node:path';

const root = import.meta.dirname;

/**
 * @param {string} name project name shown in Jest's output
 * @param {string} dir the project's directory
 * @param {import('jest').Config} [extra]
 * @returns {import('jest').Config}
 */
export function jestProject(name, dir, extra = {}) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
    moduleNameMapper: {
      '^@samverkan/(agreements|workflows)$': path.join(root, 'libs/$1/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: path.join(dir, 'tsconfig.spec.json') }],
    },
    // Each project's results, for the one closing line of `npm test` (scripts/test-summary.mjs).
    ...(process.env.JEST_JSON_DIR
      ? { reporters: ['default', [path.join(root, 'scripts/jest-json-reporter.cjs'), { dir: process.env.JEST_JSON_DIR, name }]] }
      : {}),
    ...extra,
  };
}
