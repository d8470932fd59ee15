import type { AgreementTemplate, AgreementVersion } from '@samverkan/agreements';
import { draftOf, template } from '../testing/draft-fixture';
import { type DraftContent, patchItem, problemsByPath, resolveDraft } from './draft';
import { type Ladder, moveItem, newMember, nextLevel, putSection, refOptions, sectionAsTyped } from './governance';

// A template with two bodies, a role, an escalation ladder and a yearly report, as the base
// template has them (config/templates/samverkan-base@1.json).
const withGovernance: AgreementTemplate = {
  ...template,
  content: {
    ...template.content,
    roles: [{ key: 'samordnare', name: 'Samordnare', kind: 'coordinator', level: 'county', clause: '10' }],
    bodies: [
      { key: 'ledning', kind: 'leadership', name: 'Ledningsgruppen', clause: '10' },
      { key: 'styrgrupp', kind: 'steering', name: 'Styrgruppen', clause: '10', members: [{ role: 'samordnare' }] },
    ],
    escalation: { levels: [{ body: 'styrgrupp' }, { body: 'ledning' }], clause: '10' },
    followUp: { annualReport: { recipients: [{ body: 'ledning', clause: '10' }], clause: '10' } },
  } as AgreementTemplate['content'],
};
const errorsOf = (content: DraftContent) => {
  const result = resolveDraft(content, withGovernance);
  return result.ok ? new Map<string, string>() : problemsByPath(result.problems);
};
const resolved = (content: DraftContent): AgreementVersion => {
  const result = resolveDraft(content, withGovernance);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('the escalation ladder', () => {
  const ladder = (content: DraftContent) => sectionAsTyped<Ladder>(content, 'escalation', withGovernance);

  it('shows the template’s ladder, and a changed one replaces it whole', () => {
    expect(ladder(draftOf())?.levels.map((l) => l.body)).toEqual(['styrgrupp', 'ledning']);
    const swapped = putSection(
      draftOf(),
      'escalation',
      { levels: moveItem(ladder(draftOf())?.levels ?? [], 1, -1), clause: '10' },
      withGovernance,
    );
    expect(resolved(swapped).escalation?.levels.map((l) => l.body)).toEqual(['ledning', 'styrgrupp']);
  });

  it('has the library’s error at a level that names no body, and at a body named twice', () => {
    const unknown = putSection(
      draftOf(),
      'escalation',
      { levels: [{ body: 'finns-inte' }], clause: '10' },
      withGovernance,
    );
    expect(errorsOf(unknown).get('escalation.levels.0.body')).toMatch(/finns-inte/);
    const twice = putSection(
      draftOf(),
      'escalation',
      { levels: [{ body: 'ledning' }, { body: 'ledning' }], clause: '10' },
      withGovernance,
    );
    expect([...errorsOf(twice).keys()].some((path) => path.startsWith('escalation.levels'))).toBe(true);
    const noClause = putSection(draftOf(), 'escalation', { levels: [{ body: 'ledning' }], clause: '' }, withGovernance);
    expect(errorsOf(noClause).has('escalation.clause')).toBe(true);
  });

  it('is left out over the template with null, and offers only bodies not on it yet', () => {
    const removed = putSection(draftOf(), 'escalation', undefined, withGovernance);
    expect(removed['escalation']).toBeNull();
    expect(resolved(removed).escalation).toBeUndefined();
    expect(ladder(removed)).toBeUndefined();
    expect(putSection(draftOf(), 'escalation', undefined, template)).not.toHaveProperty('escalation');
    const version = resolved(draftOf());
    expect(nextLevel(version, ladder(draftOf()))).toBeNull();
    expect(nextLevel(version, { levels: [{ body: 'styrgrupp' }], clause: '10' })).toEqual({ body: 'ledning' });
  });
});

describe('follow-up duties', () => {
  it('keeps the template’s report under the draft’s plan; a plan’s errors are at its fields', () => {
    const plan = { due: '', by: [], clause: '10' };
    const content = putSection(
      draftOf(),
      'followUp',
      { ...sectionAsTyped<object>(draftOf(), 'followUp', withGovernance), plan },
      withGovernance,
    );
    const errors = errorsOf(content);
    expect(errors.has('followUp.plan.due')).toBe(true);
    expect(errors.has('followUp.plan.by')).toBe(true);
    const fixed = putSection(
      draftOf(),
      'followUp',
      { plan: { ...plan, due: '2026-06-30', by: ['region', 'samordnare', 'styrgrupp'] } },
      withGovernance,
    );
    const { followUp } = resolved(fixed);
    expect(followUp?.plan?.by).toEqual(['region', 'samordnare', 'styrgrupp']);
    expect(followUp?.annualReport?.recipients).toEqual([{ body: 'ledning', clause: '10' }]);
  });

  it('names who prepares the report among parties, roles and bodies that exist', () => {
    const report = (ref: string) =>
      putSection(
        draftOf(),
        'followUp',
        { annualReport: { recipients: [{ body: 'ledning', clause: '10' }], by: { ref, clause: '10' }, clause: '10' } },
        withGovernance,
      );
    expect(errorsOf(report('ingen')).get('followUp.annualReport.by.ref')).toMatch(/ingen/);
    expect(resolved(report('samordnare')).followUp?.annualReport?.by?.ref).toBe('samordnare');
    expect(refOptions(resolved(draftOf()), ['party', 'role', 'body']).map((o) => o.key)).toEqual([
      'polisen',
      'ostersund',
      'region',
      'samordnare',
      'ledning',
      'styrgrupp',
    ]);
  });
});

describe('a body’s seats', () => {
  it('adds a party not yet seated, a role, a described seat; the errors are at the seat', () => {
    const version = resolved(draftOf());
    const seated = version.bodies?.[1]?.members ?? [];
    expect(newMember('party', version, [{ party: 'polisen' }])).toEqual({ party: 'ostersund' });
    expect(newMember('role', version, seated)).toEqual({ role: 'samordnare' });
    // The schema's problems come first (an empty seat), the references' once the shape is right.
    const empty = errorsOf(patchItem(draftOf(), 'bodies', 'styrgrupp', { members: [...seated, { seat: ' ' }] }));
    expect(empty.get('bodies.1.members.1.seat')).toBeDefined();
    const gone = errorsOf(
      patchItem(draftOf(), 'bodies', 'styrgrupp', { members: [...seated, { party: 'borttagen' }] }),
    );
    expect(gone.get('bodies.1.members.1.party')).toMatch(/borttagen/);
    const fixed = [
      ...seated,
      { party: 'polisen', function: 'Lokalpolisområdeschefen' },
      { seat: 'En kommunrepresentant' },
    ];
    expect(resolved(patchItem(draftOf(), 'bodies', 'styrgrupp', { members: fixed })).bodies?.[1]?.members).toEqual(
      fixed,
    );
  });

  it('are left out over the template with null', () => {
    expect(resolved(patchItem(draftOf(), 'bodies', 'styrgrupp', { members: null })).bodies?.[1]).not.toHaveProperty(
      'members',
    );
  });
});

describe('a routine’s target groups', () => {
  const group = { key: 'vuxna', name: 'Våldsutsatta vuxna', subject: 'victim', clause: '10' };
  const binding = (targetGroups?: string[]) => ({
    key: 'rvc-referral',
    template: 'rvc-referral@1',
    source: { clause: '10' },
    roles: { police: { to: ['polisen'] } },
    ...(targetGroups ? { targetGroups } : {}),
  });
  it('names the agreement’s groups; an unknown one is the library’s error at its place', () => {
    const content = draftOf({ targetGroups: [group], routines: [binding(['vuxna', 'barn'])] });
    expect(errorsOf(content).get('routines.0.targetGroups.1')).toMatch(/barn/);
    const fixed = draftOf({ targetGroups: [group], routines: [binding(['vuxna'])] });
    expect(resolved(fixed).routines?.[0]?.targetGroups).toEqual(['vuxna']);
    // None: a routine about no person, the field left out (an empty list is refused).
    expect(errorsOf(draftOf({ targetGroups: [group], routines: [binding([])] })).has('routines.0.targetGroups')).toBe(
      true,
    );
    expect(resolved(draftOf({ targetGroups: [group], routines: [binding()] })).routines?.[0]).not.toHaveProperty(
      'targetGroups',
    );
  });
});
