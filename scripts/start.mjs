// `npm start`: build what is missing or changed (Nx caches the rest), then become the API, which
// also serves the designer. With nothing configured it runs the embedded mode. The API runs in
// this very process, so a signal or a kill reaches it and no stray child is left behind.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const nx = path.join(root, 'node_modules/.bin/nx');
const build = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'designer', '--outputStyle=static'], {
  cwd: root,
  env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

await import(pathToFileURL(path.join(root, 'apps/api/dist/main.js')).href);
