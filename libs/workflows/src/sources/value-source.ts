import { type AgreementVersion, type RoutineBinding, clauseCitation, describeDuration } from '@samverkan/agreements';
import { type ParameterSpec, type RoutineSource } from '../definition/routine-definition.js';

/**
 * Where a value that times a deadline, a reminder or an escalation comes from (issue 11: "No
 * invented dates"). A county reads these to confirm every time its routines keep.
 */
export type ValueSource =
  /** The agreement's own text: a clause of this version. */
  | { kind: 'agreement'; clause: string; clauseTitle: string | null }
  /** The county's own choice where its text gives no value, marked in the data with why. */
  | { kind: 'countyChoice'; note: string; clause: string | null }
  /** Taken from the routine template as it is: its default, which the template takes from a source text. */
  | { kind: 'template'; template: string; basis: SeedSource }
  /**
   * The product's default (or common practice), marked as such in the template. `fixed`: written
   * into the template, not a parameter a county sets (an escalation "at once" when a due time passes).
   */
  | { kind: 'productDefault'; template: string; note: string; practice: boolean; fixed: boolean }
  /** Given in each case: by the parties of a role, or when the case is started. */
  | { kind: 'case'; setBy: string[]; note: string }
  /** An optional parameter left unset: the timers it would time are not armed. */
  | { kind: 'notSet'; note: string }
  /** Nothing the view can trace the value to. */
  | { kind: 'unsourced'; reason: string };

export type ValueSourceKind = ValueSource['kind'];

/** A template's value taken from a clause of a source text (a seed). */
export type SeedSource = Extract<RoutineSource, { kind: 'seed' }>;

/** A parameter's value as a binding or the template gives it. */
export type SourcedParameterValue = string | number | boolean | null;

/**
 * A parameter's value and its source: the binding's value, from the clause, the county's choice
 * or the template it names (the binding's own `source` where the value names none); else the
 * template's default, from where the template says (a source text, practice, the product).
 */
export function parameterSource(
  name: string,
  spec: ParameterSpec,
  binding: RoutineBinding,
  template: string,
  version: AgreementVersion,
): { value: SourcedParameterValue; source: ValueSource } {
  const given = binding.parameters?.[name];
  if (given !== undefined) {
    const source = given.source ?? binding.source;
    if (source === 'template') return { value: given.value, source: fromTemplate(spec, template, given.value) };
    if ('clause' in source) {
      return {
        value: given.value,
        source: { kind: 'agreement', clause: source.clause, clauseTitle: titleOf(version, source.clause) },
      };
    }
    return { value: given.value, source: { kind: 'countyChoice', note: source.countyChoice.note, clause: null } };
  }
  if (spec.default !== undefined) return { value: spec.default, source: fromTemplate(spec, template, spec.default) };
  if ((spec.type === 'duration' || spec.type === 'workingDays') && spec.optional) {
    return {
      value: null,
      source: {
        kind: 'notSet',
        note: 'Ingen tid: texten anger ingen, mallen har inget förval och länet har inte satt någon.',
      },
    };
  }
  return { value: null, source: { kind: 'unsourced', reason: 'Parametern har inget värde och mallen inget förval.' } };
}

/** A value taken from the template: its default, traced to where the template has it from. */
function fromTemplate(spec: ParameterSpec, template: string, value: string | number | boolean): ValueSource {
  if (spec.default !== value) {
    return {
      kind: 'unsourced',
      reason:
        spec.default === undefined
          ? `Värdet sägs komma från mallen ${template}, som inte har något förval.`
          : `Värdet sägs komma från mallen ${template}, vars förval är ${String(spec.default)}.`,
    };
  }
  return sourceOfDefault(spec.source, template, false);
}

/** The source a template gives a default or a written duration; a default without one is unsourced. */
export function sourceOfDefault(basis: RoutineSource | undefined, template: string, fixed: boolean): ValueSource {
  if (basis === undefined) return { kind: 'unsourced', reason: `Mallen ${template} anger ingen källa för värdet.` };
  if (basis.kind === 'seed') return { kind: 'template', template, basis };
  return { kind: 'productDefault', template, note: basis.note, practice: basis.kind === 'practice', fixed };
}

export function titleOf(version: AgreementVersion, citation: string): string | null {
  return version.clauses.find((clause) => clauseCitation(clause) === citation)?.title ?? null;
}

/** "punkt 3.1", "§ 8", or an unnumbered section by its title. */
export function citeSv(version: AgreementVersion, citation: string): string {
  if (citation.startsWith('§')) return citation;
  const numbered = version.clauses.some((clause) => clause.number === citation);
  return numbered ? `punkt ${citation}` : `avsnittet ”${citation}”`;
}

/** The source in Swedish, for the county that confirms it. */
export function describeSource(source: ValueSource, version: AgreementVersion): string {
  switch (source.kind) {
    case 'agreement':
      return `Överenskommelsens text, ${citeSv(version, source.clause)}${source.clauseTitle ? ` (${source.clauseTitle})` : ''}`;
    case 'countyChoice':
      return `Länets eget val${source.clause ? ` (till ${citeSv(version, source.clause)})` : ''}: ${source.note}`;
    case 'template': {
      const { seed, clause, quote } = source.basis;
      return `Ur rutinmallen ${source.template}, som har värdet från källtext ${seed}, punkt ${clause}${quote ? `: ”${quote}”` : ''}`;
    }
    case 'productDefault': {
      const what = `${source.fixed ? 'Fast i rutinmallen' : 'Produktens förval i rutinmallen'} ${source.template}`;
      const practice = source.practice ? ', efter gängse barnahusarbete' : '';
      // A note that only repeats "the product's default" adds nothing to the words before it.
      const note = /^Produktens förval\.?$/.test(source.note) ? '' : `: ${source.note}`;
      return `${what}${practice}${note}`;
    }
    case 'case':
      return `I ärendet: ${source.note}`;
    case 'notSet':
      return `Inte satt: ${source.note}`;
    case 'unsourced':
      return `Saknar källa: ${source.reason}`;
  }
}

/** A duration in Swedish words, "genast" for none. */
export function durationText(duration: string): string {
  return /^P(?:T)?0+[A-Z]?$|^PT0S$|^P0D$/.test(duration) ? 'genast' : describeDuration(duration);
}
