// PostgreSQL's own single-row update rate on the same server and database: the ceiling a
// durable event (at least one committed row change) is measured against.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { onCleanup } from './cleanup.mjs';

const run = promisify(execFile);

/** One statement per transaction, autocommitted: what `pgbench -f` runs over and over. */
export const UPDATE_SCRIPT = `\\set aid random(1, 100000)
UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;
`;

export async function pgbenchVersion() {
  const { stdout } = await run('pgbench', ['--version']);
  return stdout.trim();
}

/** `pgbench -i -s 1`: its four tables (100 000 accounts) in the run's database. */
export async function initPgbench(databaseUrl) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-'));
  onCleanup(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  const script = path.join(dir, 'update.sql');
  writeFileSync(script, UPDATE_SCRIPT);
  await run('pgbench', ['-i', '-s', '1', '-q', databaseUrl], { maxBuffer: 1 << 20 });
  return { script };
}

/** TPS at the given number of clients (threads: one per client, at most two: the cores). */
export async function runPgbench(databaseUrl, script, { clients, seconds }) {
  const threads = String(Math.min(clients, 2));
  const args = ['-c', String(clients), '-j', threads, '-T', String(seconds), '-f', script, databaseUrl];
  const running = run('pgbench', args, { maxBuffer: 1 << 20 });
  const stop = onCleanup(`stop pgbench pid ${running.child.pid}`, () => running.child.kill('SIGTERM'));
  const { stdout } = await running.finally(stop); // once it has exited, stopping it does nothing
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  if (!tps) throw new Error(`pgbench printed no TPS:\n${stdout}`);
  return {
    tps: Number(tps[1]),
    latencyMs: latency ? Number(latency[1]) : NaN,
    command: `pgbench -c ${clients} -j ${threads} -T ${seconds} -f update.sql`,
  };
}
