import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

// The designer bundles this library for the browser (apps/designer): nothing outside the tests
// may import a Node built-in, or the bundle would carry a stub that fails at run time.
const src = import.meta.dirname;
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [file] : [];
  });
}

describe('the library in the browser', () => {
  it('imports no Node built-in outside its tests', () => {
    const offending = sources(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => builtins.has(specifier.split('/')[0] ?? '') || specifier.startsWith('node:'))
        .map((specifier) => `${path.relative(src, file)}: ${specifier}`),
    );
    expect(sources(src).length).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });
});
