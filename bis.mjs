import { createGenerator } from 'ts-json-schema-generator';
import { readFileSync, writeFileSync } from 'node:fs';
const file = 'apps/api/src/platform/openapi/answer-types.ts';
const orig = readFileSync(file, 'utf8');
const props = [...orig.matchAll(/^  (\w+): \w+;$/gm)].map(m => m[1]);
for (const p of props) {
  const text = orig.replace(/export interface Answers \{[\s\S]*?\n\}/, `export interface Answers {\n  ${p}: ${p};\n}`);
  writeFileSync(file, text);
  try { const s = createGenerator({ path: file, tsconfig: 'apps/api/tsconfig.o2.json', type: 'Answers', expose: 'export', topRef: true, jsDoc: 'extended', skipTypeCheck: true }).createSchema('Answers'); console.log('OK', p, JSON.stringify(s.definitions.Answers.properties[p]).slice(0,60)); }
  catch (e) { console.log('FAIL', p, String(e.message).slice(0, 100)); }
}
writeFileSync(file, orig);
