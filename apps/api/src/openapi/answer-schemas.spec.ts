import { readFile, writeFile } from 'node:fs/promises';
import { ANSWER_SCHEMAS, answerSchemasSource, generateAnswerSchemas } from '../testing/answer-schemas.js';

// The published answer schemas are generated from the types the controllers return: this spec
// fails when a type changed and `npm run openapi:update` was not run (UPDATE_OPENAPI=1 writes).
describe('answer schemas', () => {
  const generated = generateAnswerSchemas();

  it('match the answer types (npm run openapi:update refreshes them)', async () => {
    const source = answerSchemasSource(generated.schemas);
    if (process.env.UPDATE_OPENAPI === '1') await writeFile(ANSWER_SCHEMAS, source);
    const committed = await readFile(ANSWER_SCHEMAS, 'utf8').catch(() => 'missing: run npm run openapi:update');
    expect(committed).toBe(source);
  });

  it('publish each answer under its own type name', () => {
    for (const [name, schema] of Object.entries(generated.answers)) {
      expect({ name, schema }).toEqual({ name, schema: { $ref: `#/components/schemas/${name}` } });
      expect(generated.schemas[name]).toBeDefined();
    }
  });
});
