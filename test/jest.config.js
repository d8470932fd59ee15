import { jestProject } from '../jest.preset.js';

// Processes, HTTP and a browser: one file at a time, so start-up timings stay honest on 2 cores.
export default jestProject('e2e', import.meta.dirname, {
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  maxWorkers: 1,
  testTimeout: 180_000,
});
