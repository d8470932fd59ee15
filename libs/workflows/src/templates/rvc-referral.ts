import { type RoutineDefinition, type RoutineSource } from '../definition/routine-definition.js';

const method: RoutineSource = {
  kind: 'seed',
  seed: '003',
  clause: '3.1',
  quote:
    'Metoden innebär att polisen frågar om den brottsutsatte som gjort en polisanmälan vill ha kontakt med Stöd- och kompetenscentrum, och förmedlar därefter kontaktuppgifter till Stöd- och kompetenscentrum.',
};
const within48Hours: RoutineSource = {
  kind: 'seed',
  seed: '003',
  clause: '3.1',
  quote: 'Stöd -och kompetenscentrum kontaktar den utsatta inom 48 timmar för att erbjuda:',
};

/**
 * The RVC referral (Relationsvåldscentrum's method): the police ask a victim who reported a
 * crime whether they want contact and refer it; the centre contacts them within 48 hours and
 * offers a crisis talk, information and support in the legal process, and motivation towards
 * longer-term support from social services or health care. Seed 003, 3.1 (Västernorrland);
 * Norrbotten's plan (seed 001) names the same routine "med inspiration av RVC".
 */
export const rvcReferral: RoutineDefinition = {
  key: 'rvc-referral',
  version: 1,
  title: 'Förmedlad kontakt enligt RVC-metoden',
  description:
    'Polisen frågar den brottsutsatta om samtycke och förmedlar kontakten; stödcentrumet kontaktar den utsatta inom fristen och erbjuder krissamtal, information och stöd i rättsprocessen samt motivation till långsiktigt stöd, och lämnar över till hemkommunens socialtjänst och/eller hälso- och sjukvården.',
  roles: {
    police: {
      title: 'Polisen',
      owes: 'Frågar den brottsutsatta om samtycke till kontakt och förmedlar kontakten; får veta om kontakt inte tagits i tid.',
    },
    supportCentre: {
      title: 'Stödcentrum',
      owes: 'Kontaktar den utsatta inom fristen, erbjuder stöd, lämnar över och följer upp.',
    },
  },
  parameters: {
    contactWithin: { type: 'duration', title: 'Kontakt ska tas inom', default: 'PT48H', source: within48Hours },
    maxContactAttempts: {
      type: 'count',
      title: 'Antal kontaktförsök innan den utsatta anses inte gå att nå',
      default: 3,
      source: { kind: 'product', note: 'Texten anger inget antal försök; tre är produktens förval.' },
    },
    contactReminderBefore: {
      type: 'duration',
      title: 'Påminnelse så här långt före fristen',
      default: 'PT12H',
      source: { kind: 'product', note: 'Produktens förval.' },
    },
    escalateAfter: {
      type: 'duration',
      title: 'Eskalering så här långt efter fristen',
      default: 'PT0S',
      source: { kind: 'product', note: 'Produktens förval: genast när fristen passerat.' },
    },
    followUpWithin: {
      type: 'duration',
      title: 'Uppföljning inom',
      default: 'P1M',
      source: { kind: 'product', note: 'Texten anger ingen tid för uppföljning; en månad är produktens förval.' },
    },
  },
  input: { homeMunicipality: 'optional' },
  events: {
    'case.referral.made': { title: 'Polisen har förmedlat kontakten efter samtycke', sentBy: ['police'] },
    'case.consent.declined': { title: 'Den brottsutsatta vill inte bli kontaktad', sentBy: ['police'] },
    'case.contact.attemptFailed': { title: 'Ett kontaktförsök har misslyckats', sentBy: ['supportCentre'] },
    'case.contact.made': { title: 'Kontakt har tagits', sentBy: ['supportCentre'] },
    'case.contact.deadlinePassed': { title: 'Fristen för kontakt har passerat', sentBy: ['timer'] },
    'case.support.accepted': {
      title: 'Den utsatta har tackat ja till stöd',
      sentBy: ['supportCentre'],
      payload: { offered: 'required' },
    },
    'case.support.declined': {
      title: 'Den utsatta har tackat nej till stöd',
      sentBy: ['supportCentre'],
      payload: { offered: 'required' },
    },
    'case.handover.made': {
      title: 'Ärendet har lämnats över',
      sentBy: ['supportCentre'],
      payload: { handedOverTo: 'required' },
    },
    'case.handover.declined': { title: 'Den utsatta vill inte ha långsiktigt stöd', sentBy: ['supportCentre'] },
    'case.followUp.due': { title: 'Tiden för uppföljning har kommit', sentBy: ['timer'] },
    'case.followUp.completed': { title: 'Ärendet har följts upp', sentBy: ['supportCentre'] },
    'case.unreachable.reported': {
      title: 'Polisen har fått veta att den utsatta inte gick att nå',
      sentBy: ['supportCentre'],
    },
  },
  initial: 'consentRequested',
  states: {
    consentRequested: {
      title: 'Polisen frågar om samtycke',
      source: method,
      tasks: [
        {
          key: 'referContact',
          owedBy: 'police',
          title: 'Fråga den brottsutsatta om samtycke till kontakt och förmedla kontakten till stödcentrumet',
          completedBy: ['case.referral.made', 'case.consent.declined'],
        },
      ],
      on: {
        'case.referral.made': { target: 'awaitingContact' },
        'case.consent.declined': { target: 'closed' },
      },
    },
    awaitingContact: {
      title: 'Stödcentrumet ska ta kontakt',
      source: within48Hours,
      initial: 'withinDeadline',
      tasks: [
        {
          key: 'makeContact',
          owedBy: 'supportCentre',
          title: 'Kontakta den våldsutsatta',
          completedBy: ['case.contact.made'],
        },
      ],
      deadline: { within: { parameter: 'contactWithin' }, event: 'case.contact.deadlinePassed' },
      reminders: [{ before: { parameter: 'contactReminderBefore' } }, { atDue: true }],
      escalations: [{ after: { parameter: 'escalateAfter' }, to: 'police' }],
      on: {
        'case.contact.made': { target: 'supportOffered' },
        'case.contact.attemptFailed': { actions: [{ type: 'increment', params: { counter: 'contactAttempts' } }] },
      },
      always: {
        guard: { type: 'countReached', params: { counter: 'contactAttempts', parameter: 'maxContactAttempts' } },
        target: 'unreachable',
      },
      states: {
        withinDeadline: {
          title: 'Inom fristen',
          source: within48Hours,
          on: { 'case.contact.deadlinePassed': { target: 'overdue' } },
        },
        overdue: {
          title: 'Fristen har passerat utan kontakt',
          source: within48Hours,
        },
      },
    },
    supportOffered: {
      title: 'Stöd erbjuds',
      source: {
        kind: 'seed',
        seed: '003',
        clause: '3.1',
        quote:
          'Krissamtal – Information och stöd i rättsprocessen – Motivera till långsiktiga stödinsatser hos socialtjänst och/eller Hälso- sjukvård',
      },
      tasks: [
        {
          key: 'offerSupport',
          owedBy: 'supportCentre',
          title:
            'Erbjud krissamtal, information och stöd i rättsprocessen och motivation till långsiktigt stöd; anteckna vad som erbjöds och svaret',
          completedBy: ['case.support.accepted', 'case.support.declined'],
        },
      ],
      on: {
        'case.support.accepted': {
          target: 'handOver',
          actions: [{ type: 'record', params: { fields: ['offered'] } }],
        },
        'case.support.declined': {
          target: 'closed',
          actions: [{ type: 'record', params: { fields: ['offered'] } }],
        },
      },
    },
    handOver: {
      title: 'Överlämning till hemkommunen och/eller vården',
      source: {
        kind: 'seed',
        seed: '003',
        clause: '3.1',
        quote: 'Motivera till långsiktiga stödinsatser hos socialtjänst och/eller Hälso- sjukvård',
      },
      tasks: [
        {
          key: 'handOver',
          owedBy: 'supportCentre',
          title: 'Lämna över till hemkommunens socialtjänst och/eller hälso- och sjukvården',
          completedBy: ['case.handover.made', 'case.handover.declined'],
        },
      ],
      on: {
        'case.handover.made': {
          target: 'followUp',
          actions: [{ type: 'record', params: { fields: ['handedOverTo'] } }],
        },
        'case.handover.declined': { target: 'followUp' },
      },
    },
    followUp: {
      title: 'Uppföljning',
      source: {
        kind: 'product',
        note: 'Texten nämner ingen uppföljning av det enskilda ärendet; steget finns för att stödcentrumet ska se att överlämningen blev av.',
      },
      tasks: [
        {
          key: 'followUp',
          owedBy: 'supportCentre',
          title: 'Följ upp ärendet',
          completedBy: ['case.followUp.completed'],
        },
      ],
      deadline: { within: { parameter: 'followUpWithin' }, event: 'case.followUp.due' },
      reminders: [{ atDue: true }],
      on: { 'case.followUp.completed': { target: 'closed' } },
    },
    unreachable: {
      title: 'Den utsatta gick inte att nå',
      source: {
        kind: 'product',
        note: 'Texten säger inte vad som händer när den utsatta inte kan nås; efter det antal försök parametern anger meddelas polisen, som förmedlade kontakten.',
      },
      tasks: [
        {
          key: 'reportUnreachable',
          owedBy: 'supportCentre',
          title: 'Meddela polisen att den utsatta inte gick att nå',
          completedBy: ['case.unreachable.reported'],
        },
      ],
      on: { 'case.unreachable.reported': { target: 'closed' } },
    },
    closed: {
      title: 'Avslutat',
      source: {
        kind: 'product',
        note: 'Ärendet avslutas; bara dess tidslinje finns kvar, utan uppgifter om personen.',
      },
      final: true,
    },
  },
};
