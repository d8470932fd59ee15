// The designer's API types, generated from the committed OpenAPI document (docs/api/openapi.json)
// by openapi-typescript. `npm run designer:api-types` writes them; src/api/schema.spec.ts fails
// when the committed file differs from what this produces (the document changed, types did not).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(import.meta.dirname, '../../..');
export const openApiDocument = path.join(root, 'docs/api/openapi.json');
export const generatedTypes = path.join(root, 'apps/designer/src/api/schema.d.ts');

const header = `/**
 * Generated from docs/api/openapi.json by openapi-typescript: do not edit.
 * Regenerate with \`npm run designer:api-types\` (npm run openapi:update does it too).
 */

`;

/** The TypeScript text for the document's current content. */
export async function apiTypes() {
  const document = JSON.parse(await readFile(openApiDocument, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return header + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(generatedTypes, await apiTypes());
  console.log(`wrote ${path.relative(root, generatedTypes)}`);
}
