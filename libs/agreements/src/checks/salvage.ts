import { z } from 'zod';
import { clauseCitation } from '../schema/clause.js';
import { type AgreementDraft } from './draft.js';

/**
 * Reads what can be read of a raw version: each top-level field that passes its own schema, and
 * in each list every item that passes, at its original index.
 */
export function salvage(shape: Readonly<Record<string, z.ZodType>>, input: unknown): AgreementDraft {
  const draft: Record<string, unknown> = {};
  if (!isRecord(input)) return draft;
  for (const [field, fieldSchema] of Object.entries(shape)) {
    const value = input[field];
    if (value === undefined) continue;
    const schema = fieldSchema instanceof z.ZodOptional ? (fieldSchema.unwrap() as z.ZodType) : fieldSchema;
    if (schema instanceof z.ZodArray && Array.isArray(value)) {
      const element = schema.element as z.ZodType;
      draft[field] = value.map((item: unknown) => {
        const result = element.safeParse(item);
        return result.success ? result.data : undefined;
      });
    } else {
      const result = schema.safeParse(value);
      if (result.success) draft[field] = result.data;
    }
  }
  // The shape is the version's own, so each field holds what its schema says.
  return draft as AgreementDraft;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringField(item: unknown, field: string): string | undefined {
  if (!isRecord(item)) return undefined;
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
}

function keysOf(value: unknown): Set<string> {
  return new Set(list(value).flatMap((item) => stringField(item, 'key') ?? []));
}

/** The keys a raw version declares, read from every item with a string key, valid or not. */
export function declaredKeys(input: unknown) {
  const raw = isRecord(input) ? input : {};
  const costSplit = isRecord(raw['costSplit']) ? raw['costSplit'] : {};
  const clauses = list(raw['clauses']).flatMap((item) => {
    const title = stringField(item, 'title');
    const number = stringField(item, 'number');
    return title === undefined && number === undefined ? [] : [clauseCitation({ number, title: title ?? '' })];
  });
  return {
    party: keysOf(raw['parties']),
    role: keysOf(raw['roles']),
    body: keysOf(raw['bodies']),
    subRegion: keysOf(raw['subRegions']),
    targetGroup: keysOf(raw['targetGroups']),
    source: keysOf(raw['sources']),
    costItem: keysOf(costSplit['items']),
    clause: new Set(clauses),
  };
}
