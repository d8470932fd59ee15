import { DateTime } from 'luxon';
import { type CalendarEntry } from './calendar-entry.js';
import { formatDate } from './dates.js';
import { type ExpansionBudget, READS_PER_EXPANSION } from './expansion-budget.js';
import { occurrencesBetween } from './expand-recurrence.js';
import { type Recurrence } from './recurrence.js';

/**
 * The most entries one calendar answer holds (JSON or iCalendar): a year of weekly meetings of
 * some 40 bodies, well under a megabyte. Without it, daily meetings of many bodies over the
 * ten-year range made answers of over 100 MB and an .ics that blocked for minutes. A longer
 * calendar is fetched in parts: each answer says through which day it is complete.
 */
export const CALENDAR_MAX_ENTRIES = 2000;

/** Whose entries: a party's, a body's, or the whole agreement's. */
export type CalendarScope = { kind: 'party'; key: string } | { kind: 'body'; key: string } | { kind: 'agreement' };

/** Why a calendar answer lacks entries of its range, and which. */
export type CalendarTruncation =
  | {
      /** More than CALENDAR_MAX_ENTRIES entries: those after `completeThrough` are left out. */
      reason: 'entryLimit';
      limit: number;
      /** Every entry in scope through this day is in the answer; null when not even the first day is whole. */
      completeThrough: string | null;
      message: { sv: string; en: string };
    }
  | {
      /** A recurrence could not be expanded through the range within its budget. */
      reason: 'expansionBudget';
      /** The rule, as a dot path of the calculator's input (`bodies.2.cadence.rrule`). */
      path: string;
      /** Its occurrences are known through this day; null when none was found in the range. */
      completeThrough: string | null;
      message: { sv: string; en: string };
    };

/** An entry and the instant it sorts by. */
export interface Timed {
  at: DateTime;
  entry: CalendarEntry;
}

/** A recurrence whose occurrences become entries: a body's meetings, a recurring commitment. */
export interface RecurringSource {
  recurrence: Recurrence;
  /** The rule, as a dot path of the calculator's input (`bodies.2.cadence.rrule`). */
  path: string;
  toTimed: (at: DateTime) => Timed;
}

/** The first window of the walk over a range; each next one is twice as long (see expandAll). */
const firstWindowDays = 7;

/**
 * Gathers a calendar's entries within its limits. Entries are kept in time order up to the
 * limit; recurrences are expanded window by window from the range's start, and each only up to
 * the instant of the last entry that can still fit (the cutoff), so many daily bodies cost
 * about as much as the entries the answer can hold. What is left out is remembered by its
 * earliest instant, and the answer is cut at the whole day before it, so that asking again from
 * the next day continues it without gaps or repeats.
 */
export class EntryCollector {
  #entries: Timed[] = [];
  #firstLeftOut: DateTime | undefined;
  #cutoff: DateTime | undefined;
  readonly #exhausted: CalendarTruncation[] = [];

  constructor(
    private readonly maxEntries: number,
    private readonly budget: ExpansionBudget,
    private readonly scope: CalendarScope,
  ) {}

  /** Whether entries naming these parties and this body belong to the scope (as forParty, forBody). */
  inScope(partyKeys: readonly string[], bodyKey: string | undefined): boolean {
    switch (this.scope.kind) {
      case 'party':
        return partyKeys.includes(this.scope.key);
      case 'body':
        return bodyKey === this.scope.key;
      case 'agreement':
        return true;
    }
  }

  add(items: readonly Timed[]): void {
    this.#entries.push(...items.filter(({ entry }) => this.inScope(entry.partyKeys, entry.bodyKey)));
    this.#prune();
  }

