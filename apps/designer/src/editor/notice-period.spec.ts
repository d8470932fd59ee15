import { withdrawalSchema } from '@samverkan/agreements';
import { noticePeriodAsTyped, noticePeriodOf } from './notice-period';

const rule = (noticePeriod: string | undefined) =>
  withdrawalSchema.safeParse({ noticePeriod, effectiveAt: 'yearEnd', inWriting: true, clause: '17' }).success;

describe('the notice period as typed', () => {
  it('shows a stored period as a number and a unit, and writes it back the same', () => {
    expect(noticePeriodAsTyped('P6M')).toEqual({ amount: '6', unit: 'M' });
    expect(noticePeriodAsTyped('P90D')).toEqual({ amount: '90', unit: 'D' });
    expect(noticePeriodOf({ amount: '6', unit: 'M' })).toBe('P6M');
    expect(noticePeriodOf({ amount: ' 1 ', unit: 'Y' })).toBe('P1Y');
    expect(rule(noticePeriodOf({ amount: '3', unit: 'W' }))).toBe(true);
  });

  it('leaves an empty period out, and keeps what does not validate as typed', () => {
    expect(noticePeriodOf({ amount: '', unit: 'M' })).toBeUndefined();
    expect(rule(undefined)).toBe(false);
    const typed = noticePeriodOf({ amount: 'sex', unit: 'M' });
    expect(typed).toBe('PsexM');
    expect(rule(typed)).toBe(false);
    expect(noticePeriodAsTyped(typed)).toEqual({ amount: 'sex', unit: 'M' });
  });

  it('keeps a period the fields cannot split in the number field', () => {
    expect(noticePeriodAsTyped('P1Y6M')).toEqual({ amount: '1Y6', unit: 'M' });
    expect(noticePeriodOf(noticePeriodAsTyped('P1Y6M'))).toBe('P1Y6M');
    expect(noticePeriodAsTyped(undefined)).toEqual({ amount: '', unit: 'M' });
  });
});
