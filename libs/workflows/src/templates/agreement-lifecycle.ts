import { type RoutineDefinition, type RoutineSource } from '../definition/routine-definition.js';

const validity: RoutineSource = {
  kind: 'seed',
  seed: '002',
  clause: '16',
  quote:
    'Överenskommelsen gäller från och med 1 mars – 31 december 2023 och förlängs därefter med ett år i taget om inte parterna kommit överens om annat.',
};
const revision: RoutineSource = {
  kind: 'seed',
  seed: '002',
  clause: '17',
  quote:
    'Om förutsättningarna för denna överenskommelse förändras kan parterna under den överenskomna tiden för samverkan begära att överenskommelsen revideras.',
};
const withdrawal: RoutineSource = {
  kind: 'seed',
  seed: '002',
  clause: '17',
  quote:
    'Part som inte längre önskar delta i denna samverkan får lämna tidigast nästkommande årsskifte och måste skriftligen meddela övriga parter detta senast sex månader i förväg.',
};
const followUpPlan: RoutineSource = {
  kind: 'seed',
  seed: '002',
  clause: '14.2',
  quote: 'Parterna är överens om att senast den 30:e juni 2023 gemensamt ha utvecklat en fullständig uppföljningsplan.',
};

/**
 * An agreement version's own life: sent to the parties for signature, each party signs
 * (reminders go to those who have not), in force with yearly renewal, the follow-up plan due,
 * the annual report (due only on a date the county sets: the text gives none), a party's notice
 * (its effective date from libs/agreements' `earliestWithdrawalDate`), revision, and the end.
 * Seed 002 (Jämtland) §§ 9, 14.2, 16, 17, 24. The server starts it with the term's end and the
 * follow-up plan's due date from the version.
 */
