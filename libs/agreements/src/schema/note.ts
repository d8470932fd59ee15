import { z } from 'zod';
import { clauseRefSchema, textSchema } from './primitives.js';

/** What the text says about the cooperation itself that no other field holds, e.g. why an
 * earlier model was closed. */
export const noteSchema = z.strictObject({ text: textSchema, clause: clauseRefSchema });
export type Note = z.infer<typeof noteSchema>;
