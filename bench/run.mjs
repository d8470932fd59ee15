// `npm run bench`: the event path's benchmark. Figures, no assertions (docs/benchmarks.md).
//
// Builds the API, creates a fresh database on the machine's PostgreSQL and a queue prefix on its
// Redis, starts the built API as its own process and drives it over HTTP: case starts, events
// and a request that touches no database (the HTTP stack's floor) at 1 and 8 clients, each
// beside pgbench's single-row UPDATE on the same database. Then
// counts SQL statements and Redis commands per event on the wire, and times the routine alone
// in memory. Everything it made is removed at the end, on an error and on Ctrl-C.
//
// Options: --seconds N (per phase, default 10), --clients 1,8, --cases N (walked for the wire
// count, default 20), --sql (print each statement's text with its count per event),
// --profile (a V8 CPU profile of the API during the timed phases),
// --no-build, --write (put the figures into docs/benchmarks.md); --designer measures the
// designer instead (bench/designer.mjs: bundle size, time to first render).
// Servers: BENCH_DATABASE_URL (a maintenance database of the server, default
// postgres://postgres@127.0.0.1:5432/postgres), BENCH_REDIS_URL (default redis://127.0.0.1:6379).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { startApi, workspaceRoot } from './lib/api-process.mjs';
import { cleanupAll, cleanupOnSignals, wasInterrupted } from './lib/cleanup.mjs';
import { watchCpu } from './lib/cpu.mjs';
import { ApiClient, driveEvents, driveFloor, driveStarts, walkCases } from './lib/driver.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { initPgbench, runPgbench } from './lib/pgbench.mjs';
import { summariseProfile } from './lib/profile.mjs';
import { printReport, writeDoc } from './lib/report.mjs';
import { createDatabase, reserveRedisPrefix, servers } from './lib/servers.mjs';
import { countingProxy, emptyCounts, statementLabel } from './lib/wire-count.mjs';

// `--designer`: the designer's bundle size and time to first render instead (bench/designer.mjs).
if (process.argv.includes('--designer')) {
  await import('./designer.mjs');
  process.exit(process.exitCode ?? 0);
}

const WARM_UP_CASES = 15; // walked before timing, so the JIT and the connection pools are warm
const IDLE_SECONDS = 2; // the counting API watched idle first: what it does unasked is not the event's

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '1,8' },
    cases: { type: 'string', default: '20' },
    profile: { type: 'boolean', default: false },
    build: { type: 'boolean', default: true },
    write: { type: 'boolean', default: false },
    sql: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const options = {
  seconds: Number(args.seconds),
  clients: args.clients.split(',').map(Number),
  cases: Number(args.cases),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
};
const log = (message) => process.stderr.write(`· ${message}\n`);
const microseconds = () => Number(process.hrtime.bigint() / 1000n);

