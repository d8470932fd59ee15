// Where the CPU went during a phase, read from /proc: the API process, the PostgreSQL backends
// serving the run's database, this driver, and the rest of the machine (other work on a shared
// machine: the figures are only as good as that share is small).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { clearInterval, setInterval } from 'node:timers';
import { backendPids } from './servers.mjs';

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();
const msPerTick = 1000 / ticksPerSecond;

/** User + system CPU of a process (all its threads) in ms, or undefined when it is not readable. */
function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * msPerTick;
  } catch {
    return undefined;
  }
}

/** All cores' busy time (everything but idle and I/O wait) in ms. */
function machineBusyMs() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return (total - ticks[3] - ticks[4]) * msPerTick;
  } catch {
    return undefined;
  }
}

function driverCpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** CPU of this process's children that have exited (pgbench's client), from /proc/self/stat. */
function exitedChildrenCpuMs() {
  try {
    const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * msPerTick;
  } catch {
    return 0;
  }
}

const BACKEND_POLL_MS = 250; // backends that end with the phase (pgbench's) are read until then

async function readBackends(database, into) {
  for (const pid of await backendPids(database)) into.set(pid, processCpuMs(pid));
}

/**
 * Watches a phase: the API process, the database's backends (polled, so that one that ends
 * before the phase does still counts up to its last reading), this driver, its exited children
 * (pgbench's client) and the whole machine. `stop()` returns CPU ms spent in each; `other` is
 * the machine's busy time that was none of these (other work on a shared machine).
 * Undefined figures mean /proc could not be read (a remote server, another OS).
 */
export async function watchCpu({ apiPid, database }) {
  const first = new Map();
  await readBackends(database, first);
  const last = new Map(first);
  const before = {
    api: processCpuMs(apiPid),
    driver: driverCpuMs(),
    children: exitedChildrenCpuMs(),
    machine: machineBusyMs(),
  };
  let polling = Promise.resolve();
  const timer = setInterval(() => {
    polling = polling.then(() => readBackends(database, last)).catch(() => undefined);
  }, BACKEND_POLL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await polling;
      await readBackends(database, last);
      const after = {
        api: processCpuMs(apiPid),
        driver: driverCpuMs(),
        children: exitedChildrenCpuMs(),
        machine: machineBusyMs(),
      };
      let postgres = 0;
      let readable = true;
      for (const [pid, ms] of last) {
        if (ms === undefined) readable = false;
        else postgres += ms - (first.get(pid) ?? 0); // a backend new in the phase counts whole
      }
      const api = after.api !== undefined && before.api !== undefined ? after.api - before.api : undefined;
      const driver = after.driver - before.driver;
      const pgbench = after.children - before.children;
      const machine =
        after.machine !== undefined && before.machine !== undefined ? after.machine - before.machine : undefined;
      const ours = (api ?? 0) + (readable ? postgres : 0) + driver + pgbench;
      return {
        api,
        postgres: readable ? postgres : undefined,
        driver,
        pgbench,
        other: machine !== undefined && api !== undefined && readable ? Math.max(0, machine - ours) : undefined,
      };
    },
  };
}
