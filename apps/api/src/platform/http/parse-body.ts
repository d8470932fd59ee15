import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Parses a request body at the edge: 422 with every offending path, or the typed value. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown, where = '(body)'): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems: FieldProblem[] = parsed.error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : where,
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', 422, 'The request body is invalid', { problems });
}
