import { z } from 'zod';

type Schema = Record<string, unknown>;

/** Rewrites the `$ref`s of a schema taken out of its own document. */
function rewriteRefs(value: unknown, refOf: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((inner) => rewriteRefs(inner, refOf));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? refOf(inner) : rewriteRefs(inner, refOf),
    ]),
  );
}

/**
 * A zod schema as OpenAPI 3.1 components: the schema under `name`, and each definition zod
 * factored out (a recursive part, such as a routine's nested states) as a component of its own,
 * `name.key`. zod writes those as `$defs` with references relative to its own document (`#`,
 * `#/$defs/key`), which mean something else inside a larger document.
 */
export function zodComponents(name: string, schema: z.ZodType, io: 'input' | 'output'): Record<string, Schema> {
  const json: Schema = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  const { $schema: _dialect, $defs, ...body } = json as Schema & { $defs?: Record<string, Schema> };
  void _dialect; // the document states its dialect once
  const refOf = (ref: string) =>
    ref === '#' ? `#/components/schemas/${name}` : ref.replace(/^#\/\$defs\//, `#/components/schemas/${name}.`);
  const components: Record<string, Schema> = { [name]: rewriteRefs(body, refOf) as Schema };
  for (const [key, definition] of Object.entries($defs ?? {})) {
    components[`${name}.${key}`] = rewriteRefs(definition, refOf) as Schema;
  }
  return components;
}