export const agreementLifecycle: RoutineDefinition = {
  key: 'agreement-lifecycle',
  version: 1,
  title: 'Överenskommelsens livscykel',
  description:
    'Överenskommelsen skickas till parterna för underskrift, gäller och förlängs ett år i taget, följs upp med uppföljningsplan och årlig rapport, kan sägas upp av en part och revideras, och upphör.',
  roles: {
    signatory: {
      title: 'Part som undertecknar',
      owes: 'Undertecknar överenskommelsen; tar del av uppföljningen och kan säga upp eller begära revidering.',
    },
    coordinator: {
      title: 'Samordnare',
      owes: 'Skickar ut för underskrift, tar fram uppföljningsplan och årlig rapport och bereder revideringar.',
    },
  },
  parameters: {
    signWithin: {
      type: 'duration',
      title: 'Underskrift inom',
      default: 'P30D',
      source: { kind: 'product', note: 'Texten anger ingen tid för underskrift; 30 dagar är produktens förval.' },
    },
    signReminderBefore: {
      type: 'duration',
      title: 'Påminnelse om underskrift så här långt före fristen',
      default: 'P7D',
      source: { kind: 'product', note: 'Produktens förval.' },
    },
    renewsAutomatically: { type: 'boolean', title: 'Förlängs automatiskt', default: true, source: validity },
    renewalPeriod: { type: 'duration', title: 'Förlängs med', default: 'P1Y', source: validity },
    noticePeriod: { type: 'duration', title: 'Uppsägningstid', default: 'P6M', source: withdrawal },
    withdrawalEffectiveAt: {
      type: 'text',
      title: 'Utträde gäller vid (yearEnd = årsskifte, anyMonthEnd = månadsskifte)',
      default: 'yearEnd',
      source: withdrawal,
    },
    // Seed 002 says a yearly report is given (§ 9, § 14.2) but not by when: no product default
    // may invent a due date, so the report is due only when the county sets one as its own choice.
    annualReportEvery: {
      type: 'duration',
      title: 'Årlig rapport senast så här långt efter att uppföljningsplanen antogs eller förra rapporten lämnades',
      optional: true,
      source: {
        kind: 'seed',
        seed: '002',
        clause: '9',
        quote: 'En årlig verksamhetsrapport delges ledningsgruppen.',
      },
    },
    reportReminderBefore: {
      type: 'duration',
      title: 'Påminnelse om uppföljningsplan och rapport så här långt före',
      default: 'P14D',
      source: { kind: 'product', note: 'Produktens förval.' },
    },
  },
  input: { termEndsOn: 'required', followUpPlanDueOn: 'optional' },
  events: {
    'agreement.signature.recorded': {
      title: 'En part har undertecknat',
      sentBy: ['signatory'],
      payload: { party: 'required' },
    },
    'agreement.signing.due': { title: 'Tiden för underskrift har gått ut', sentBy: ['timer'] },
    'agreement.term.endReached': { title: 'Giltighetstiden har löpt ut', sentBy: ['timer'] },
    'agreement.nonRenewal.agreed': {
      title: 'Parterna har kommit överens om att inte förlänga',
      sentBy: ['coordinator'],
    },
    'agreement.followUpPlan.adopted': { title: 'Uppföljningsplanen är antagen', sentBy: ['coordinator'] },
    'agreement.followUpPlan.due': { title: 'Tiden för uppföljningsplanen har gått ut', sentBy: ['timer'] },
    'agreement.annualReport.delivered': { title: 'Den årliga rapporten är lämnad', sentBy: ['coordinator'] },
    'agreement.annualReport.due': { title: 'Tiden för den årliga rapporten har kommit', sentBy: ['timer'] },
    'agreement.notice.given': {
      title: 'En part har sagt upp sitt deltagande',
      sentBy: ['signatory'],
      payload: { party: 'required', noticeGivenOn: 'required' },
    },
    'agreement.withdrawal.effective': { title: 'Utträdet gäller nu', sentBy: ['timer'] },
    'agreement.revision.requested': {
      title: 'Revidering har begärts',
      sentBy: ['signatory', 'coordinator'],
    },
    'agreement.revision.adopted': {
      title: 'En reviderad upplaga är antagen och skickas för underskrift',
      sentBy: ['coordinator'],
    },
    'agreement.revision.dropped': { title: 'Revideringen har lagts ned', sentBy: ['coordinator'] },
  },
  initial: 'sentForSignature',
  states: {
    sentForSignature: {
      title: 'Skickad för underskrift',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '§ 24',
        quote: 'Reviderad överenskommelse översänds till parterna för undertecknande.',
      },
      tasks: [
        {
          key: 'sign',
          owedBy: 'signatory',
          title: 'Underteckna överenskommelsen',
          completedBy: ['agreement.signature.recorded'],
          forEach: 'party',
        },
      ],
      deadline: { within: { parameter: 'signWithin' }, event: 'agreement.signing.due' },
      reminders: [{ before: { parameter: 'signReminderBefore' } }, { atDue: true }],
      escalations: [{ after: { duration: 'PT0S' }, to: 'coordinator' }],
      always: { guard: { type: 'allTaskItemsDone', params: { task: 'sign' } }, target: 'inForce' },
    },
    inForce: {
      title: 'Gäller',
      source: validity,
      parallel: true,
      states: {
        term: {
          title: 'Giltighetstid',
          source: validity,
          initial: 'running',
          states: {
            running: {
              title: 'Löper och förlängs',
              source: validity,
              deadline: { within: { record: 'termEndsOn' }, event: 'agreement.term.endReached' },
              on: {
                'agreement.term.endReached': [
                  {
                    guard: { type: 'parameterIsTrue', params: { parameter: 'renewsAutomatically' } },
                    target: 'running',
                    reenter: true,
                    actions: [{ type: 'extendDate', params: { field: 'termEndsOn', parameter: 'renewalPeriod' } }],
                  },
                  { target: '#ended' },
                ],
                'agreement.nonRenewal.agreed': { target: 'endingAtTermEnd' },
              },
            },
            endingAtTermEnd: {
              title: 'Upphör när giltighetstiden löper ut',
              source: validity,
              deadline: { within: { record: 'termEndsOn' }, event: 'agreement.term.endReached' },
              on: { 'agreement.term.endReached': { target: '#ended' } },
            },
          },
        },
        followUp: {
          title: 'Uppföljning',
          source: {
            kind: 'seed',
            seed: '002',
            clause: '14.2',
            quote:
              'Uppföljning av överenskommelsen görs på två sätt, en årlig redovisning av hur arbetet fortskrider och en uppföljning av hur överenskommelsen bidrar till att uppfylla ställda mål.',
          },
          initial: 'planDue',
          states: {
            planDue: {
              title: 'Uppföljningsplan ska tas fram',
              source: followUpPlan,
              tasks: [
                {
                  key: 'followUpPlan',
                  owedBy: 'coordinator',
                  title: 'Ta fram uppföljningsplanen tillsammans med parterna',
                  completedBy: ['agreement.followUpPlan.adopted'],
                },
              ],
              deadline: { within: { record: 'followUpPlanDueOn' }, event: 'agreement.followUpPlan.due' },
              reminders: [{ before: { parameter: 'reportReminderBefore' } }, { atDue: true }],
              escalations: [{ after: { duration: 'PT0S' }, to: 'signatory' }],
              on: { 'agreement.followUpPlan.adopted': { target: 'reporting' } },
            },
            reporting: {
              title: 'Årlig rapport',
              source: {
                kind: 'seed',
                seed: '002',
                clause: '9',
                quote: 'En årlig verksamhetsrapport delges ledningsgruppen.',
              },
              tasks: [
                {
                  key: 'annualReport',
                  owedBy: 'coordinator',
                  title: 'Lämna den årliga verksamhetsrapporten',
                  completedBy: ['agreement.annualReport.delivered'],
                },
              ],
              deadline: { within: { parameter: 'annualReportEvery' }, event: 'agreement.annualReport.due' },
              reminders: [{ before: { parameter: 'reportReminderBefore' } }, { atDue: true }],
              escalations: [{ after: { duration: 'PT0S' }, to: 'signatory' }],
              on: { 'agreement.annualReport.delivered': { target: 'reporting', reenter: true } },
            },
          },
        },
        changes: {
          title: 'Uppsägning och revidering',
          source: revision,
          initial: 'stable',
          states: {
            stable: {
              title: 'Inga ändringar på gång',
              source: revision,
              on: {
                'agreement.notice.given': {
                  target: 'noticeGiven',
                  actions: [
                    {
                      type: 'computeWithdrawal',
                      params: { noticePeriod: 'noticePeriod', effectiveAt: 'withdrawalEffectiveAt' },
                    },
                  ],
                },
                'agreement.revision.requested': { target: 'underRevision' },
              },
            },
            noticeGiven: {
              title: 'En part har sagt upp sig',
              source: withdrawal,
              tasks: [
                {
                  key: 'reviseAfterNotice',
                  owedBy: 'coordinator',
                  title: 'Begär revidering av överenskommelsen inför partens utträde',
                  completedBy: ['agreement.revision.requested'],
                },
              ],
              deadline: { within: { record: 'withdrawalEffectiveOn' }, event: 'agreement.withdrawal.effective' },
              reminders: [{ before: { parameter: 'reportReminderBefore' } }],
              on: {
                'agreement.revision.requested': { target: 'underRevision' },
                'agreement.withdrawal.effective': { target: 'underRevision' },
              },
            },
            underRevision: {
              title: 'Revideras',
              source: revision,
              tasks: [
                {
                  key: 'prepareRevision',
                  owedBy: 'coordinator',
                  title: 'Ta fram en reviderad upplaga och skicka den till parterna för underskrift',
                  completedBy: ['agreement.revision.adopted'],
                },
              ],
              on: {
                'agreement.revision.adopted': { target: '#superseded' },
                'agreement.revision.dropped': { target: 'stable' },
              },
            },
          },
        },
      },
    },
    superseded: {
      title: 'Ersatt av en reviderad upplaga',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '§ 24',
        quote: 'Reviderad överenskommelse översänds till parterna för undertecknande.',
      },
      final: true,
    },
    ended: { title: 'Upphört', source: validity, final: true },
  },
};
