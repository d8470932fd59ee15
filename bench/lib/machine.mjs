// What the figures were measured on: they mean nothing without it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import { workspaceRoot } from './api-process.mjs';
import { pgbenchVersion } from './pgbench.mjs';
import { durabilitySettings, postgresVersion } from './servers.mjs';

function cpuModel() {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

function commit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: workspaceRoot }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], { cwd: workspaceRoot })
      .toString()
      .trim();
    return dirty ? `${sha} with uncommitted changes in apps/ or libs/` : sha;
  } catch {
    return 'unknown';
  }
}

export const loadAverage = () => os.loadavg()[0];

export async function describeMachine() {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: commit(),
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    postgres: await postgresVersion(),
    pgbench: await pgbenchVersion(),
    durability: await durabilitySettings(),
  };
}
