import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';

/**
 * A schema the document publishes: an answer type of src/openapi/answer-types.ts, or one taken
 * from a zod schema. A plain name (platform knows no feature's types); the bootstrap spec fails
 * on a name the document does not define.
 */
export type AnswerName = string;

export const schemaRef = (name: AnswerName) => ({ $ref: `#/components/schemas/${name}` });

interface AnswerOptions {
  /** The success status (200 unless stated). */
  status?: number;
  /** The answer is a list of these. */
  list?: boolean;
  description?: string;
}

/** A route's JSON answer, by the name of its type in answer-types.ts. */
export function Answers(name: AnswerName, options: AnswerOptions = {}) {
  const schema = options.list ? { type: 'array' as const, items: schemaRef(name) } : schemaRef(name);
  return ApiResponse({ status: options.status ?? 200, description: options.description ?? name, schema });
}

/** A route that answers with a document rather than JSON: HTML, a PDF, a calendar. */
export function AnswersFile(contentType: string, description: string, format: 'binary' | 'text' = 'text') {
  return applyDecorators(
    ApiProduces(contentType),
    ApiResponse({
      status: 200,
      description,
      content: { [contentType]: { schema: format === 'binary' ? { type: 'string', format: 'binary' } : { type: 'string' } } },
    }),
  );
}
