import { isRecord } from '../checks/salvage.js';
import { problem, type Problem, type ValidationResult } from '../problem.js';
import { type AgreementVersion } from '../schema/agreement-version.js';
import { validateAgreementTemplate, validateAgreementVersion } from '../schema/validate.js';
import { formatTemplateRef, parseTemplateRef, type TemplateRef } from '../template-ref.js';
import { mergeOverlay } from './merge.js';

/** Finds a published agreement template by reference: the stored JSON, or undefined. The
 * template is validated here, so the lookup may hand over what it read from a file or a row. */
export type TemplateLookup = (ref: TemplateRef) => unknown;

/**
 * The full version: a version without `extends` as it is; one with `extends` merged onto its
 * template's content by the rule in `mergeOverlay` (objects merge, keyed lists merge by key,
 * `null` and `$remove` remove). The result keeps `extends`, so it can be compared with its
 * template, and is validated as a whole: every problem of the merge and of the result at once.
 */
export function resolveAgreement(version: unknown, lookupTemplate: TemplateLookup): ValidationResult<AgreementVersion> {
  if (!isRecord(version) || version['extends'] === undefined) return validateAgreementVersion(version);
  const text = version['extends'];
  const ref = typeof text === 'string' ? parseTemplateRef(text) : undefined;
  if (!ref) {
    return failed(
      problem(
        'extends',
        'invalidTemplateRef',
        'en mallreferens skrivs nyckel@version',
        'a template reference is key@version',
      ),
    );
  }
  const found = lookupTemplate(ref);
  if (found === undefined) {
    return failed(
      problem(
        'extends',
        'unknownTemplate',
        `mallen ${formatTemplateRef(ref)} finns inte`,
        `template ${formatTemplateRef(ref)} does not exist`,
      ),
    );
  }
  const template = validateAgreementTemplate(found);
  if (!template.ok) {
    return failed(
      ...template.problems.map((p) =>
        problem(
          'extends',
          'invalidTemplate',
          `mallen ${formatTemplateRef(ref)} är ogiltig: ${p.path}: ${p.message.sv}`,
          `template ${formatTemplateRef(ref)} is invalid: ${p.path}: ${p.message.en}`,
        ),
      ),
    );
  }
  if (template.value.key !== ref.key || template.value.version !== ref.version) {
    return failed(
      problem(
        'extends',
        'unknownTemplate',
        `uppslaget gav mallen ${template.value.key}@${template.value.version}, inte ${formatTemplateRef(ref)}`,
        `the lookup returned template ${template.value.key}@${template.value.version}, not ${formatTemplateRef(ref)}`,
      ),
    );
  }
  const mergeProblems: Problem[] = [];
  const merged = mergeOverlay(template.value.content, version, mergeProblems);
  const result = validateAgreementVersion(merged);
  if (result.ok && mergeProblems.length === 0) return result;
  return failed(...mergeProblems, ...(result.ok ? [] : result.problems));
}

function failed(...problems: Problem[]): ValidationResult<AgreementVersion> {
  return { ok: false, problems };
}
