import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as agreements from '@samverkan/agreements';
import * as workflows from '@samverkan/workflows';
import {
  BaseType,
  type CompletedConfig,
  type Config,
  DEFAULT_CONFIG,
  type Definition,
  type SubNodeParser,
  type SubTypeFormatter,
  SchemaGenerator,
  createFormatter,
  createParser,
  createProgram,
} from 'ts-json-schema-generator';
import ts from 'typescript';
import { z } from 'zod';
import { zodComponents } from '../platform/openapi/zod-components.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ANSWER_TYPES = path.join(apiRoot, 'src/openapi/answer-types.ts');
export const ANSWER_SCHEMAS = path.join(apiRoot, 'src/openapi/answer-schemas.generated.ts');

type Schema = Record<string, unknown>;
const ZOD_MARK = 'x-zod-schema';

/** A type inferred from a zod schema (`z.infer<typeof fooSchema>`), by the schema's name. */
class ZodInferredType extends BaseType {
  constructor(readonly schemaName: string) {
    super();
  }
  getId(): string {
    return `zod-${this.schemaName}`;
  }
}

/**
 * The generator reads type syntax and cannot evaluate zod's inference; the libraries' schema
 * types are `z.infer<typeof …Schema>`. Such a type becomes a mark naming its schema, which
 * `materialise` replaces with the schema's own JSON Schema (zod's toJSONSchema): the published
 * answer then says exactly what the validation accepts.
 */
class ZodInferParser implements SubNodeParser {
  supportsNode(node: ts.Node): boolean {
    return (
      ts.isTypeReferenceNode(node) &&
      /^z\.(infer|output|input)$/.test(node.typeName.getText()) &&
      node.typeArguments?.[0] !== undefined &&
      ts.isTypeQueryNode(node.typeArguments[0])
    );
  }
  createType(node: ts.Node): BaseType {
    const query = (node as ts.TypeReferenceNode).typeArguments?.[0] as ts.TypeQueryNode;
    return new ZodInferredType(query.exprName.getText());
  }
}

class ZodInferFormatter implements SubTypeFormatter {
  supportsType(type: BaseType): boolean {
    return type instanceof ZodInferredType;
  }
  getDefinition(type: ZodInferredType): Definition {
    return { [ZOD_MARK]: type.schemaName } as Definition;
  }
  getChildren(): BaseType[] {
    return [];
  }
}

const librarySchemas = { ...agreements, ...workflows } as Record<string, unknown>;

/** The components of the zod schema the libraries export under `name` (zod-components.ts). */
function zodSchemaComponents(name: string): Record<string, Schema> {
  const schema = librarySchemas[name];
  if (!(schema instanceof z.ZodType))
    throw new Error(`${name} is not a zod schema the libraries export: export it, or declare the type as an interface`);
  return zodComponents(name, schema, 'output');
}

/**
 * Replaces each zod mark with a reference to its schema's component (collected in `zodParts`),
 * and `#/definitions/X` (draft 07, as the generator writes) with `#/components/schemas/X`.
 */
function materialise(value: unknown, zodParts: Record<string, Schema>): unknown {
  if (Array.isArray(value)) return value.map((inner) => materialise(inner, zodParts));
  if (value === null || typeof value !== 'object') return value;
  const mark = (value as Schema)[ZOD_MARK];
  if (typeof mark === 'string') {
    Object.assign(zodParts, zodSchemaComponents(mark));
    return { $ref: `#/components/schemas/${mark}` };
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace('#/definitions/', '#/components/schemas/')
        : materialise(inner, zodParts),
    ]),
  );
}

/**
 * JSON Schema of every answer type named in answer-types.ts's `Answers` (and of the types they
 * use), by name, sorted: the content of answer-schemas.generated.ts. `Answers` is the only root,
 * so a class or helper that shares a file with a view does not leak into the document; it is
 * returned apart, to check that each of its keys names its own type.
 */
export function generateAnswerSchemas(): { schemas: Record<string, Schema>; answers: Record<string, Schema> } {
  const config: CompletedConfig = {
    ...DEFAULT_CONFIG,
    path: ANSWER_TYPES,
    tsconfig: path.join(apiRoot, 'tsconfig.openapi.json'),
    type: 'Answers',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  } satisfies Config;
  const program = createProgram(config);
  const parser = createParser(program, config, (chain) => chain.addNodeParser(new ZodInferParser()));
  const formatter = createFormatter(config, (chain) => chain.addTypeFormatter(new ZodInferFormatter()));
  const generator = new SchemaGenerator(program, parser, formatter, config);
  const { Answers: root, ...definitions } = generator.createSchema('Answers').definitions as Record<string, Schema>;
  const all: Record<string, Schema> = {};
  for (const [name, definition] of Object.entries(definitions)) all[name] = materialise(definition, all) as Schema;
  const schemas = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [name, all[name] as Schema]),
  );
  const answers = materialise((root as { properties: Record<string, Schema> }).properties, {}) as Record<string, Schema>;
  return { schemas, answers };
}

export function answerSchemasSource(schemas: Record<string, Schema>): string {
  return (
    '// Generated by `npm run openapi:update` from answer-types.ts (ts-json-schema-generator); do not edit.\n' +
    '// The answer-schemas spec fails when it no longer matches the types.\n' +
    '// Typed loosely on purpose: inferring the literal would cost the type-checker more than it gives.\n' +
    `export const answerSchemas: Record<string, Record<string, unknown>> = ${JSON.stringify(schemas, null, 2)};\n`
  );
}
