import { aBody, aCommitment, aCostItem, aParty, anAgreement } from '../testing/builders.js';
import { diffAgreements, groupChangesBySection } from './diff-agreements.js';

const steering = (min: number) =>
  aBody({ name: 'Styrgruppen', cadence: { kind: 'countPerPeriod', min, max: min, per: 'year', clause: '9' } });

describe('diffAgreements', () => {
  it('finds no change between equal versions', () => {
    expect(diffAgreements(anAgreement().build(), anAgreement().build())).toEqual([]);
  });

  it('says a body meets more often, in words and in machine form', () => {
    const before = anAgreement().withBodies(steering(4)).build();
    const after = anAgreement().withBodies(steering(6)).build();
    expect(diffAgreements(before, after)).toEqual([
      {
        section: 'bodies',
        path: 'bodies[styrgrupp].cadence',
        kind: 'changed',
        before: { kind: 'countPerPeriod', min: 4, max: 4, per: 'year', clause: '9' },
        after: { kind: 'countPerPeriod', min: 6, max: 6, per: 'year', clause: '9' },
        text: 'Styrgruppen: mötesfrekvens ändrad från 4 gånger per år till 6 gånger per år',
      },
    ]);
  });

  it('names a party added and a party removed', () => {
    const before = anAgreement()
      .withParties(aParty({ key: 'aklagare', name: 'Åklagarmyndigheten', kind: 'prosecution' }))
      .build();
    const after = anAgreement()
      .withParties(aParty({ key: 'kriminalvarden', name: 'Kriminalvården', kind: 'probation' }))
      .build();
    const changes = diffAgreements(before, after);
    expect(changes.map((c) => [c.path, c.kind, c.text])).toEqual([
      ['parties[aklagare]', 'removed', 'Part borttagen: Åklagarmyndigheten'],
      ['parties[kriminalvarden]', 'added', 'Part tillagd: Kriminalvården'],
    ]);
  });

  it('does not count moving an item as a change', () => {
    const a = aParty({ key: 'a', name: 'A' });
    const b = aParty({ key: 'b', name: 'B' });
    expect(diffAgreements(anAgreement().withParties(a, b).build(), anAgreement().withParties(b, a).build())).toEqual(
      [],
    );
  });

  it('describes durations, withdrawal rules and renewal in words', () => {
    const before = anAgreement()
      .with({
        withdrawal: { noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true, clause: '17' },
        term: {
          start: '2023-03-01',
          end: '2023-12-31',
          renewal: { kind: 'automatic', period: 'P1Y', clause: '16' },
          clause: '16',
        },
      })
      .build();
    const after = anAgreement()
      .with({
        withdrawal: { noticePeriod: 'P3M', effectiveAt: 'anyMonthEnd', inWriting: true, clause: '17' },
        term: { start: '2023-03-01', end: '2023-12-31', renewal: { kind: 'none', clause: '16' }, clause: '16' },
      })
      .build();
    expect(diffAgreements(before, after).map((c) => c.text)).toEqual([
      'Giltighet: förlängning ändrad från 1 år i taget till ingen',
      'Uppsägningsregler: uppsägningstid ändrad från 6 månader till 3 månader',
      'Uppsägningsregler: tidpunkt för utträde ändrad från tidigast vid nästkommande årsskifte till vid ett månadsskifte',
    ]);
  });

  it('names a whole section that comes with a summary', () => {
    const after = anAgreement()
      .with({ withdrawal: { noticePeriod: 'P6M', effectiveAt: 'yearEnd', inWriting: true, clause: '17' } })
      .build();
    expect(diffAgreements(anAgreement().build(), after).map((c) => [c.path, c.text])).toEqual([
      [
        'withdrawal',
        'Uppsägningsregler tillagda: 6 månader uppsägningstid, tidigast vid nästkommande årsskifte, skriftligen',
      ],
    ]);
  });

  it('reads cost items by name and amounts in kronor', () => {
    const before = anAgreement()
      .withCostItems(aCostItem({ name: 'Samordnare 3,0 åa', amount: 1_710_000_00 }))
      .build();
    const after = anAgreement()
      .withCostItems(aCostItem({ name: 'Samordnare 3,0 åa', amount: 1_800_000_00 }))
      .build();
    expect(diffAgreements(before, after).map((c) => [c.path, c.text])).toEqual([
      [
        'costSplit.items[samordnare].amount',
        'Kostnadsfördelning, Kostnadspost Samordnare 3,0 åa: belopp ändrat från 1 710 000 kr till 1 800 000 kr',
      ],
    ]);
  });

  it('names who owes a commitment added', () => {
    const after = anAgreement()
      .withCommitments(aCommitment({ text: 'Delta i samrådsmöten.' }))
      .build();
    expect(diffAgreements(anAgreement().build(), after).map((c) => c.text)).toEqual([
      'Åtagande tillagt: ”Delta i samrådsmöten.” (Polismyndigheten)',
    ]);
  });

  it('groups the changes under their section headings in document order', () => {
    const before = anAgreement().withBodies(steering(4)).build();
    const after = anAgreement()
      .withBodies(steering(6))
      .withParties(aParty({ key: 'kriminalvarden', name: 'Kriminalvården', kind: 'probation' }))
      .build();
    const groups = groupChangesBySection(diffAgreements(before, after));
    expect(groups.map((g) => [g.title, g.changes.length])).toEqual([
      ['Parter', 1],
      ['Ledning och styrning', 1],
    ]);
  });
});
