import { type NoticeKind } from './notice-kinds.js';

/** The variables a notice's template is rendered with: printable values, records and lists. */
export type NoticeModel = { readonly [field: string]: NoticeValue };
export type NoticeValue = string | NoticeModel | readonly NoticeModel[];

/**
 * Sample variables of each kind, for the preview of a template. Every value is made up and
 * reads as an example (a case reference of the shape the engine gives, an agreement's title).
 */
const sampleTask = { title: 'Kontakta den våldsutsatta', due: 'tisdag 3 mars 2026 kl. 14:00' };
const caseSample: NoticeModel = {
  case: { ref: 'RVC-2603-KMPTXR', link: 'https://samverkan.example/cases/00000000-0000-4000-8000-000000000000' },
  routine: { title: 'Förmedlad kontakt enligt RVC-metoden' },
  agreement: { title: 'Operation Norrsken' },
  task: sampleTask,
  tasks: [sampleTask],
  owedBy: 'Stödcentrum Jämtland',
  recipient: { party: 'Stödcentrum Jämtland', role: 'Stödcentrum' },
};
const agreementSample = {
  agreement: {
    title: 'Operation Norrsken',
    version: '2',
    link: 'https://samverkan.example/overenskommelser/jamtland-operation-norrsken/versioner/2',
  },
  recipient: { party: 'Östersunds kommun' },
};

export const noticeSamples: Record<NoticeKind, NoticeModel> = {
  taskAssigned: caseSample,
  dueSoon: caseSample,
  overdue: caseSample,
  escalation: { ...caseSample, recipient: { party: 'Polisen i Jämtland', role: 'Polisen' } },
  meetingInvitation: {
    ...agreementSample,
    meeting: { body: 'Styrgruppen', startsAt: 'onsdag 11 mars 2026 kl. 09:00', place: 'Regionens hus, Östersund' },
  },
  meetingToSchedule: { ...agreementSample, meeting: { body: 'Styrgruppen', period: 'vårterminen 2026' } },
  minutesDue: {
    ...agreementSample,
    meeting: { body: 'Styrgruppen', heldAt: 'onsdag 11 mars 2026 kl. 09:00' },
    due: 'onsdag 25 mars 2026',
  },
  signaturePending: { ...agreementSample, party: 'Östersunds kommun' },
  withdrawalReceived: {
    ...agreementSample,
    withdrawal: { party: 'Krokoms kommun', givenOn: 'måndag 2 mars 2026', effectiveOn: 'torsdag 31 december 2026' },
  },
  lastDayToGiveNotice: {
    ...agreementSample,
    notice: { lastDay: 'tisdag 30 juni 2026', termEnds: 'torsdag 31 december 2026' },
  },
  renewalComing: { ...agreementSample, renewal: { on: 'fredag 1 januari 2027', until: 'fredag 31 december 2027' } },
  followUpDue: { ...agreementSample, followUp: { duty: 'Årlig verksamhetsrapport', due: 'tisdag 31 mars 2026' } },
  digest: {
    day: 'tisdag 3 mars 2026',
    recipient: { party: 'Stödcentrum Jämtland' },
    dueToday: [{ ...sampleTask, case: caseSample['case'] as NoticeModel }],
    overdue: [],
    arrived: [{ title: 'Ny uppgift i ärende RVC-2603-KMPTXR', case: caseSample['case'] as NoticeModel }],
    inbox: { link: 'https://samverkan.example/inkorg' },
  },
};
