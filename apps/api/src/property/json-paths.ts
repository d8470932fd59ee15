/**
 * Places in a JSON document, to change one a generator picked by number: every object key and
 * array index, in document order, the document itself left out.
 */
export type JsonPath = (string | number)[];

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (!isContainer(value)) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** The path's parent and last step, when the parent is still there (an earlier edit may have replaced it). */
function parentOf(root: unknown, path: JsonPath): { parent: Container; last: string | number } | undefined {
  let node = root;
  for (const step of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[String(step)];
  }
  const last = path.at(-1);
  return isContainer(node) && last !== undefined ? { parent: node, last } : undefined;
}

export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[String(step)];
  }
  return node;
}

export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  const found = parentOf(root, path);
  if (!found) return;
  if (Array.isArray(found.parent)) found.parent[Number(found.last)] = value;
  else found.parent[String(found.last)] = value;
}

/** Removes a key, or an array's item (the items after it move up). */
export function deleteAt(root: unknown, path: JsonPath): void {
  const found = parentOf(root, path);
  if (!found) return;
  if (Array.isArray(found.parent)) found.parent.splice(Number(found.last), 1);
  else delete found.parent[String(found.last)];
}

export function formatPath(path: JsonPath): string {
  return path.join('.');
}
