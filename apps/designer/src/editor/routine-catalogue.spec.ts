import { formatTemplateRef } from '@samverkan/agreements';
import { addItem, errorsUnder, listAsTyped, patchItem, problemsByPath, resolveDraft } from './draft';
import { base, draftOf, template } from '../testing/draft-fixture';
import {
  countyParameter,
  defaultText,
  durationAsHours,
  hoursAsDuration,
  newBinding,
  offeredRoutines,
  parameterText,
} from './routine-catalogue';

const rvc = {
  key: 'rvc-referral',
  version: 1,
  roles: {
    police: { title: 'Polisen', owes: 'Förmedlar kontakten.' },
    supportCentre: { title: 'Stödcentrum', owes: 'Tar kontakt.' },
  },
};
const contactWithin = {
  type: 'duration' as const,
  title: 'Kontakt ska tas inom',
  default: 'PT48H',
  source: { kind: 'product' as const, note: 'Produktens förval.' },
};

describe('the routine catalogue', () => {
  it('offers the newest published version of each routine, by title', () => {
    const summary = (key: string, version: number, status: string, title: string) => ({
      key,
      version,
      status,
      title,
      publishedAt: '2025-01-01T00:00:00Z',
    });
    const offered = offeredRoutines([
      summary('rvc-referral', 1, 'superseded', 'RVC'),
      summary('rvc-referral', 2, 'published', 'RVC'),
      summary('consultation', 1, 'published', 'Konsultation'),
      summary('old', 1, 'retired', 'Gammal'),
    ]);
    expect(offered.map((s) => `${s.key}@${s.version}`)).toEqual(['consultation@1', 'rvc-referral@2']);
  });

  it('shows durations in hours and stores them as ISO 8601', () => {
    expect(durationAsHours('PT48H')).toBe('48');
    expect(durationAsHours('P2D')).toBe('48');
    expect(durationAsHours('P1DT12H')).toBe('36');
    expect(durationAsHours('P1W')).toBe('168');
    expect(durationAsHours('PT30M')).toBe('PT30M');
    expect(hoursAsDuration(' 72 ')).toBe('PT72H');
    expect(hoursAsDuration('två dygn')).toBe('två dygn');
    expect(parameterText('count', 3)).toBe('3');
    expect(defaultText(contactWithin)).toMatch(/^Förval: 48 timmar \(produktens förval\)/);
  });

  it('binds a definition with every role still to play, each empty role an error at its own path', () => {
    const draft = addItem(draftOf(), 'routines', newBinding(rvc, 'rvc-referral'));
    const result = resolveDraft(draft, template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = problemsByPath(result.problems);
    expect(errorsUnder(errors, 'routines.0.roles.police')).toBeDefined();
    expect(errorsUnder(errors, 'routines.0.roles.supportCentre')).toBeDefined();
    // The binding is shown although the draft does not validate: the last valid version lacks it.
    expect(listAsTyped(draft, 'routines', template).map((r) => r['template'])).toEqual([formatTemplateRef(rvc)]);
  });

  it('shows an unticked role as unticked, with its error, while the last valid draft still has it', () => {
    const bound = patchItem(addItem(draftOf(), 'routines', newBinding(rvc, 'rvc')), 'routines', 'rvc', {
      roles: { police: { to: ['polisen'] }, supportCentre: { to: ['ostersund'], choose: 'homeMunicipality' } },
    });
    expect(resolveDraft(bound, template).ok).toBe(true);
    const unticked = patchItem(bound, 'routines', 'rvc', {
      roles: { police: { to: [] }, supportCentre: { to: ['ostersund'], choose: 'homeMunicipality' } },
    });
    const shown = listAsTyped(unticked, 'routines', template)[0] as { roles: Record<string, { to: string[] }> };
    expect(shown.roles['police']?.to).toEqual([]);
    const result = resolveDraft(unticked, template);
    if (result.ok) throw new Error('an unplayed role must not validate');
    expect(errorsUnder(problemsByPath(result.problems), 'routines.0.roles.police')).toBeDefined();
  });

  it('sets a parameter as the county’s choice, ISO 8601 underneath, that the library accepts or names', () => {
    const roles = { police: { to: ['polisen'] }, supportCentre: { to: ['ostersund'] } };
    const withHours = addItem(draftOf(), 'routines', {
      ...newBinding(rvc, 'rvc'),
      roles,
      parameters: { contactWithin: countyParameter('contactWithin', contactWithin, '48') },
    });
    const ok = resolveDraft(withHours, template);
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems));
    expect(ok.value.routines?.[0]?.parameters?.['contactWithin']).toMatchObject({
      type: 'duration',
      value: 'PT48H',
      source: { countyChoice: { note: expect.stringMatching(/48 timmar/) } },
    });
    const wrong = patchItem(withHours, 'routines', 'rvc', {
      parameters: { contactWithin: countyParameter('contactWithin', contactWithin, 'två dygn') },
    });
    const refused = resolveDraft(wrong, template);
    if (refused.ok) throw new Error('text that is no number of hours must not validate');
    expect(errorsUnder(problemsByPath(refused.problems), 'routines.0.parameters.contactWithin')).toBeDefined();
    expect(base.parties.length).toBe(3);
  });
});
