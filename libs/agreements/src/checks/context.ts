import { ExpansionBudget, READS_PER_VALIDATION } from '../calculators/expansion-budget.js';
import { type CalculatorProblem } from '../calculators/problems.js';
import { type Problem, problem } from '../problem.js';
import { type AgreementDraft } from './draft.js';

export type RefKind = 'party' | 'role' | 'body';

const refKindWords: Record<RefKind, { sv: string; en: string }> = {
  party: { sv: 'part', en: 'party' },
  role: { sv: 'roll', en: 'role' },
  body: { sv: 'grupp', en: 'body' },
};

/**
 * What the relation checks need: the draft, and the keys the raw input declares (read from every
 * item that has a string key, even one that failed the schema, so that a broken party does not
 * also make every reference to it "unknown").
 */
export class CheckContext {
  readonly problems: Problem[] = [];
  /** What checking the recurrences of this input may cost together (see check-cadence). */
  readonly budget = new ExpansionBudget(READS_PER_VALIDATION);

  constructor(
    readonly draft: AgreementDraft,
    readonly declared: {
      party: ReadonlySet<string>;
      role: ReadonlySet<string>;
      body: ReadonlySet<string>;
      subRegion: ReadonlySet<string>;
      targetGroup: ReadonlySet<string>;
      source: ReadonlySet<string>;
      costItem: ReadonlySet<string>;
      clause: ReadonlySet<string>;
    },
  ) {}

  report(path: string | readonly PropertyKey[], code: string, sv: string, en: string): void {
    this.problems.push(problem(path, code, sv, en));
  }

  /**
   * Reports what a calculator refused, at the path it was given, under the validation form of
   * its code (INVALID_RRULE: invalidRrule), so that validation refuses it before a view does.
   */
  reportCalculated(problems: readonly CalculatorProblem[]): void {
    for (const found of problems) {
      const code = found.code.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
      this.report(found.path, code, found.message.sv, found.message.en);
    }
  }

  kindOf(key: string): RefKind | undefined {
    if (this.declared.party.has(key)) return 'party';
    if (this.declared.role.has(key)) return 'role';
    if (this.declared.body.has(key)) return 'body';
    return undefined;
  }

  /** Reports a reference to a key that is not declared, or declared as another kind of thing. */
  expectRef(key: string, allowed: readonly RefKind[], path: readonly PropertyKey[]): void {
    const kind = this.kindOf(key);
    const expected = {
      sv: allowed.map((k) => refKindWords[k].sv).join(' eller '),
      en: allowed.map((k) => refKindWords[k].en).join(' or '),
    };
    if (kind === undefined) {
      const [only] = allowed;
      const code =
        allowed.length === 1 && only ? `unknown${only.charAt(0).toUpperCase()}${only.slice(1)}` : 'unknownReference';
      this.report(path, code, `okänd ${expected.sv}: "${key}"`, `unknown ${expected.en}: "${key}"`);
    } else if (!allowed.includes(kind)) {
      this.report(
        path,
        'wrongReferenceKind',
        `"${key}" är en ${refKindWords[kind].sv}, här krävs en ${expected.sv}`,
        `"${key}" is a ${refKindWords[kind].en}; a ${expected.en} is required here`,
      );
    }
  }

  expectSubRegion(key: string, path: readonly PropertyKey[]): void {
    if (!this.declared.subRegion.has(key)) {
      this.report(path, 'unknownSubRegion', `okänd länsdel: "${key}"`, `unknown sub-region: "${key}"`);
    }
  }

  /** Reports a key listed twice in one list. */
  expectDistinct(keys: readonly string[], path: readonly PropertyKey[]): void {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (seen.has(key)) {
        this.report([...path, index], 'duplicateEntry', `"${key}" står två gånger`, `"${key}" is listed twice`);
      }
      seen.add(key);
    });
  }
}
