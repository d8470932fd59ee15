import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  type AgreementVersion,
  type RoutineBinding,
  type TemplateRef,
  formatTemplateRef,
  resolveAgreement,
} from '@samverkan/agreements';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { findStandardRoutine, standardRoutines } from '../templates/standard-routines.js';
import { bindingsFor } from '../testing/builders.js';
import { type AgreementTimersView, type RoutineTimersView, timerSourcesOf } from './timer-sources.js';

// The product's own county files and agreement templates, resolved as the API resolves them.
const config = path.join(import.meta.dirname, '../../../../config');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(config, file), 'utf8'));
const templates = new Map(
  readdirSync(path.join(config, 'templates')).map((file) => [
    file.replace(/\.json$/, ''),
    readJson(`templates/${file}`),
  ]),
);
function seed(file: string): AgreementVersion {
  const result = resolveAgreement(readJson(`agreements/${file}.json`), (ref: TemplateRef) =>
    templates.get(formatTemplateRef(ref)),
  );
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message.en}`).join('\n'));
  return result.value;
}
const seeds = ['jamtland', 'vasternorrland', 'norrbotten', 'stockholm-nacka'] as const;

const routine = (view: AgreementTimersView, binding: string): RoutineTimersView => {
  const found = view.routines.find((r) => r.binding === binding);
  if (!found) throw new Error(`no binding ${binding}`);
  return found;
};
const timer = (view: RoutineTimersView, key: string) => view.timers.find((t) => t.key === key);
const parameter = (view: RoutineTimersView, name: string) => view.parameters.find((p) => p.name === name);

/** How many timers a definition can arm: each state's deadline, reminders and escalations. */
function timerCount(definition: RoutineDefinition): number {
  const count = (states: RoutineDefinition['states']): number =>
    Object.values(states).reduce(
      (sum, state) =>
        sum +
        (state.deadline ? 1 : 0) +
        (state.reminders?.length ?? 0) +
        (state.escalations?.length ?? 0) +
        count(state.states ?? {}),
      0,
    );
  return count(definition.states);
}

describe('where every timer of a seed county comes from (issue 11: no invented dates)', () => {
  it.each(seeds)('%s: every timer and every parameter has a source, none is unsourced', (file) => {
    const view = timerSourcesOf(seed(file), findStandardRoutine);
    expect(view.unsourced).toEqual([]);
    for (const bound of view.routines) {
      expect(bound.problem).toBeNull();
      for (const t of bound.timers) {
        expect({ key: `${bound.binding}.${t.key}`, sourced: t.sourced }).toEqual({
          key: `${bound.binding}.${t.key}`,
          sourced: true,
        });
        for (const value of t.values) expect(value.sources.length).toBeGreaterThan(0);
      }
      for (const p of bound.parameters) expect(p.source.kind).not.toBe('unsourced');
    }
  });

  it.each(seeds)('%s: lists every timer and every parameter of every routine it binds', (file) => {
    const version = seed(file);
    const view = timerSourcesOf(version, findStandardRoutine);
    expect(view.routines.map((r) => r.binding)).toEqual((version.routines ?? []).map((b) => b.key));
    for (const bound of view.routines) {
      const definition = findStandardRoutine(bound.template);
      if (!definition) throw new Error(bound.template);
      expect(bound.timers).toHaveLength(timerCount(definition));
      expect(bound.parameters.map((p) => p.name)).toEqual(Object.keys(definition.parameters));
    }
  });

  it('Jämtland arms no annual report deadline: § 9 and § 14.2 give no date and the county has chosen none', () => {
    const lifecycle = routine(timerSourcesOf(seed('jamtland'), findStandardRoutine), 'livscykel');
    expect(timer(lifecycle, 'inForce.followUp.reporting#deadline')).toMatchObject({ armed: false, sourced: true });
    for (const notice of ['inForce.followUp.reporting#reminder.0', 'inForce.followUp.reporting#escalation.0']) {
      expect(timer(lifecycle, notice)?.armed).toBe(false);
    }
    expect(parameter(lifecycle, 'annualReportEvery')).toMatchObject({ value: null, source: { kind: 'notSet' } });
  });

  it('arms the annual report on a date the county sets as its own choice, and says so', () => {
    const jamtland = seed('jamtland');
    const routines = (jamtland.routines ?? []).map((binding): RoutineBinding =>
      binding.key !== 'livscykel'
        ? binding
        : {
            ...binding,
            parameters: {
              ...binding.parameters,
              annualReportEvery: {
                type: 'duration',
                value: 'P1Y',
                source: { countyChoice: { note: 'Styrgruppen vill ha rapporten ett år efter planen.' } },
              },
            },
          },
    );
    const lifecycle = routine(timerSourcesOf({ ...jamtland, routines }, findStandardRoutine), 'livscykel');
    expect(timer(lifecycle, 'inForce.followUp.reporting#deadline')).toMatchObject({
      armed: true,
      sourced: true,
      values: [
        {
          name: 'annualReportEvery',
          value: 'P1Y',
          sources: [{ kind: 'countyChoice', note: 'Styrgruppen vill ha rapporten ett år efter planen.' }],
        },
      ],
    });
  });

  it('Jämtland’s lifecycle renews and lets a party leave as §§ 16 and 17 say, the same values as its term and withdrawal', () => {
    const jamtland = seed('jamtland');
    const lifecycle = routine(timerSourcesOf(jamtland, findStandardRoutine), 'livscykel');
    expect(parameter(lifecycle, 'renewalPeriod')).toMatchObject({
      value: jamtland.term?.renewal?.kind === 'automatic' ? jamtland.term.renewal.period : 'none',
      source: { kind: 'agreement', clause: '16', clauseTitle: 'Giltighet' },
    });
    expect(parameter(lifecycle, 'renewsAutomatically')).toMatchObject({ value: true, source: { clause: '16' } });
    expect(parameter(lifecycle, 'noticePeriod')).toMatchObject({
      value: jamtland.withdrawal?.noticePeriod,
      source: { kind: 'agreement', clause: '17' },
    });
    expect(parameter(lifecycle, 'withdrawalEffectiveAt')).toMatchObject({
      value: jamtland.withdrawal?.effectiveAt,
      source: { kind: 'agreement', clause: '17' },
    });
    // The term's end and the follow-up plan's date are the agreement's own (§ 16, § 14.2).
    expect(timer(lifecycle, 'inForce.term.running#deadline')?.values[0]).toMatchObject({
      name: 'termEndsOn',
      value: '2023-12-31',
      sources: [
        { kind: 'case', setBy: ['start'] },
        { kind: 'agreement', clause: '16' },
      ],
    });
    expect(timer(lifecycle, 'inForce.followUp.planDue#deadline')?.values[0]).toMatchObject({
      name: 'followUpPlanDueOn',
      value: '2023-06-30',
      sources: [{ kind: 'case' }, { kind: 'agreement', clause: '14.2' }],
    });
  });

  it('RVC’s 48 hours: Västernorrland’s own text (3.1), Jämtland and Norrbotten marked as taken from the template', () => {
    const contact = (file: string) =>
      timer(routine(timerSourcesOf(seed(file), findStandardRoutine), 'rvc'), 'awaitingContact#deadline')?.values[0];
    expect(contact('vasternorrland')).toMatchObject({
      value: 'PT48H',
      sources: [{ kind: 'agreement', clause: '3.1' }],
    });
    for (const file of ['jamtland', 'norrbotten']) {
      expect(contact(file)).toMatchObject({
        value: 'PT48H',
        text: '48 timmar',
        sources: [
          { kind: 'template', template: 'rvc-referral@1', basis: { kind: 'seed', seed: '003', clause: '3.1' } },
        ],
      });
    }
  });

  it('Jämtland’s booked consultation falls due at the time booked, or the weekly slot of § 12 whose day and hour the county chose', () => {
    const samrad = routine(timerSourcesOf(seed('jamtland'), findStandardRoutine), 'samrad');
    const [slot] = timer(samrad, 'booked#deadline')?.values ?? [];
    expect(slot?.sources.map((s) => s.kind)).toEqual(['case', 'agreement', 'countyChoice']);
    expect(slot?.text).toContain('tisdagar kl. 09:00');
  });

  it('marks the product’s defaults as such, and a time written into the template as fixed', () => {
    const barn = routine(timerSourcesOf(seed('norrbotten'), findStandardRoutine), 'barnsamrad');
    expect(parameter(barn, 'consultationWithin')?.source).toMatchObject({ kind: 'productDefault', practice: true });
    expect(timer(barn, 'concernRaised#escalation.0')?.values[0]).toMatchObject({
      kind: 'written',
      value: 'PT0S',
      text: 'genast',
      sources: [{ kind: 'productDefault', fixed: true }],
    });
    const samrad = routine(timerSourcesOf(seed('jamtland'), findStandardRoutine), 'samrad');
    expect(parameter(samrad, 'assessWithin')?.sourceText).toMatch(/^Produktens förval i rutinmallen consultation@2: /);
  });
});

describe('a value without a source is named', () => {
  const version = seed('vasternorrland');
  const rebound = (binding: Partial<RoutineBinding>): AgreementVersion => ({
    ...version,
    routines: (version.routines ?? []).map((b) => ({ ...b, ...binding })),
  });

  it('a value said to be the template’s that the template does not have', () => {
    const view = timerSourcesOf(
      rebound({ source: 'template', parameters: { contactWithin: { type: 'duration', value: 'PT72H' } } }),
      findStandardRoutine,
    );
    expect(view.unsourced).toEqual(['rvc.awaitingContact#deadline', 'rvc.parameters.contactWithin']);
    expect(parameter(routine(view, 'rvc'), 'contactWithin')?.sourceText).toMatch(/förval är PT48H/);
  });

  it('a template default without a source', () => {
    const rvc = findStandardRoutine('rvc-referral@1');
    if (!rvc) throw new Error('rvc-referral@1');
    const changed: RoutineDefinition = {
      ...rvc,
      parameters: {
        ...rvc.parameters,
        followUpWithin: { type: 'duration', title: 'Uppföljning inom', default: 'P1M' },
      },
    };
    const view = timerSourcesOf(version, () => changed);
    expect(view.unsourced).toEqual(['rvc.followUp#deadline', 'rvc.parameters.followUpWithin']);
  });

  it('a binding whose routine does not exist', () => {
    const view = timerSourcesOf(rebound({ template: 'no-such-routine@1' }), findStandardRoutine);
    expect(view.unsourced).toEqual(['rvc']);
    expect(routine(view, 'rvc')).toMatchObject({
      definition: null,
      problem: expect.stringContaining('no-such-routine@1'),
    });
  });
});

describe('who plays the roles whose tasks the timers time', () => {
  it.each(seeds)('%s: every role of every bound routine is played by a party', (file) => {
    for (const bound of timerSourcesOf(seed(file), findStandardRoutine).routines) {
      for (const role of bound.roles) {
        expect({ at: `${bound.binding}.${role.role}`, played: role.played }).toEqual({
          at: `${bound.binding}.${role.role}`,
          played: true,
        });
      }
    }
  });

  it('Norrbotten: the coordinators who convene are Luleå kommun’s as the county’s choice, not the text’s', () => {
    const consultation = routine(timerSourcesOf(seed('norrbotten'), findStandardRoutine), 'barnsamrad');
    const initiator = consultation.roles.find((role) => role.role === 'initiator');
    expect(initiator).toMatchObject({
      played: true,
      players: [
        {
          ref: 'operativ-samordnare',
          parties: ['lulea-kommun'],
          providedBy: { kind: 'countyChoice', clause: '§ 8', note: expect.stringContaining('Luleå kommun') },
        },
      ],
    });
    expect(initiator?.text).toContain('Luleå kommun (som Operativ samordnare (en i varje länsdel), länets eget val');
  });

  it('Jämtland: the coordinator is Östersunds kommun’s as clause 10.4 says', () => {
    const samrad = routine(timerSourcesOf(seed('jamtland'), findStandardRoutine), 'samrad');
    expect(samrad.roles.find((role) => role.role === 'coordinator')?.players).toEqual([
      {
        ref: 'samordnare',
        parties: ['ostersunds-kommun'],
        providedBy: { kind: 'agreement', clause: '10.4', clauseTitle: expect.any(String) },
      },
    ]);
  });

  it('a role whose employer nobody names is unplayed, and says why', () => {
    const version = seed('norrbotten');
    const roles = (version.roles ?? []).map(({ providedBy: _chosen, ...role }) => role);
    const consultation = routine(timerSourcesOf({ ...version, roles }, findStandardRoutine), 'barnsamrad');
    expect(consultation.roles.find((role) => role.role === 'initiator')).toMatchObject({
      played: false,
      players: [{ ref: 'operativ-samordnare', parties: [], providedBy: { kind: 'notSet' } }],
      text: expect.stringContaining('ingen part spelar rollen'),
    });
  });
});

describe('the standard routines', () => {
  it.each(Object.keys(standardRoutines))('%s: every default that times something has a source', (ref) => {
    const definition = findStandardRoutine(ref);
    if (!definition) throw new Error(ref);
    const version: AgreementVersion = {
      key: 'prov',
      title: 'Prov',
      kind: 'agreement',
      county: { code: '23', name: 'Jämtlands län' },
      sources: [{ key: 'text', kind: 'agreement', title: 'Text' }],
      parties: [{ key: 'polisen', name: 'Polisen', kind: 'police', clause: '1' }],
      clauses: [{ number: '1', title: 'Parter', text: 'Polisen.' }],
      routines: [{ key: 'r', template: ref, source: 'template', ...bindingsFor(ref) }],
    };
    expect(timerSourcesOf(version, findStandardRoutine).unsourced).toEqual([]);
  });
});
