import fc from 'fast-check';

/**
 * Hostile values for any place of a body: what a careless client or an attacker sends where a
 * date, a key or a number belongs. NUL is left out (refused at the edge, its own test:
 * platform/http/input-limits.spec.ts); everything else a JSON text can carry is in.
 */

/** A lone half of a surrogate pair: valid in a JSON text, not in UTF-8 or PostgreSQL's jsonb. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Characters that mean something somewhere: markup, paths, SQL, formats, direction, emoji. */
const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  "'; DROP TABLE agreement; --",
  '%00',
  '\\u0000',
  '${constructor}',
  '{{#each this}}',
  // Names of Object's own members: a key of that name once broke the ORM's change detection.
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  'toString',
  '\u202e\u200b\ufeff',
  'Å\u030a',
  '🇸🇪👩‍👩‍👧',
  'NaN',
  '-1',
  '1e400',
  '2026-02-30',
  'P99999999Y',
  'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
  'x'.repeat(5000),
);

/** Strings of any Unicode, now and then a lone surrogate; never a NUL. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nastyStrings, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replaceAll('\u0000', '')), weight: 2 },
  { arbitrary: fc.tuple(fc.string({ maxLength: 5 }), loneSurrogate).map(([a, b]) => a + b), weight: 1 },
);

/** Numbers a field does not expect: huge, negative, fractional, beyond safe integers. */
export const junkNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1.5,
    1e21,
    -1e21,
    1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 53,
    0.1 + 0.2,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, nested a few levels, of the strings and numbers above. */
export const junkValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junkString,
    junkNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(junkString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** ISO 8601 durations: ordinary, zero, under a day, beyond any calendar, and not durations. */
export const durations: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'P1Y',
    'P6M',
    'P3M',
    'P1M',
    'P2W',
    'P1D',
    'PT48H',
    'P1Y2M3D',
    'P100Y',
    'P1200M',
    'P99999999Y',
    'P999999999999999999999D',
    'P0D',
    'PT0S',
    'PT12H',
    'PT24H',
    'PT1S',
    'P1DT1H',
    'P1.5Y',
    'P',
    '-P1D',
    'P-1D',
    '1 year',
  ),
  fc
    .tuple(fc.constantFrom('Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'), fc.oneof(fc.nat({ max: 400 }), fc.nat()))
    .map(([unit, n]) => (unit.startsWith('T') ? `PT${n}${unit.slice(1)}` : `P${n}${unit}`)),
);

/** Calendar dates as text, mostly real, some that do not exist or lie far away. */
export const dates: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map(day),
    weight: 4,
  },
  {
    arbitrary: fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map(day),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom('2026-02-29', '2024-02-29', '2026-02-30', '2026-13-01', '20260101', '2026-1-1', ''),
    weight: 1,
  },
);

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
