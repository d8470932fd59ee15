import { formatTemplateRef } from '@samverkan/agreements';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { agreementLifecycle } from './agreement-lifecycle.js';
import { childConsultation } from './child-consultation.js';
import { consultation } from './consultation.js';
import { consultation2 } from './consultation-2.js';
import { rvcReferral } from './rvc-referral.js';

/** The routine templates the product ships, by `key@version` as agreements bind them. */
export const standardRoutines: Readonly<Record<string, RoutineDefinition>> = Object.fromEntries(
  [rvcReferral, consultation, consultation2, childConsultation, agreementLifecycle].map((definition) => [
    formatTemplateRef({ key: definition.key, version: definition.version }),
    definition,
  ]),
);

/** The standard definition an agreement's `template` reference names, if it is one. */
export function findStandardRoutine(ref: string): RoutineDefinition | undefined {
  return Object.hasOwn(standardRoutines, ref) ? standardRoutines[ref] : undefined;
}
