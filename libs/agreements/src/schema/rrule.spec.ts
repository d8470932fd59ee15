import { parseRrule } from './rrule.js';

describe('parseRrule', () => {
  it('reads a weekly rule into its parts', () => {
    expect(parseRrule('FREQ=WEEKLY;BYDAY=TU')).toEqual({ ok: true, rule: { FREQ: 'WEEKLY', BYDAY: 'TU' } });
  });

  it.each([
    'FREQ=YEARLY;BYMONTH=2,5,9,11;BYMONTHDAY=15',
    'FREQ=MONTHLY;INTERVAL=3',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=WEEKLY;UNTIL=20251231;WKST=MO',
  ])('accepts %s', (rule) => {
    expect(parseRrule(rule).ok).toBe(true);
  });

  it.each([
    ['BYDAY=TU', 'FREQ saknas'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'FREQ anges två gånger'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20251231', 'COUNT och UNTIL kan inte anges samtidigt'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL: ska vara ett positivt heltal'],
    ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH: ska vara månader 1–12'],
    ['FREQ=WEEKLY;BYMINUTE=30', 'BYMINUTE: klockslaget anges i timeOfDay, inte i regeln'],
    ['FREQ=WEEKLY;COLOUR=RED', 'okänd del COLOUR'],
    ['RRULE:FREQ=WEEKLY', 'skriv regeln utan prefixet "RRULE:"'],
  ])('refuses %s: %s', (rule, sv) => {
    const result = parseRrule(rule);
    expect(result.ok ? [] : result.problems.map((p) => p.sv)).toEqual([sv]);
  });
});
