import { reminderLeadsSchema } from '../schema/reminder-leads.js';
import { dateNoticeKinds, reminderLeadOf, reminderLeadsOf } from './reminder-leads.js';

describe('reminder lead times', () => {
  it('are the product’s marked defaults where the agreement chooses none', () => {
    const leads = reminderLeadsOf({});
    expect(leads.map((lead) => lead.kind)).toEqual([...dateNoticeKinds]);
    for (const lead of leads) {
      expect(lead.source.kind).toBe('product');
      expect(lead.source.kind === 'product' && lead.source.note).toMatch(/^Produktens förval: /);
    }
    expect(reminderLeadOf({}, 'meetingInvitation')).toMatchObject({ daysBefore: 7, at: '08:00' });
  });

  it('take the county’s choice, and its time of day where it gives one', () => {
    const content = {
      reminderLeads: { meetingInvitation: { daysBefore: 14 }, renewalComing: { daysBefore: 0, at: '13:15' } },
    };
    expect(reminderLeadOf(content, 'meetingInvitation')).toEqual({
      kind: 'meetingInvitation',
      daysBefore: 14,
      at: '08:00',
      source: { kind: 'county' },
    });
    expect(reminderLeadOf(content, 'renewalComing')).toMatchObject({
      daysBefore: 0,
      at: '13:15',
      source: { kind: 'county' },
    });
    expect(reminderLeadOf(content, 'minutesDue').source.kind).toBe('product');
  });

  it('refuse what is not whole days within a year at a real time, or an unknown kind', () => {
    const paths = (value: unknown) =>
      reminderLeadsSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths({ meetingInvitation: { daysBefore: 14, at: '09:30' } })).toEqual([]);
    expect(paths({ meetingInvitation: { daysBefore: 1.5 } })).toEqual(['meetingInvitation.daysBefore']);
    expect(paths({ meetingInvitation: { daysBefore: -1 } })).toEqual(['meetingInvitation.daysBefore']);
    expect(paths({ renewalComing: { daysBefore: 3, at: '25:00' } })).toEqual(['renewalComing.at']);
    expect(paths({ overdue: { daysBefore: 3 } })).toEqual(['']);
  });
});
