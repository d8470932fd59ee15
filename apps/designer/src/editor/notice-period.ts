/*
 * The withdrawal rule's notice period (uppsägningstid) as the strategist types it: a number and a
 * unit, written as the ISO 8601 duration the schema takes (`P6M` for "sex månader"). The
 * calculator counts in whole days, weeks, months or years (lag (1930:173) om beräkning av
 * lagstadgad tid), so those are the units offered.
 */

export const noticeUnits = [
  { unit: 'M', name: 'Månader' },
  { unit: 'Y', name: 'År' },
  { unit: 'W', name: 'Veckor' },
  { unit: 'D', name: 'Dagar' },
] as const;
export type NoticeUnit = (typeof noticeUnits)[number]['unit'];

export interface NoticePeriodAsTyped {
  amount: string;
  unit: NoticeUnit;
}

/**
 * A stored period as the fields show it. One the two fields cannot show (`P1Y6M`, or text that
 * does not validate) keeps its text in the number field, so nothing is lost and its error shows.
 */
export function noticePeriodAsTyped(period: string | undefined): NoticePeriodAsTyped {
  if (period === undefined) return { amount: '', unit: 'M' };
  const match = /^P(\d+)([YMWD])$/.exec(period);
  if (match) return { amount: match[1] as string, unit: match[2] as NoticeUnit };
  const typed = /^P(.*)([YMWD])$/.exec(period);
  return typed ? { amount: typed[1] as string, unit: typed[2] as NoticeUnit } : { amount: period, unit: 'M' };
}

/**
 * The period to store: `P<n><unit>`; an empty number leaves the period out (the library's error
 * says it is required); anything else is stored as typed so that the library names what is wrong.
 */
export function noticePeriodOf({ amount, unit }: NoticePeriodAsTyped): string | undefined {
  const trimmed = amount.trim();
  return trimmed === '' ? undefined : `P${trimmed}${unit}`;
}
