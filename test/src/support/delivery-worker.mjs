// The built Samverkan as a child process, with the delivery tests' trivial notice composer (the
// product's composer is modules/notices'). ROLE and the rest come from the environment, as in
// production; the delivery e2e test kills it with SIGKILL and starts it again.
import 'reflect-metadata';
import path from 'node:path';
import { startSamverkan } from '../../../apps/api/dist/bootstrap.js';
import { loadConfig } from '../../../apps/api/dist/platform/config/config.js';
import { testComposer } from '../../../apps/api/dist/testing/test-composer.js';

const root = path.resolve(import.meta.dirname, '../../..');
const samverkan = await startSamverkan(loadConfig(process.env, root), {
  noticeComposer: testComposer({ urgent: true, webhooks: false }),
});
process.on('SIGTERM', () => void samverkan.close().then(() => process.exit(0)));
