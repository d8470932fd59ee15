/**
 * How much work expanding recurrences may take, counted in reads of a rule's options by rrule.
 *
 * rrule walks a rule's candidate days one by one from its start and reads the rule's options
 * for each (about 17 reads per candidate day of a daily rule, some 6,600 reads per year of
 * candidates). Its iterator callback sees matches only, so it cannot stop a rule that never
 * matches (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`): rrule then walks every day up to the year
 * 9999, some 50 million reads or ten seconds of a blocked process. Every read is charged to a
 * budget instead; when it runs out the expansion stops and says so (expand-recurrence.ts).
 */
export class ExpansionBudget {
  #remaining: number;
  readonly #parent: ExpansionBudget | undefined;

  constructor(reads: number, parent?: ExpansionBudget) {
    this.#remaining = reads;
    this.#parent = parent;
  }

  /** A budget for one part of the work: at most `reads`, and never more than this one has left. */
  part(reads: number): ExpansionBudget {
    return new ExpansionBudget(reads, this);
  }

  get exhausted(): boolean {
    return this.#remaining <= 0 || (this.#parent?.exhausted ?? false);
  }

  /** Charges one read; throws BudgetExhausted when nothing is left here or above. */
  spend(): void {
    this.#remaining -= 1;
    if (this.#remaining < 0) throw new BudgetExhausted();
    this.#parent?.spend();
  }
}

/** Thrown through rrule to stop a walk; caught where the walk began (expand-recurrence.ts). */
export class BudgetExhausted extends Error {
  constructor() {
    super('The expansion budget is exhausted');
  }
}

/**
 * Reads one check of a rule may take (validation: its first occurrence within
 * RECURRENCE_HORIZON_YEARS). Ten years of the costliest rule, a daily one, are about 66,000
 * reads; a quarter of a million leaves room for any rule and stops a rule that never occurs
 * after about 70 ms.
 */
export const READS_PER_CHECK = 250_000;

/**
 * Reads all the checks of one validation may take together: ten rules that never occur, each
 * walked for its whole check budget (under a second). Rules that do occur cost little (their
 * first occurrence is near), so a sound agreement never comes close.
 */
export const READS_PER_VALIDATION = 2_500_000;

/**
 * Reads one expansion in a view may take (one body's meetings in a calendar, one commitment's
 * next date): about 75 years of a daily rule's candidate days, some 130 ms. rrule walks from the
 * rule's first start, so this also bounds how far from the start a view can reach.
 */
export const READS_PER_EXPANSION = 500_000;

/** Reads all the expansions of one view (a calendar, a party's obligations) may take: about 0.5 s. */
export const READS_PER_VIEW = 2_000_000;
