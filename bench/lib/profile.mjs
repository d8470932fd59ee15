// A V8 CPU profile (`node --cpu-prof`) of the API process, summed by self time: by package and
// by function, idle left out, and only the samples inside the given windows (the timed phases,
// not the start-up). V8 stamps samples with the monotonic clock, the same one that
// `process.hrtime` reads in the driver, so the windows are the driver's. Enough to see what
// dominates; open the file in Chrome DevTools for the whole picture.
import { readFileSync } from 'node:fs';

function owner(url, functionName) {
  if (!url) return `(${functionName || 'native'})`.replace(/^\(\((.*)\)\)$/, '($1)');
  const modules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return modules[1];
  const lib = /\/libs\/([^/]+)\//.exec(url);
  if (lib) return `@samverkan/${lib[1]}`;
  if (url.includes('/apps/api/')) return 'apps/api';
  if (url.startsWith('node:')) return 'node (built-in modules)';
  return url;
}

/** `windows`: [from, to] pairs in microseconds of the monotonic clock. */
export function summariseProfile(file, windows, top = 12) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const label = (id) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const who = owner(url, functionName);
    return { who, name: `${functionName || '(anonymous)'} ${who}${url ? `:${lineNumber + 1}` : ''}` };
  };
  // Inclusive time of the project's own functions: each function once per sample, however deep
  // it recurs. Only synchronous stacks: an async function's time after an await is its own.
  const inclusive = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (!windows.some(([from, to]) => at >= from && at <= to)) return;
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000);
    const seen = new Set();
    for (let node = id; node !== undefined; node = parents.get(node)) {
      const { who, name } = label(node);
      if ((who === 'apps/api' || who.startsWith('@samverkan/')) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + delta / 1000);
      }
    }
  });
  const byOwner = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const [id, ms] of selfMs) {
    if (nodes.get(id).callFrame.functionName === '(idle)') continue;
    busy += ms;
    const { who, name } = label(id);
    byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const ranked = (map, count = top) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms, share: ms / busy }));
  return { busyMs: busy, byOwner: ranked(byOwner), byFunction: ranked(byFunction), byOwnCode: ranked(inclusive, 20) };
}
