import { readFile } from 'node:fs/promises';
import { apiTypes, generatedTypes } from '../../scripts/api-types.mjs';

describe('the generated API types (src/api/schema.d.ts)', () => {
  it('match the committed OpenAPI document: run `npm run designer:api-types` after `npm run openapi:update`', async () => {
    const committed = await readFile(generatedTypes, 'utf8');
    expect(committed === (await apiTypes())).toBe(true);
  });
});
