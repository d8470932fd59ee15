import { readFileSync } from 'node:fs';
import path from 'node:path';
import { calendarBetween, forBody } from '../calculators/calendar.js';
import { formatTemplateRef } from '../template-ref.js';
import { resolveAgreement } from '../templates/resolve.js';
import type { AgreementVersion } from '../schema/agreement-version.js';
import { calendarInputOf } from './calendar-input-of.js';
import { costSplitOf } from './cost-split-of.js';
import { withdrawalOf } from './withdrawal-of.js';

const config = path.join(import.meta.dirname, '../../../../config');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(config, file), 'utf8'));

function county(file: string): AgreementVersion {
  const template = read('templates/samverkan-base@1.json') as { key: string; version: number };
  const result = resolveAgreement(read(`agreements/${file}`), (ref) =>
    formatTemplateRef(ref) === formatTemplateRef(template) ? template : undefined,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

describe('computed views of the seed counties', () => {
  it('gives Jämtland six months to a year end (§17)', () => {
    const jamtland = county('jamtland.json');
    const party = jamtland.parties[0]?.key ?? '';
    const inTime = withdrawalOf(jamtland, party, '2025-06-30');
    const late = withdrawalOf(jamtland, party, '2025-07-01');
    expect(inTime.status === 'computed' && inTime.date.effectiveOn).toBe('2025-12-31');
    expect(late.status === 'computed' && late.date.effectiveOn).toBe('2026-12-31');
    expect(withdrawalOf(jamtland, 'nobody', '2025-01-01')).toEqual({ status: 'unknownParty', partyKey: 'nobody' });
  });

  it('says the Västernorrland proposal is silent on withdrawal', () => {
    const vasternorrland = county('vasternorrland.json');
    expect(withdrawalOf(vasternorrland, vasternorrland.parties[0]?.key ?? '', '2025-01-01')).toEqual({
      status: 'notSpecified',
    });
  });

  it('splits every Västernorrland cost that has an amount, summing exactly', () => {
    const view = costSplitOf(county('vasternorrland.json'), 2017);
    const computed = view.items.filter((item) => item.status === 'computed');
    expect(computed.length).toBeGreaterThan(0);
    for (const item of computed) {
      if (item.status !== 'computed' || item.outcome.kind !== 'computed') continue;
      expect(item.outcome.shares.reduce((sum, share) => sum + share.amountOre, 0)).toBe(item.outcome.totalOre);
    }
  });

  it('puts Jämtland’s weekly consultations in the calendar every week', () => {
    const jamtland = county('jamtland.json');
    const input = calendarInputOf(jamtland);
    const consultation = jamtland.bodies?.find((body) => body.kind === 'consultation');
    expect(consultation).toBeDefined();
    const result = calendarBetween(input, '2026-03-01', '2026-03-31');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meetings = forBody(result.value.entries, consultation?.key ?? '').filter((entry) => entry.kind === 'meeting');
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(meetings.length).toBeLessThanOrEqual(5);
  });
});
