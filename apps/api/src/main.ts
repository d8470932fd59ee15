import 'reflect-metadata';
import path from 'node:path';
import { type Samverkan, startSamverkan } from './bootstrap.js';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { EmbeddedPostgresError } from './platform/database/embedded-postgres-error.js';
import { UnreachableServiceError } from './platform/database/probe.js';

const workspaceRoot = process.env['SAMVERKAN_HOME'] ?? path.resolve(import.meta.dirname, '../../..');

function fail(message: string): never {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', context: 'Samverkan', message })}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, workspaceRoot);
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }
  // Signals are handled from the first moment: a SIGTERM that arrives while the process is
  // still starting (its workers may already be running) waits for the start, then drains.
  const running: { samverkan?: Samverkan } = {};
  let stopRequested: string | undefined;
  const stop = (signal: string) => {
    if (stopRequested) return;
    stopRequested = signal;
    process.stdout.write(
      `${JSON.stringify({ level: 'log', context: 'Samverkan', message: `${signal}: draining and stopping` })}\n`,
    );
    const timer = setTimeout(
      () => fail(`Shutdown took longer than ${config.shutdownTimeoutMs} ms`),
      config.shutdownTimeoutMs,
    );
    timer.unref();
    if (running.samverkan) void close(running.samverkan);
  };
  const close = (started: Samverkan) =>
    started.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`Shutdown failed: ${String(error)}`),
    );
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  running.samverkan = await startSamverkan(config);
  if (stopRequested) await close(running.samverkan);
}

main().catch((error: unknown) => {
  if (error instanceof UnreachableServiceError || error instanceof EmbeddedPostgresError) fail(error.message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
