import { type RoutineDefinition, type RoutineSource } from '../definition/routine-definition.js';

const consultations: RoutineSource = {
  kind: 'seed',
  seed: '002',
  clause: '12',
  quote: 'Samrådsmöten hålls i Östersund på fasta tider varje vecka. Vid behov kan akuta samråd sammankallas.',
};
const record = (...fields: string[]) => [{ type: 'record', params: { fields } }];
const withdrawn = { 'consultation.request.withdrawn': { target: 'closed' } };

/**
 * A consultation (samråd): a professional asks the coordinator; the coordinator sets its type
 * and participants; it is booked into the next weekly slot of the consultation group, or
 * convened at once when acute; it is held on the basis of consent or de-identified; its
 * outcome gives actions to parties, each a task with its own due time; it is followed up.
 * Seed 002 (Jämtland, Operation Norrsken) §§ 5, 10, 11, 12 and 14.
 */
export const consultation: RoutineDefinition = {
  key: 'consultation',
  version: 1,
  title: 'Samråd',
  description:
    'En yrkesverksam begär samråd hos samordnaren, som bestämmer typ av samråd och deltagare. Ärendet dras på nästa fasta samrådstid, eller i ett akut samråd, med den våldsutsattas samtycke eller avidentifierat. Samrådet ger parterna åtgärder med egna frister, som följs upp.',
  roles: {
    coordinator: {
      title: 'Samordnare',
      owes: 'Tar emot förfrågningar, bestämmer typ och deltagare, kallar till och leder samrådet, dokumenterar och följer upp.',
    },
    police: { title: 'Polisen', owes: 'Deltar i samråd och genomför de åtgärder samrådet ger polisen.' },
    healthCare: {
      title: 'Hälso- och sjukvården',
      owes: 'Deltar i samråd och genomför de åtgärder samrådet ger hälso- och sjukvården.',
    },
    socialServices: {
      title: 'Socialtjänsten i hemkommunen',
      owes: 'Deltar i samråd och genomför de åtgärder samrådet ger socialtjänsten.',
    },
  },
  parameters: {
    assessWithin: {
      type: 'workingDays',
      title: 'Samordnaren bedömer förfrågan inom (arbetsdagar)',
      default: 2,
      source: {
        kind: 'product',
        note: 'Texten anger ingen tid för samordnarens bedömning; två arbetsdagar är produktens förval.',
      },
    },
    acuteWithin: {
      type: 'duration',
      title: 'Ett akut samråd hålls inom',
      default: 'PT24H',
      source: {
        kind: 'product',
        note: 'Texten säger "vid behov kan akuta samråd sammankallas" utan tid; ett dygn är produktens förval.',
      },
    },
    slotReminderBefore: {
      type: 'duration',
      title: 'Påminnelse så här långt före samrådstiden',
      default: 'PT24H',
      source: { kind: 'product', note: 'Produktens förval.' },
    },
    actionReminderBefore: {
      type: 'duration',
      title: 'Påminnelse så här långt före en åtgärds frist',
      default: 'P1D',
      source: { kind: 'product', note: 'Produktens förval.' },
    },
    escalateAfter: {
      type: 'duration',
      title: 'En försenad åtgärd eskaleras till samordnaren efter',
      default: 'P1D',
      source: { kind: 'product', note: 'Produktens förval.' },
    },
    followUpWithin: {
      type: 'duration',
      title: 'Uppföljning inom',
      default: 'P4W',
      source: { kind: 'product', note: 'Texten anger ingen tid för uppföljning; fyra veckor är produktens förval.' },
    },
  },
  input: { homeMunicipality: 'optional' },
  events: {
    'consultation.type.set': {
      title: 'Samordnaren har bestämt typ av samråd och deltagare',
      sentBy: ['coordinator'],
      payload: { consultationType: 'required', participants: 'required' },
    },
    'consultation.assessment.due': { title: 'Tiden för att bedöma förfrågan har gått ut', sentBy: ['timer'] },
    'consultation.request.withdrawn': { title: 'Förfrågan har dragits tillbaka', sentBy: ['coordinator'] },
    'consultation.slot.booked': {
      title: 'Ärendet har bokats in på en samrådstid',
      sentBy: ['coordinator'],
      payload: { slotAt: 'required' },
      // Jämtland §12: consultations at fixed times every week; left out, the next one is taken.
      fill: { slotAt: 'nextConsultationSlot' },
    },
    'consultation.slot.reached': { title: 'Samrådstiden har kommit', sentBy: ['timer'] },
    'consultation.acute.due': { title: 'Tiden för det akuta samrådet har gått ut', sentBy: ['timer'] },
    'consultation.held': {
      title: 'Samrådet har hållits',
      sentBy: ['coordinator'],
      payload: { consentBasis: 'required' },
    },
    'consultation.outcome.recorded': {
      title: 'Samrådets åtgärder har dokumenterats',
      sentBy: ['coordinator'],
      payload: { actions: 'required' },
    },
    'consultation.action.completed': {
      title: 'En åtgärd från samrådet är genomförd',
      sentBy: ['coordinator', 'police', 'healthCare', 'socialServices'],
      payload: { action: 'required' },
    },
    'consultation.followUp.due': { title: 'Tiden för uppföljning har kommit', sentBy: ['timer'] },
    'consultation.followUp.requested': {
      title: 'Ett uppföljande samråd behövs',
      sentBy: ['coordinator'],
      payload: { consultationType: 'required' },
    },
    'consultation.followUp.completed': { title: 'Samrådet har följts upp', sentBy: ['coordinator'] },
  },
  // What a consultation may give a party to do, from the purposes and goals of seed 002 (§ 5 and
  // § 6, points 2–6), as a list the coordinator picks from: a typed title could carry a name or
  // an address. Anything else is "another action", whose particulars stay in the coordinator's
  // own documentation (§ 14.1), not in the case.
  assignableActions: {
    riskAssessment: { title: 'Bedöm risken för fortsatt våld' },
    protectiveMeasures: { title: 'Vidta skyddsåtgärder utifrån den bedömda risken' },
    supportAssessment: { title: 'Bedöm vilket psykosocialt stöd och vilken behandling som är relevant' },
    newContact: { title: 'Hjälp den våldsutsatta att knyta kontakt med en ny enhet eller profession' },
    supportInformation: { title: 'Informera om vilket stöd och vilken hjälp parten kan erbjuda' },
    crimeReport: { title: 'Verka för att brottet anmäls och att den våldsutsatta medverkar i utredningen' },
    otherAction: { title: 'Annan åtgärd enligt samordnarens dokumentation av samrådet' },
  },
  initial: 'requested',
  states: {
    requested: {
      title: 'Samråd har begärts',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '11',
        quote:
          'Innebär att ta emot förfrågningar inför samråd och ge vägledning inför att en yrkesverksam ska dra ett ärende i samråd.',
      },
      tasks: [
        {
          key: 'assessRequest',
          owedBy: 'coordinator',
          title: 'Bedöm förfrågan: typ av samråd och vilka som medverkar',
          completedBy: ['consultation.type.set'],
        },
      ],
      deadline: { within: { parameter: 'assessWithin' }, event: 'consultation.assessment.due' },
      reminders: [{ atDue: true }],
      on: {
        'consultation.type.set': [
          {
            guard: { type: 'payloadIs', params: { field: 'consultationType', value: 'acute' } },
            target: 'convening',
            actions: record('consultationType', 'participants'),
          },
          { target: 'awaitingSlot', actions: record('consultationType', 'participants') },
        ],
        ...withdrawn,
      },
    },
    awaitingSlot: {
      title: 'Ska bokas in på nästa fasta samrådstid',
      source: consultations,
      tasks: [
        {
          key: 'bookSlot',
          owedBy: 'coordinator',
          title: 'Boka in ärendet på nästa fasta samrådstid och kalla deltagarna',
          completedBy: ['consultation.slot.booked'],
        },
      ],
      on: {
        'consultation.slot.booked': { target: 'booked', actions: record('slotAt') },
        ...withdrawn,
      },
    },
    booked: {
      title: 'Inbokat på en samrådstid',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '12',
        quote: 'Kallade parter bidrar till samverkan genom att vara tillgängliga att delta vid samråden.',
      },
      tasks: [
        {
          key: 'holdConsultation',
          owedBy: 'coordinator',
          title: 'Led samrådet och anteckna om ärendet dras med samtycke eller avidentifierat',
          completedBy: ['consultation.held'],
        },
      ],
      deadline: { within: { record: 'slotAt' }, event: 'consultation.slot.reached' },
      reminders: [{ before: { parameter: 'slotReminderBefore' } }],
      on: {
        'consultation.held': { target: 'outcomePending', actions: record('consentBasis') },
        ...withdrawn,
      },
    },
    convening: {
      title: 'Akut samråd sammankallas',
      source: consultations,
      tasks: [
        {
          key: 'conveneAcute',
          owedBy: 'coordinator',
          title: 'Sammankalla och led ett akut samråd; anteckna om ärendet dras med samtycke eller avidentifierat',
          completedBy: ['consultation.held'],
        },
      ],
      deadline: { within: { parameter: 'acuteWithin' }, event: 'consultation.acute.due' },
      reminders: [{ atDue: true }],
      on: {
        'consultation.held': { target: 'outcomePending', actions: record('consentBasis') },
        ...withdrawn,
      },
    },
    outcomePending: {
      title: 'Samrådet ska dokumenteras',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '14.1',
        quote: 'Samordnaren har till uppgift att dokumentera samråden och övriga insatser',
      },
      tasks: [
        {
          key: 'recordOutcome',
          owedBy: 'coordinator',
          title: 'Dokumentera vilka åtgärder parterna åtagit sig och deras frister',
          completedBy: ['consultation.outcome.recorded'],
        },
      ],
      on: { 'consultation.outcome.recorded': { target: 'actionsOpen', actions: record('actions') } },
    },
    actionsOpen: {
      title: 'Parterna genomför sina åtgärder',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '5',
        quote: 'Klarlägga individens behov och vilka som ansvarar för att tillgodose behoven både kort och lång sikt.',
      },
      tasks: [
        {
          key: 'carryOutAction',
          owedBy: 'coordinator',
          title: 'Genomför åtgärden från samrådet',
          completedBy: ['consultation.action.completed'],
          forEach: 'assignedAction',
        },
      ],
      reminders: [{ before: { parameter: 'actionReminderBefore' } }, { atDue: true }],
      escalations: [{ after: { parameter: 'escalateAfter' }, to: 'coordinator' }],
      always: { guard: { type: 'allTaskItemsDone', params: { task: 'carryOutAction' } }, target: 'followUp' },
    },
    followUp: {
      title: 'Uppföljning',
      source: {
        kind: 'seed',
        seed: '002',
        clause: '12',
        quote: 'Samråden kan vara av olika karaktär; planerande, konsulterande, akuta eller uppföljande.',
      },
      tasks: [
        {
          key: 'followUp',
          owedBy: 'coordinator',
          title: 'Följ upp att åtgärderna gav det stöd och skydd som behövdes',
          completedBy: ['consultation.followUp.completed', 'consultation.followUp.requested'],
        },
      ],
      deadline: { within: { parameter: 'followUpWithin' }, event: 'consultation.followUp.due' },
      reminders: [{ atDue: true }],
      on: {
        'consultation.followUp.completed': { target: 'closed' },
        'consultation.followUp.requested': { target: 'awaitingSlot', actions: record('consultationType') },
      },
    },
    closed: {
      title: 'Avslutat',
      source: {
        kind: 'product',
        note: 'Samrådsärendet avslutas; bara dess tidslinje finns kvar, utan uppgifter om personen.',
      },
      final: true,
    },
  },
};