  /**
   * Expands the recurrences over the range in windows of 7, 14, 28… days, or over all that is
   * left once the answer is full: rrule starts each walk near its window (startFor), so a
   * window costs its own occurrences, and once the cutoff is known each rule stops at its first
   * occurrence after it. A rule whose budget ran out is not walked again.
   */
  expandAll(sources: readonly RecurringSource[], range: { from: DateTime; to: DateTime }): void {
    let pending = [...sources];
    let from = range.from.startOf('day');
    for (let days = firstWindowDays; from <= range.to && pending.length > 0; days *= 2) {
      const to = this.#cutoff === undefined ? DateTime.min(range.to, from.plus({ days: days - 1 })) : range.to;
      const window = { from, to };
      pending = pending.filter((source) => this.#expand(source, window, range.from));
      from = to.plus({ days: 1 }).startOf('day');
    }
  }

  /**
   * Whether the source is to be walked in the next window too: not when it was stopped, by the
   * limit (its later occurrences cannot fit either) or by its budget (they are unknown).
   */
  #expand(source: RecurringSource, window: { from: DateTime; to: DateTime }, rangeFrom: DateTime): boolean {
    const expansion = occurrencesBetween(source.recurrence, window.from, window.to, {
      budget: this.budget.part(READS_PER_EXPANSION),
      limit: this.maxEntries,
      cutoff: () => this.#cutoff,
    });
    this.add(expansion.occurrences.map(source.toTimed));
    const stopped = expansion.stopped;
    if (stopped === undefined) return true;
    if (stopped.reason === 'limit') {
      this.#leaveOut(stopped.next);
      return false;
    }
    // Every window before this one was walked whole.
    const last = expansion.occurrences.at(-1)?.startOf('day') ?? window.from.minus({ days: 1 });
    const through = last < rangeFrom.startOf('day') ? null : formatDate(last);
    this.#exhausted.push({
      reason: 'expansionBudget',
      path: source.path,
      completeThrough: through,
      message: {
        sv: `Upprepningsregeln ${source.path} kunde inte räknas ut för hela perioden inom gränsen för beräkningar; dess tillfällen är kända ${through === null ? 'inte alls' : `t.o.m. ${through}`}.`,
        en: `The recurrence ${source.path} could not be expanded over the whole range within the computation limit; its occurrences are known ${through === null ? 'not at all' : `through ${through}`}.`,
      },
    });
    return false;
  }

  /** The entries in time order, cut as the limits require, and why they were cut. */
  result(from: DateTime): { entries: CalendarEntry[]; truncated: boolean; truncation: CalendarTruncation[] } {
    const sorted = [...this.#entries].sort(byTime);
    const truncation: CalendarTruncation[] = [];
    let kept = sorted;
    const leftOut = this.#firstLeftOut;
    if (leftOut !== undefined) {
      const lastWholeDay = leftOut.startOf('day').minus({ days: 1 });
      const whole = lastWholeDay >= from.startOf('day');
      const through = whole ? formatDate(lastWholeDay) : null;
      // Not even the first day fits: give what fits of it rather than nothing.
      if (through !== null) kept = sorted.filter(({ entry }) => entry.date <= through);
      truncation.push({
        reason: 'entryLimit',
        limit: this.maxEntries,
        completeThrough: through,
        message: {
          sv: `Svaret har högst ${this.maxEntries} poster och är fullständigt ${through === null ? 'inte ens för första dagen' : `t.o.m. ${through}; hämta resten från dagen efter`}.`,
          en: `An answer holds at most ${this.maxEntries} entries; this one is complete ${through === null ? 'not even for its first day' : `through ${through}; ask from the day after for the rest`}.`,
        },
      });
    }
    truncation.push(...this.#exhausted);
    return { entries: kept.map(({ entry }) => entry), truncated: truncation.length > 0, truncation };
  }

  #leaveOut(at: DateTime): void {
    if (this.#firstLeftOut === undefined || at < this.#firstLeftOut) this.#firstLeftOut = at;
  }

  // Keeps the earliest maxEntries entries; the cutoff is the instant of the last one kept.
  #prune(): void {
    if (this.#entries.length < this.maxEntries) return;
    this.#entries.sort(byTime);
    const dropped = this.#entries[this.maxEntries];
    if (dropped !== undefined) this.#leaveOut(dropped.at);
    this.#entries.length = this.maxEntries;
    this.#cutoff = this.#entries[this.maxEntries - 1]?.at;
  }
}

export function byTime(a: Timed, b: Timed): number {
  return a.at.toMillis() - b.at.toMillis() || compare(a.entry.kind, b.entry.kind) || compare(a.entry.uid, b.entry.uid);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