function build() {
  log('building the API (Nx: cached when nothing changed)');
  const built = spawnSync(
    path.join(workspaceRoot, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', 'api', '--outputStyle=static'],
    {
      cwd: workspaceRoot,
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (built.status !== 0) throw new Error('the build failed');
}

/** Starts and events at each number of clients, each beside pgbench on the same database. */
async function timedPhases(database, prefix) {
  const profileDir = args.profile ? mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-profile-')) : undefined;
  const api = await startApi(
    { ROLE: 'all', DATABASE_URL: database.url, REDIS_URL: servers.redis, QUEUE_PREFIX: prefix },
    { nodeOptions: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
  );
  const client = new ApiClient(api.baseUrl);
  await client.signIn();
  log(`warming up: ${WARM_UP_CASES} cases walked`);
  await walkCases(client, WARM_UP_CASES);
  const { script } = await initPgbench(database.url);
  const durationMs = options.seconds * 1000;
  const pool = [];
  const windows = { starts: [], events: [] };
  const byClients = [];
  const timed = async (phase, profiled) => {
    const cpu = await watchCpu({ apiPid: api.pid, database: database.name });
    const from = microseconds();
    const result = await phase();
    const to = microseconds();
    windows[profiled]?.push([from, to]);
    return { ...result, wallSeconds: (to - from) / 1e6, cpu: await cpu.stop() };
  };
  for (const clients of options.clients) {
    log(`${clients} client(s): pgbench`);
    const pgbench = await timed(() => runPgbench(database.url, script, { clients, seconds: options.seconds }));
    log(`${clients} client(s): case starts`);
    const starts = await timed(() => driveStarts(client, { clients, durationMs, pool }), 'starts');
    log(`${clients} client(s): events`);
    const events = await timed(() => driveEvents(client, { clients, durationMs, pool }), 'events');
    log(`${clients} client(s): the HTTP floor`);
    const floor = await timed(() => driveFloor(client, { clients, durationMs }));
    byClients.push({ clients, pgbench, starts, events, floor });
  }
  await api.stop();
  if (!profileDir) return { byClients };
  const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) return { byClients };
  const profiled = path.join(profileDir, file);
  const profile = {
    file: profiled,
    events: summariseProfile(profiled, windows.events),
    starts: summariseProfile(profiled, windows.starts),
  };
  return { byClients, profile };
}

/** A second API process whose PostgreSQL and Redis connections pass through counting proxies. */
async function wireCount(database, prefix) {
  const postgres = await countingProxy(new URL(database.url), 'postgres');
  const redis = await countingProxy(new URL(servers.redis), 'redis');
  const via = (url, port) => Object.assign(new URL(url), { hostname: '127.0.0.1', port: String(port) }).toString();
  const api = await startApi({
    ROLE: 'api',
    DATABASE_URL: via(database.url, postgres.port),
    REDIS_URL: via(servers.redis, redis.port),
    QUEUE_PREFIX: prefix,
  });
  const client = new ApiClient(api.baseUrl);
  await client.signIn();
  await walkCases(client, 2);
  postgres.take();
  redis.take();
  await sleep(IDLE_SECONDS * 1000);
  const idle = { sql: postgres.take(), redis: redis.take() };
  const totals = { start: emptyCounts(), event: emptyCounts() };
  let events = 0;
  const add = (into, sql, fromRedis) => {
    into.statements += sql.statements;
    into.roundTrips += sql.roundTrips;
    into.transactions += sql.transactions;
    for (const [text, n] of sql.byStatement) into.byStatement.set(text, (into.byStatement.get(text) ?? 0) + n);
    for (const [name, n] of fromRedis.redis) into.redis.set(name, (into.redis.get(name) ?? 0) + n);
  };
  await walkCases(client, options.cases, (kind) => {
    if (kind !== 'start') events++;
    add(kind === 'start' ? totals.start : totals.event, postgres.take(), redis.take());
  });
  await api.stop();
  const per = (counts, n) => ({
    statements: counts.statements / n,
    roundTrips: counts.roundTrips / n,
    transactions: counts.transactions / n,
    redisCommands: [...counts.redis.values()].reduce((a, b) => a + b, 0) / n,
  });
  const byLabel = new Map();
  for (const [text, n] of totals.event.byStatement) {
    const label = statementLabel(text);
    byLabel.set(label, (byLabel.get(label) ?? 0) + n / events);
  }
  const ranked = (map, divisor = 1) => [...map].map(([k, n]) => [k, n / divisor]).sort((a, b) => b[1] - a[1]);
  return {
    cases: options.cases,
    perEvent: per(totals.event, events),
    perStart: per(totals.start, options.cases),
    byLabel: ranked(byLabel),
    redisByCommand: ranked(totals.event.redis, events),
    statementsByText: ranked(totals.event.byStatement, events),
    idleSeconds: IDLE_SECONDS,
    idle: {
      statements: idle.sql.statements,
      redisCommands: [...idle.redis.redis.values()].reduce((a, b) => a + b, 0),
    },
  };
}

async function main() {
  cleanupOnSignals();
  if (args.build) build();
  const loadBefore = loadAverage();
  const machine = await describeMachine();
  const tag = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const database = await createDatabase(tag);
  const prefix = reserveRedisPrefix(tag);
  log(`database ${database.name}, queue prefix ${prefix}`);
  const { byClients, profile } = await timedPhases(database, prefix);
  log(`the wire count: ${options.cases} cases through counting proxies`);
  const wire = await wireCount(database, prefix);
  log('the routine in memory');
  // Imported after the build: on a fresh clone the library's dist/ exists only from here on.
  const { measureTransitions } = await import('./lib/transitions.mjs');
  const pure = measureTransitions();
  const results = { machine, options, loadBefore, loadAfter: loadAverage(), byClients, wire, pure, profile };
  printReport(results, { sql: args.sql });
  if (args.write) {
    writeDoc(path.join(workspaceRoot, 'docs/benchmarks.md'), results);
    log('docs/benchmarks.md updated');
  }
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  if (!wasInterrupted())
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  await cleanupAll();
}
