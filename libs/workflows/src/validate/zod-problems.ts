import { type Problem } from '@samverkan/agreements';
import { type z } from 'zod';
import { routineProblem } from './problem.js';

/** Zod's issues as problems with a Swedish and an English message, one per offending path. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? routineProblem(path, 'required', 'Uppgiften saknas.', 'This is required.')
          : routineProblem(
              path,
              'invalidType',
              `Ska vara av typen ${issue.expected}.`,
              `Must be of type ${issue.expected}.`,
            );
      case 'unrecognized_keys':
        return routineProblem(
          path,
          'unknownField',
          `Okända fält: ${issue.keys.join(', ')}.`,
          `Unknown fields: ${issue.keys.join(', ')}.`,
        );
      case 'too_small':
        return routineProblem(
          path,
          'tooSmall',
          `För kort eller för litet (${issue.message}).`,
          `Too small: ${issue.message}.`,
        );
      case 'too_big':
        return routineProblem(
          path,
          'tooBig',
          `För långt eller för stort (${issue.message}).`,
          `Too big: ${issue.message}.`,
        );
      case 'invalid_format':
        return routineProblem(
          path,
          'invalidFormat',
          `Fel form (${issue.message}).`,
          `Invalid format: ${issue.message}.`,
        );
      case 'custom':
      case 'invalid_element':
      case 'invalid_key':
      case 'invalid_union':
      case 'invalid_value':
      case 'not_multiple_of':
        return routineProblem(
          path,
          'invalidValue',
          `Ogiltigt värde (${issue.message}).`,
          `Invalid value: ${issue.message}.`,
        );
    }
  });
}
