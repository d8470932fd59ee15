import { jestProject } from '../../jest.preset.js';

// Integration specs share the machine's PostgreSQL and Redis, each in its own database and key
// prefix; two workers keep a 2-core machine responsive.
export default jestProject('api', import.meta.dirname, { maxWorkers: 2, testTimeout: 60_000 });
