import { type RoutineDefinition, type RoutineSource } from '../definition/routine-definition.js';

const seed: RoutineSource = {
  kind: 'seed',
  seed: '001',
  clause: 'Utveckling av beprövade rutiner för myndighetssamverkan',
  quote:
    'Vi kommer att fortsätta utveckla de beprövade samverkansrutinerna för myndigheternas initiala insatser dels då barn utsatts för våld och/eller sexuella övergrepp i likhet med det arbete som sker i ett barnhus',
};
const practice = (note: string): RoutineSource => ({ kind: 'practice', name: 'Barnahus practice', note });

/**
 * The Barnahus-like joint consultation when a child is subjected to violence. Seed 001
 * (Norrbotten) gives it one sentence; its steps follow common Barnahus practice and are marked
 * `Barnahus practice`, not attributed to any agreement: an early joint consultation (samråd) of
 * social services, police, prosecutor and health care; then, side by side, the prosecutor's
 * decision on a preliminary investigation and the child interview held by the police, the
 * medical examination, and social services' assessment of protection and crisis support; and
 * a follow-up consultation.
 */
export const childConsultation: RoutineDefinition = {
  key: 'child-consultation',
  version: 1,
  title: 'Samråd när barn utsatts för våld (barnahusliknande)',
  description:
    'Gemensamt samråd mellan socialtjänst, polis, åklagare och hälso- och sjukvård när ett barn utsatts för våld eller övergrepp, med stegen i gängse barnahusarbete: tidigt samråd, parallella insatser och uppföljande samråd.',
  roles: {
    initiator: {
      title: 'Samordnare som kallar till samråd',
      owes: 'Kallar till samråd i tid och håller det uppföljande samrådet.',
    },
    socialServices: {
      title: 'Socialtjänsten i barnets hemkommun',
      owes: 'Bedömer barnets skyddsbehov och erbjuder krisstöd.',
    },
    healthCare: {
      title: 'Hälso- och sjukvården',
      owes: 'Bedömer behovet av och genomför medicinsk undersökning.',
    },
    prosecution: {
      title: 'Åklagaren',
      owes: 'Beslutar om förundersökning och leder barnförhöret.',
    },
    police: { title: 'Polisen', owes: 'Håller barnförhöret på åklagarens uppdrag.' },
  },
  parameters: {
    consultationWithin: {
      type: 'duration',
      title: 'Samråd hålls inom',
      default: 'PT24H',
      source: practice(
        'Samråd hålls skyndsamt i barnahusarbete; ett dygn är produktens förval, inte en regel ur texten.',
      ),
    },
    interviewWithin: {
      type: 'duration',
      title: 'Barnförhör hålls inom',
      default: 'P14D',
      source: practice(
        'Barnförhör hålls i regel inom två veckor i barnahusarbete; produktens förval, inte en regel ur texten.',
      ),
    },
    followUpWithin: {
      type: 'duration',
      title: 'Uppföljande samråd inom',
      default: 'P4W',
      source: practice('Uppföljande samråd hör till barnahusarbetet; fyra veckor är produktens förval.'),
    },
  },
  input: { homeMunicipality: 'optional' },
  events: {
    'child.consultation.held': { title: 'Samrådet har hållits', sentBy: ['initiator'] },
    'child.consultation.notNeeded': { title: 'Samråd behövs inte', sentBy: ['initiator'] },
    'child.consultation.due': { title: 'Tiden för samrådet har gått ut', sentBy: ['timer'] },
    'child.investigation.opened': { title: 'Förundersökning har inletts', sentBy: ['prosecution'] },
    'child.investigation.notOpened': { title: 'Förundersökning inleds inte', sentBy: ['prosecution'] },
    'child.interview.held': { title: 'Barnförhör har hållits', sentBy: ['police'] },
    'child.interview.due': { title: 'Tiden för barnförhöret har gått ut', sentBy: ['timer'] },
    'child.examination.performed': { title: 'Medicinsk undersökning har gjorts', sentBy: ['healthCare'] },
    'child.examination.notNeeded': { title: 'Medicinsk undersökning behövs inte', sentBy: ['healthCare'] },
    'child.protection.assessed': {
      title: 'Skyddsbedömning är gjord och krisstöd erbjudet',
      sentBy: ['socialServices'],
    },
    'child.followUp.held': { title: 'Uppföljande samråd har hållits', sentBy: ['initiator'] },
    'child.followUp.due': { title: 'Tiden för uppföljande samråd har kommit', sentBy: ['timer'] },
  },
  initial: 'concernRaised',
  states: {
    concernRaised: {
      title: 'Misstanke om våld mot barn',
      source: seed,
      tasks: [
        {
          key: 'convene',
          owedBy: 'initiator',
          title: 'Kalla socialtjänst, polis, åklagare och hälso- och sjukvård till samråd',
          completedBy: ['child.consultation.held', 'child.consultation.notNeeded'],
        },
      ],
      deadline: { within: { parameter: 'consultationWithin' }, event: 'child.consultation.due' },
      reminders: [{ atDue: true }],
      escalations: [{ after: { duration: 'PT0S' }, to: 'socialServices' }],
      on: {
        'child.consultation.held': { target: 'investigation' },
        'child.consultation.notNeeded': { target: 'closed' },
      },
    },
    investigation: {
      title: 'Insatser sida vid sida',
      source: practice('Efter samrådet arbetar myndigheterna parallellt och samordnat, som i ett barnahus.'),
      parallel: true,
      onDone: { target: 'followUpConsultation' },
      states: {
        criminal: {
          title: 'Brottsutredning',
          source: practice('Åklagaren leder förundersökningen och barnförhöret; polisen håller förhöret.'),
          initial: 'decision',
          states: {
            decision: {
              title: 'Beslut om förundersökning',
              source: practice('Åklagaren beslutar om förundersökning.'),
              tasks: [
                {
                  key: 'decideInvestigation',
                  owedBy: 'prosecution',
                  title: 'Besluta om förundersökning och barnförhör',
                  completedBy: ['child.investigation.opened', 'child.investigation.notOpened'],
                },
              ],
              on: {
                'child.investigation.opened': { target: 'interview' },
                'child.investigation.notOpened': { target: 'done' },
              },
            },
            interview: {
              title: 'Barnförhör',
              source: practice('Barnförhöret hålls i barnahusets förhörsrum; socialtjänsten kan följa det.'),
              tasks: [
                {
                  key: 'holdInterview',
                  owedBy: 'police',
                  title: 'Håll barnförhör på åklagarens uppdrag',
                  completedBy: ['child.interview.held'],
                },
              ],
              deadline: { within: { parameter: 'interviewWithin' }, event: 'child.interview.due' },
              reminders: [{ atDue: true }],
              escalations: [{ after: { duration: 'PT0S' }, to: 'prosecution' }],
              on: { 'child.interview.held': { target: 'done' } },
            },
            done: {
              title: 'Brottsutredningens första steg klara',
              source: practice('Förundersökningen fortsätter hos polis och åklagare, utanför samrådet.'),
              final: true,
            },
          },
        },
        medical: {
          title: 'Medicinsk bedömning',
          source: practice('Hälso- och sjukvården bedömer behovet av läkarundersökning och genomför den.'),
          initial: 'assessment',
          states: {
            assessment: {
              title: 'Bedömning av medicinsk undersökning',
              source: practice('Läkarundersökning, vid behov rättsmedicinsk, i anslutning till samrådet.'),
              tasks: [
                {
                  key: 'medicalExamination',
                  owedBy: 'healthCare',
                  title: 'Bedöm behovet av medicinsk undersökning och genomför den',
                  completedBy: ['child.examination.performed', 'child.examination.notNeeded'],
                },
              ],
              on: {
                'child.examination.performed': { target: 'done' },
                'child.examination.notNeeded': { target: 'done' },
              },
            },
            done: {
              title: 'Medicinsk bedömning klar',
              source: practice('Fortsatt vård ges inom hälso- och sjukvården.'),
              final: true,
            },
          },
        },
        protection: {
          title: 'Skydd och stöd',
          source: practice('Socialtjänsten bedömer barnets skyddsbehov och erbjuder barnet och familjen krisstöd.'),
          initial: 'assessment',
          states: {
            assessment: {
              title: 'Skyddsbedömning och krisstöd',
              source: practice('Skyddsbedömning och krisstöd från socialtjänsten i barnets hemkommun.'),
              tasks: [
                {
                  key: 'assessProtection',
                  owedBy: 'socialServices',
                  title: 'Bedöm barnets skyddsbehov och erbjud barnet och familjen krisstöd',
                  completedBy: ['child.protection.assessed'],
                },
              ],
              on: { 'child.protection.assessed': { target: 'done' } },
            },
            done: {
              title: 'Skyddsbedömning klar',
              source: practice('Socialtjänstens utredning fortsätter enligt socialtjänstlagen, utanför samrådet.'),
              final: true,
            },
          },
        },
      },
    },
    followUpConsultation: {
      title: 'Uppföljande samråd',
      source: practice('Ett uppföljande samråd stämmer av insatserna och planerar fortsatt stöd.'),
      tasks: [
        {
          key: 'holdFollowUp',
          owedBy: 'initiator',
          title: 'Håll uppföljande samråd och planera fortsatt stöd',
          completedBy: ['child.followUp.held'],
        },
      ],
      deadline: { within: { parameter: 'followUpWithin' }, event: 'child.followUp.due' },
      reminders: [{ atDue: true }],
      on: { 'child.followUp.held': { target: 'closed' } },
    },
    closed: {
      title: 'Avslutat',
      source: {
        kind: 'product',
        note: 'Samrådsärendet avslutas; bara dess tidslinje finns kvar, utan uppgifter om barnet.',
      },
      final: true,
    },
  },
};
