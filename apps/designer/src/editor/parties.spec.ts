import { draftOf, template } from '../testing/draft-fixture';
import { addItem, listAsTyped, problemsByPath, removeItem, resolveDraft } from './draft';
import { newParty } from './parties';

describe('parties after the draft was created', () => {
  it('adds a municipality from the register with its code and population, under a free key', () => {
    const taken = [{ key: 'karlskrona-kommun' }];
    const party = newParty('municipality', '', taken, {
      code: '1080',
      name: 'Karlskrona',
      countyCode: '10',
      countyName: 'Blekinge län',
      population: { count: 66_301, date: '2024-12-31', source: 'SCB' },
    } as Parameters<typeof newParty>[3]);
    expect(party).toMatchObject({ key: 'karlskrona-kommun-2', name: 'Karlskrona kommun', municipalityCode: '1080' });
    expect(newParty('prosecution', ' Åklagarkammaren i Östersund ', [])).toEqual({
      key: 'aklagarkammaren-i-ostersund',
      name: 'Åklagarkammaren i Östersund',
      kind: 'prosecution',
      clause: '2',
    });
    const added = addItem(draftOf(), 'parties', newParty('prosecution', 'Åklagarkammaren', []));
    expect(resolveDraft(added, template).ok).toBe(true);
  });

  it('removes a party; where something still names it the library’s error is at that field', () => {
    const withoutPolice = removeItem(draftOf(), 'parties', 'polisen', true);
    expect(listAsTyped(withoutPolice, 'parties', template).map((p) => p['key'])).toEqual(['ostersund', 'region']);
    const result = resolveDraft(withoutPolice, template);
    if (result.ok) throw new Error('a commitment still names the police');
    expect(problemsByPath(result.problems).get('commitments.0.by.0')).toMatch(/polisen/);
  });
});
