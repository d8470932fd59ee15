// The routine alone, in memory: what an event costs before any durability. Two figures: the
// transition itself (applyEvent on a snapshot in memory), and the same with what the API does
// around it for every event today without I/O (compile the routine, restore the stored
// snapshot from its JSON text, serialise the new one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyEvent, compileRoutine, restoreSnapshot, rvcReferral, startRoutine } from '@samverkan/workflows';
import { workspaceRoot } from './api-process.mjs';
import { AGREEMENT, CASE_WALK, START } from './driver.mjs';

function rvcBinding() {
  const file = path.join(workspaceRoot, 'config/agreements/jamtland.json');
  const agreement = JSON.parse(readFileSync(file, 'utf8'));
  if (agreement.key !== AGREEMENT) throw new Error(`${file} is not ${AGREEMENT}`);
  const binding = agreement.routines.find((routine) => routine.key === START.routine);
  if (!binding) throw new Error(`${AGREEMENT} binds no ${START.routine}`);
  return binding;
}

const serialise = (snapshot) => JSON.stringify({ value: snapshot.value, context: snapshot.context });

/** Runs `walk()` (which returns how many events it applied) for about `ms`; events per second. */
function rate(ms, walk) {
  const until = performance.now() + ms;
  const began = performance.now();
  let events = 0;
  while (performance.now() < until) events += walk();
  return events / ((performance.now() - began) / 1000);
}

export function measureTransitions({ ms = 2000 } = {}) {
  const binding = rvcBinding();
  const routine = compileRoutine(rvcReferral, binding);
  const at = () => new Date().toISOString();
  // XState snapshots are immutable: every walk starts from the same initial one.
  // The target-group facts are the API's to check and keep (caseFactsOf); the routine gets the rest.
  const initial = startRoutine(routine, { homeMunicipality: START.input.homeMunicipality }, at()).snapshot;
  const inMemory = () => {
    let snapshot = initial;
    for (const step of CASE_WALK) snapshot = applyEvent(routine, snapshot, step.event, at()).snapshot;
    return CASE_WALK.length;
  };
  const asTheApiDoes = () => {
    let stored = serialise(initial);
    for (const step of CASE_WALK) {
      const compiled = compileRoutine(rvcReferral, binding);
      stored = serialise(applyEvent(compiled, restoreSnapshot(compiled, stored), step.event, at()).snapshot);
    }
    return CASE_WALK.length;
  };
  const compileOnly = () => (compileRoutine(rvcReferral, binding), 1);
  // Warm the JIT on each before timing.
  rate(ms / 4, inMemory);
  rate(ms / 4, asTheApiDoes);
  rate(ms / 4, compileOnly);
  return {
    transitionsPerSecond: rate(ms, inMemory),
    withCompileRestoreSerialisePerSecond: rate(ms, asTheApiDoes),
    compilesPerSecond: rate(ms, compileOnly),
  };
}
