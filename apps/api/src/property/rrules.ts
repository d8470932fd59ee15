import { MAX_RRULE_COUNT, MAX_RRULE_INTERVAL } from '@samverkan/agreements';
import fc from 'fast-check';
import { junkString } from './junk.js';

/**
 * RRULEs as a strategist might write them (libs/agreements/src/schema/rrule.ts lists the parts
 * taken): each part now and then, with values in range, at its edges and just beyond, in random
 * combinations, so rules that never occur (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`), rules whose
 * BYSETPOS finds nothing, and the largest COUNT and INTERVAL come up; and text that is no rule.
 */
/** A part in one rule of four. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });
/** Mostly a value in range, now and then one at or beyond the edge. */
const edgy = <T>(inRange: fc.Arbitrary<T>, beyond: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: inRange, weight: 6 }, { arbitrary: beyond, weight: 1 });

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const signedIn = (max: number) =>
  edgy(
    fc.integer({ min: -max, max }).filter((n) => n !== 0),
    fc.constantFrom(0, max + 1, -(max + 1)),
  );
const listOf = (item: fc.Arbitrary<number | string>) =>
  fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.join(','));

const byDay = listOf(
  fc
    .tuple(fc.option(signedIn(53), { nil: undefined, freq: 2 }), fc.constantFrom(...weekdays))
    .map(([n, d]) => `${n ?? ''}${d}`),
);
const until = edgy(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replaceAll('-', '')),
  fc.constantFrom('20230230', '20261301', '99991231', '00010101', '20260101T090000Z', '20260101T090000', '2026-01-01'),
);
const bound = (max: number) =>
  edgy(fc.integer({ min: 1, max: 12 }), fc.constantFrom(max, max + 1, 10 * max, 2 ** 31, 0));

export const wellFormedRrules: fc.Arbitrary<string> = fc
  .record({
    FREQ: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    INTERVAL: sometimes(bound(MAX_RRULE_INTERVAL)),
    end: sometimes(
      fc.oneof(
        bound(MAX_RRULE_COUNT).map((n) => `COUNT=${n}`),
        until.map((u) => `UNTIL=${u}`),
      ),
    ),
    BYDAY: sometimes(byDay),
    BYMONTHDAY: sometimes(listOf(signedIn(31))),
    BYMONTH: sometimes(listOf(edgy(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 13)))),
    BYSETPOS: sometimes(listOf(signedIn(366))),
    BYWEEKNO: sometimes(listOf(signedIn(53))),
    BYYEARDAY: sometimes(listOf(signedIn(366))),
    WKST: sometimes(fc.constantFrom(...weekdays)),
  })
  .map(({ end, ...parts }) =>
    [
      ...Object.entries(parts)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${name}=${String(value)}`),
      ...(end === undefined ? [] : [end]),
    ].join(';'),
  );

/** Text that is no rule, or nearly one: unknown parts, time parts, prefixes, repeats, junk. */
export const junkRrules: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'FREQ=',
    'FREQ=HOURLY',
    'FREQ=SECONDLY;COUNT=100000',
    'RRULE:FREQ=WEEKLY',
    'FREQ=WEEKLY;FREQ=DAILY',
    'FREQ=WEEKLY;BYHOUR=9',
    'FREQ=WEEKLY;COUNT=3;UNTIL=20300101',
    'FREQ=WEEKLY;;',
    'FREQ=WEEKLY;X-NAME=1',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=WEEKLY;INTERVAL=-1',
    'FREQ=WEEKLY;INTERVAL=1e3',
    'freq=weekly',
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
    'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2,4,6,9,11',
    'FREQ=YEARLY;BYWEEKNO=53;BYMONTH=1;BYDAY=MO;BYMONTHDAY=1',
    'FREQ=DAILY;BYSETPOS=366',
  ),
  junkString,
  wellFormedRrules.chain((rule) =>
    fc.tuple(fc.nat({ max: rule.length }), junkString).map(([at, text]) => rule.slice(0, at) + text + rule.slice(at)),
  ),
);

export const rrules: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: wellFormedRrules, weight: 3 },
  { arbitrary: junkRrules, weight: 1 },
);
