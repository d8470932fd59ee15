// The built API as its own process (`node apps/api/dist/main.js`), as in production: the load
// driver and the server never share an event loop.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup.mjs';

export const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const mainJs = path.join(workspaceRoot, 'apps/api/dist/main.js');
const OUTPUT_TAIL = 20_000; // characters of the process's output kept for an error message

export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the API with the given environment (DATABASE_URL, REDIS_URL, QUEUE_PREFIX, ROLE…) and
 * waits until /health answers 200. `nodeOptions` go before the script (e.g. --cpu-prof).
 */
export async function startApi(env, { nodeOptions = [] } = {}) {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeOptions, mainJs], {
    cwd: workspaceRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const stop = onCleanup(`stop API pid ${child.pid}`, async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    await exited;
    clearTimeout(timer);
  });
  const api = { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, output: () => output, stop };
  await waitForHealth(api, exited);
  return api;
}

async function waitForHealth(api, exited) {
  let gone = false;
  void exited.then(() => (gone = true));
  const until = Date.now() + 120_000;
  while (Date.now() < until && !gone) {
    try {
      const response = await fetch(`${api.baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The API did not become healthy (${gone ? 'it exited' : 'timeout'}). Output:\n${api.output()}`);
}
