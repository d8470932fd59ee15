import { parseTemplateRef, type TemplateRef } from '@samverkan/agreements';

/** The routine templates the engine ships; a county binds one of these in its agreement. */
export const standardRoutineKeys = [
  'rvc-referral',
  'consultation',
  'child-consultation',
  'agreement-lifecycle',
] as const;
export type StandardRoutineKey = (typeof standardRoutineKeys)[number];

export function isStandardRoutine(ref: string): boolean {
  const parsed: TemplateRef | undefined = parseTemplateRef(ref);
  return parsed !== undefined && (standardRoutineKeys as readonly string[]).includes(parsed.key);
}
