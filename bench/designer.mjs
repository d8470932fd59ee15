// `npm run bench -- --designer`: the designer's bundle and how soon it is on screen. Figures, no
// assertions (docs/benchmarks.md).
//
// Builds the designer and the API (Nx caches what did not change), sums the built files and their
// gzip sizes, then serves the built designer from the built API (a fresh database and queue prefix,
// removed at the end) and loads it in Debian's Chromium (CHROMIUM_PATH) in a fresh browser context
// each time: the sign-in page cold (first contentful paint, and React's first render, marked by
// the designer as `samverkan:first-render`), and a signed-in strategist's overview until its
// agreements are listed.
//
// Options: --runs N (page loads per measure, default 10), --no-build.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startApi, workspaceRoot } from './lib/api-process.mjs';
import { cleanupAll, cleanupOnSignals, onCleanup } from './lib/cleanup.mjs';
import { createDatabase, reserveRedisPrefix, servers } from './lib/servers.mjs';

const FIRST_RENDER_MARK = 'samverkan:first-render'; // apps/designer/src/app/RootLayout.tsx
const USER = { username: 'strateg.jamtland', password: 'samverkan' }; // the API's seed data
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

const log = (message) => process.stderr.write(`· ${message}\n`);

function build(projects) {
  log(`building ${projects.join(' and ')} (Nx: cached when nothing changed)`);
  const built = spawnSync(
    path.join(workspaceRoot, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'],
    {
      cwd: workspaceRoot,
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (built.status !== 0) throw new Error('the build failed');
}

/** Every built file but source maps: raw and gzip (level 9, as a server would send it) bytes. */
export function bundleSizes(dist = path.join(workspaceRoot, 'apps/designer/dist')) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!name.endsWith('.map')) {
        const bytes = readFileSync(file);
        files.push({ file: path.relative(dist, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dist);
  const sum = (kind, key) => files.filter((f) => f.file.endsWith(kind)).reduce((total, f) => total + f[key], 0);
  return {
    files,
    js: { raw: sum('.js', 'raw'), gzip: sum('.js', 'gzip') },
    css: { raw: sum('.css', 'raw'), gzip: sum('.css', 'gzip') },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(0)} ms`;

/** Loads the sign-in page in a fresh context: FCP and the designer's first render, ms from navigation. */
async function coldLoad(browser, baseUrl) {
  const context = await browser.newContext({ locale: 'sv-SE' });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    return await page.evaluate(`(async () => {
      const mark = () => performance.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)})[0];
      while (!mark() || !performance.getEntriesByName('first-contentful-paint')[0]) await new Promise(requestAnimationFrame);
      return { fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime, firstRender: mark().startTime };
    })()`);
  } finally {
    await context.close();
  }
}

/** A signed-in tab opening the overview: ms from navigation until the agreements are listed. */
async function overviewLoad(browser, baseUrl, token) {
  const context = await browser.newContext({ locale: 'sv-SE' });
  try {
    await context.addInitScript(
      `sessionStorage.setItem('samverkan.session', ${JSON.stringify(JSON.stringify({ accessToken: token, expiresAt: Date.now() + 3_600_000 }))})`,
    );
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page
      .getByRole('link', { name: /^Version \d+ av / })
      .first()
      .waitFor();
    return await page.evaluate('performance.now()');
  } finally {
    await context.close();
  }
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      build: { type: 'boolean', default: true },
      designer: { type: 'boolean' },
    },
    allowNegative: true,
  });
  const runs = Number(args.runs);
  cleanupOnSignals();
  if (args.build) build(['designer', 'api']);

  const sizes = bundleSizes();
  const tag = `designer_${Date.now().toString(36)}`;
  const database = await createDatabase(tag);
  const api = await startApi({
    DATABASE_URL: database.url,
    REDIS_URL: servers.redis,
    QUEUE_PREFIX: reserveRedisPrefix(tag),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  onCleanup('close Chromium', () => browser.close());

  const token = await fetch(`${api.baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(USER),
  }).then(async (response) => (await response.json()).accessToken);

  log(`loading the designer ${runs} times cold, and ${runs} times signed in`);
  await coldLoad(browser, api.baseUrl); // warm-up: the API's first answers, the disk cache of the files
  const cold = [];
  for (let i = 0; i < runs; i += 1) cold.push(await coldLoad(browser, api.baseUrl));
  const overview = [];
  for (let i = 0; i < runs; i += 1) overview.push(await overviewLoad(browser, api.baseUrl, token));

  const lines = [
    '## Designer',
    '',
    '| what | figure |',
    '| --- | --- |',
    `| JavaScript, gzip (raw) | ${kB(sizes.js.gzip)} (${kB(sizes.js.raw)}) |`,
    `| CSS, gzip (raw) | ${kB(sizes.css.gzip)} (${kB(sizes.css.raw)}) |`,
    `| first contentful paint, sign-in page, median of ${runs} (min–max) | ${ms(median(cold.map((r) => r.fcp)))} (${ms(Math.min(...cold.map((r) => r.fcp)))}–${ms(Math.max(...cold.map((r) => r.fcp)))}) |`,
    `| first render (React), sign-in page, median of ${runs} (min–max) | ${ms(median(cold.map((r) => r.firstRender)))} (${ms(Math.min(...cold.map((r) => r.firstRender)))}–${ms(Math.max(...cold.map((r) => r.firstRender)))}) |`,
    `| overview with its agreements listed, signed in, median of ${runs} (min–max) | ${ms(median(overview))} (${ms(Math.min(...overview))}–${ms(Math.max(...overview))}) |`,
    '',
    'Files: ' + sizes.files.map((f) => `${f.file} ${kB(f.gzip)} gzip`).join(', '),
    'Times are from the start of navigation, in headless Chromium on this machine, served by the built API over loopback.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  await main();
} finally {
  await cleanupAll();
}
