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

  describe('Västernorrland: the municipalities split what the state grant does not cover (§ 6.1)', () => {
    const vasternorrland = county('vasternorrland.json');
    const municipalities = vasternorrland.parties.filter((p) => p.kind === 'municipality');
    const people = municipalities.reduce((sum, p) => sum + (p.population?.count ?? 0), 0);

    it('deducts the grant from the municipalities’ column in the first project year, then splits by population', () => {
      const view = costSplitOf(vasternorrland, 2017);
      expect(view.projectPeriod).toEqual({ start: '2017-01-01', end: '2019-12-31', inPeriod: true });
      const kommun = view.funded.find((group) => group.label === 'Totalt, kommun');
      expect(kommun?.status).toBe('computed');
      if (kommun?.status !== 'computed' || kommun.outcome.kind !== 'computed') return;
      expect(kommun.grossOre).toBe(2_150_000_00);
      expect(kommun.funding.map((f) => [f.key, f.amountOre, f.approximate])).toEqual([
        ['socialstyrelsen-kommunerna-2017', 1_231_868_00, true],
      ]);
      expect(kommun.netOre).toBe(918_132_00);
      const shares = kommun.outcome.shares;
      expect(shares.map((s) => s.partyKey).sort()).toEqual(municipalities.map((p) => p.key).sort());
      expect(shares.reduce((sum, s) => sum + s.amountOre, 0)).toBe(918_132_00);
      for (const party of municipalities) {
        const exact = (918_132_00 * (party.population?.count ?? 0)) / people;
        const share = shares.find((s) => s.partyKey === party.key)?.amountOre ?? -1;
        expect({ party: party.key, off: Math.abs(share - exact) < 1 }).toEqual({ party: party.key, off: true });
      }
      expect(view.items.find((item) => item.key === 'samordnare')?.reducedBy).toEqual([
        'socialstyrelsen-kommunerna-2017',
      ]);
    });

    it('lets the landsting’s grant pay its column, and keeps Länsstyrelsen’s start-up funds beside the split', () => {
      const view = costSplitOf(vasternorrland, 2017);
      const landsting = view.funded.find((group) => group.label === 'Totalt, landsting');
      expect(landsting?.status === 'computed' && [landsting.grossOre, landsting.netOre]).toEqual([390_000_00, 0]);
      expect(view.payers.find((p) => p.partyKey === 'landstinget-vasternorrland')).toEqual({
        partyKey: 'landstinget-vasternorrland',
        grossOre: 390_000_00,
        netOre: 0,
      });
      expect(view.fundingBeside.map((f) => f.key)).toContain('lansstyrelsen-projektmedel');
      expect(view.payersComplete).toBe(true);
      const net = view.payers.reduce((sum, p) => sum + p.netOre, 0);
      expect(net).toBe(918_132_00);
    });

    it('says the text gives no grant for the third year, and splits the whole cost then', () => {
      const view = costSplitOf(vasternorrland, 2019);
      expect(view.funded).toEqual([]);
      expect(view.projectPeriod?.inPeriod).toBe(true);
      expect(view.payers.reduce((sum, p) => sum + p.netOre, 0)).toBe(2_540_000_00);
      expect(costSplitOf(vasternorrland, 2020).projectPeriod?.inPeriod).toBe(false);
    });
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

describe('the seed counties’ calendars: where and how many', () => {
  const entries = (file: string, from: string, to: string) => {
    const result = calendarBetween(calendarInputOf(county(file)), from, to);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value.entries;
  };

  it('puts Jämtland’s consultations in Östersund (§ 12), and no place on meetings whose text names none', () => {
    const all = entries('jamtland.json', '2026-03-01', '2026-03-31');
    const consultations = forBody(all, 'samradsgrupp').filter((entry) => entry.kind === 'meeting');
    expect(consultations.length).toBeGreaterThan(0);
    expect(new Set(consultations.map((entry) => entry.location))).toEqual(new Set(['Östersund']));
    expect(consultations[0]?.description).toContain('Plats: Östersund (enligt punkt 12).');
    const steering = entries('jamtland.json', '2026-01-01', '2026-12-31').filter((e) => e.bodyKey === 'styrgrupp');
    expect(steering.map((entry) => entry.location)).toEqual([undefined]);
  });

  it('reads Jämtland’s "4 gånger per år" for 1 March–31 December 2023 pro rata, rounded up, and says so', () => {
    const steering = entries('jamtland.json', '2022-06-01', '2024-12-31').filter((e) => e.bodyKey === 'styrgrupp');
    // Nothing before the agreement starts; the first year from 1 March; 2024 whole.
    expect(steering.map((entry) => [entry.date, entry.meetingsToSchedule?.min, entry.meetingsToSchedule?.max])).toEqual(
      [
        ['2023-03-01', 4, 4],
        ['2024-01-01', 4, 4],
      ],
    );
    expect(steering[0]?.meetingsToSchedule?.reading).toMatchObject({
      kind: 'proRataRoundedUp',
      inForceFrom: '2023-03-01',
      inForceThrough: '2023-12-31',
      daysInForce: 306,
      daysInPeriod: 365,
      fullMin: 4,
      fullMax: 4,
    });
    expect(steering[0]?.title).toContain('produktens läsning');
    expect(steering[0]?.description).toContain('4 × 306/365 = 3,4 → 4');
    expect(steering[1]?.meetingsToSchedule?.reading).toBeUndefined();
  });

  it('gives Nacka’s networks 2–3 meetings in each term, spring January–June and autumn August–December', () => {
    const networks = entries('stockholm-nacka.json', '2024-01-01', '2024-12-31').filter(
      (e) => e.bodyKey === 'sodertorn-samordnare',
    );
    expect(networks.map((entry) => [entry.title, entry.meetingsToSchedule])).toEqual([
      [
        expect.stringContaining('2–3 möten under vårterminen 2024'),
        { min: 2, max: 3, periodStartsOn: '2024-01-01', periodEndsOn: '2024-06-30' },
      ],
      [
        expect.stringContaining('2–3 möten under höstterminen 2024'),
        { min: 2, max: 3, periodStartsOn: '2024-08-01', periodEndsOn: '2024-12-31' },
      ],
    ]);
    expect(
      entries('stockholm-nacka.json', '2024-07-01', '2024-07-31').filter((e) => e.bodyKey === 'sodertorn-samordnare'),
    ).toEqual([]);
    const shelter = entries('stockholm-nacka.json', '2024-01-01', '2024-12-31').filter(
      (e) => e.bodyKey === 'kvinnojour-moten',
    );
    expect(shelter.map((entry) => entry.meetingsToSchedule)).toEqual([
      { min: 2, max: 2, periodStartsOn: '2024-01-01', periodEndsOn: '2024-12-31' },
    ]);
  });
});
