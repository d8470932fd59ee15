import { consultation } from '../templates/consultation.js';
import { validateRoutine } from './validate-routine.js';

const withEvent = (type: keyof typeof consultation.events, fill: Record<string, string>) => ({
  ...consultation,
  events: { ...consultation.events, [type]: { ...consultation.events[type], fill } },
});

const problemPaths = (input: unknown) => {
  const result = validateRoutine(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('fields the server fills in', () => {
  it('accepts the consultation template, whose slot the server may fill', () => {
    expect(consultation.events['consultation.slot.booked']?.fill).toEqual({ slotAt: 'nextConsultationSlot' });
    expect(validateRoutine(consultation).ok).toBe(true);
  });

  it('refuses a filler that is not on the fixed list', () => {
    const paths = problemPaths(withEvent('consultation.slot.booked', { slotAt: 'runThisCode' }));
    expect(paths.some((p) => p.includes('consultation.slot.booked') && p.includes('fill'))).toBe(true);
  });

  it('refuses to fill a field the event’s payload lacks', () => {
    const paths = problemPaths(withEvent('consultation.request.withdrawn', { slotAt: 'nextConsultationSlot' }));
    expect(paths.some((p) => p.includes('consultation.request.withdrawn') && p.includes('fill'))).toBe(true);
  });
});
