// Everything the benchmark creates (child processes, a database, a Redis prefix, a proxy) is
// registered here and undone in reverse order: at the end, on an error, and on Ctrl-C.
import process from 'node:process';

const steps = [];
let running;
let interrupted = false;

/** Whether a signal stopped the run (its errors are then the signal's, not failures). */
export const wasInterrupted = () => interrupted;

/** Registers an undo step; returns a function that runs it early (and unregisters it). */
export function onCleanup(label, undo) {
  const step = { label, undo };
  steps.push(step);
  return async () => {
    const index = steps.indexOf(step);
    if (index >= 0) steps.splice(index, 1);
    await undo();
  };
}

export function cleanupAll() {
  running ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop();
      try {
        await step.undo();
      } catch (error) {
        process.stderr.write(`cleanup: ${step.label} failed: ${String(error)}\n`);
      }
    }
  })();
  return running;
}

/** Ctrl-C or a TERM: clean up, then exit with the conventional 128 + signal number. */
export function cleanupOnSignals() {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.once(signal, () => {
      interrupted = true;
      process.stderr.write(`\n${signal}: cleaning up (database, Redis prefix, child processes)…\n`);
      void cleanupAll().finally(() => process.exit(code));
    });
  }
}
