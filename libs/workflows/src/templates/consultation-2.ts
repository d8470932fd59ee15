import { type EventSpec, type RoutineDefinition, type RoutineSource } from '../definition/routine-definition.js';
import { consultation } from './consultation.js';

const principles = (quote: string): RoutineSource => ({ kind: 'seed', seed: '002', clause: '8', quote });
const consentAndForm: RoutineSource = {
  kind: 'seed',
  seed: '002',
  clause: '12',
  quote:
    'Ett ärende på samråd kan dras med den våldsutsattas samtycke eller avidentifierat. Vid samtycke ska den framtagna samtyckesblanketten användas så långt det är möjligt.',
};

/**
 * A consultation is held (version 2): besides its basis, the coordinator records that the person
 * was told how cooperation with consent works (§ 8), whether the consent form was used or, from a
 * fixed list, why not (§ 12; none for a de-identified case), whether the adult has children and,
 * if so, that the child's rights were considered (§ 8, the Convention on the Rights of the Child
 * articles 3 and 19), and who attended without being a party, by function (§ 12, external).
 */
const held: EventSpec = {
  title: 'Samrådet har hållits',
  sentBy: ['coordinator'],
  payload: {
    consentBasis: 'required',
    consentExplained: 'optional',
    consentForm: 'optional',
    hasChildren: 'required',
    childRightsConsidered: 'optional',
    externalAttendees: 'optional',
  },
  rules: [
    {
      when: { field: 'consentBasis', is: 'consent' },
      must: { consentExplained: true },
      require: ['consentForm'],
      why: 'Vid samtycke ska den våldsutsatta ha fått en tydlig förklaring av hur samverkan med samtycke går till (§ 8), och det ska framgå om samtyckesblanketten användes eller varför inte (§ 12).',
      source: principles(
        'i att den våldsutsatta ska få en tydlig förklaring av hur samverkan med samtycke går till och ett bra bemötande samband med informationen.',
      ),
    },
    {
      when: { field: 'consentBasis', is: 'deidentified' },
      forbid: ['consentForm'],
      why: 'Ett avidentifierat ärende dras utan samtycke och utan samtyckesblankett (§ 12).',
      source: consentAndForm,
    },
    {
      when: { field: 'hasChildren', is: true },
      must: { childRightsConsidered: true },
      why: 'När den vuxna har barn ska samverkan genomsyras av barnrättsperspektivet, särskilt artikel 3 och 19 i barnkonventionen (§ 8).',
      source: principles(
        'samt i de fall den vuxna har barn ska samverkan genomsyras av barnrättsperspektivet, särskilt artikel 3 och 19 i barnkonventionen.',
      ),
    },
  ],
};

const recordHeld = [
  {
    type: 'record',
    params: {
      fields: [
        'consentBasis',
        'consentExplained',
        'consentForm',
        'hasChildren',
        'childRightsConsidered',
        'externalAttendees',
      ],
    },
  },
];
const holdTitle =
  'anteckna grunden (samtycke eller avidentifierat), att samtycket förklarats och om samtyckesblanketten användes, om den vuxna har barn och att barnets rättigheter beaktats, och vilka som närvarade utan att vara parter';

const { booked, convening } = consultation.states;
if (!booked || !convening) throw new Error('consultation@1 has no booked or convening state');

/**
 * Version 2 of the consultation (samråd): as version 1, and the consultation held records consent
 * and children as seed 002 §§ 8 and 12 ask (see `held`). Version 1 stays as published for the
 * cases that run on it; a running case moves to version 2 with the same states
 * (`checkMigration` with no mapping), its later `consultation.held` then carrying the new fields.
 */
export const consultation2: RoutineDefinition = {
  ...consultation,
  version: 2,
  description:
    'En yrkesverksam begär samråd hos samordnaren, som bestämmer typ av samråd och deltagare. Ärendet dras på nästa fasta samrådstid, eller i ett akut samråd, med den våldsutsattas samtycke eller avidentifierat. När samrådet hållits antecknas att samtycket förklarats, om samtyckesblanketten användes, barnrättsperspektivet när den vuxna har barn och de närvarande som inte är parter. Samrådet ger parterna åtgärder med egna frister, som följs upp.',
  events: { ...consultation.events, 'consultation.held': held },
  states: {
    ...consultation.states,
    booked: {
      ...booked,
      tasks: [
        {
          key: 'holdConsultation',
          owedBy: 'coordinator',
          title: `Led samrådet och ${holdTitle}`,
          completedBy: ['consultation.held'],
        },
      ],
      on: { ...booked.on, 'consultation.held': { target: 'outcomePending', actions: recordHeld } },
    },
    convening: {
      ...convening,
      tasks: [
        {
          key: 'conveneAcute',
          owedBy: 'coordinator',
          title: `Sammankalla och led ett akut samråd; ${holdTitle}`,
          completedBy: ['consultation.held'],
        },
      ],
      on: { ...convening.on, 'consultation.held': { target: 'outcomePending', actions: recordHeld } },
    },
  },
};
