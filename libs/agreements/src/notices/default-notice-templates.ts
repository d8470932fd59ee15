import { type NoticeKind } from './notice-kinds.js';

/** A notice's template: the subject line, the plain-text body and the HTML body (a fragment). */
export interface NoticeTemplate {
  subject: string;
  text: string;
  html: string;
}

/** Closes every notice: what it is and that it says nothing about a person. */
const footerText =
  '\n\nDetta meddelande kommer från Samverkan. Det innehåller inga uppgifter om den person ärendet gäller; läs ärendet i Samverkan.';
const footerHtml =
  '<p style="color:#555;font-size:smaller">Detta meddelande kommer från Samverkan. Det innehåller inga uppgifter om den person ärendet gäller; läs ärendet i Samverkan.</p>';

const taskListText = '{{#each tasks}}\n– {{title}} (senast {{due}}){{/each}}';
const taskListHtml = '<ul>{{#each tasks}}<li>{{title}} (senast {{due}})</li>{{/each}}</ul>';

/** A notice about tasks in a case: a lead sentence, the tasks, who owes them and the link. */
function caseTemplate(subject: string, lead: string): NoticeTemplate {
  return {
    subject,
    text:
      `Till {{recipient.party}}\n\n${lead}\n${taskListText}\n\n` +
      'Ärende: {{case.ref}} ({{routine.title}}, {{agreement.title}})\nUppgiften ägs av: {{owedBy}}\n\n' +
      `Öppna ärendet: {{case.link}}${footerText}`,
    html:
      `<p>Till {{recipient.party}}</p><p>${lead}</p>${taskListHtml}` +
      '<p>Ärende: <strong>{{case.ref}}</strong> ({{routine.title}}, {{agreement.title}})<br>Uppgiften ägs av: {{owedBy}}</p>' +
      `<p><a href="{{case.link}}">Öppna ärendet</a></p>${footerHtml}`,
  };
}

/** A notice about the agreement itself: a lead sentence and the link to the agreement. */
function agreementTemplate(subject: string, lead: string): NoticeTemplate {
  return {
    subject,
    text: `Till {{recipient.party}}\n\n${lead}\n\nÖverenskommelse: {{agreement.title}}, version {{agreement.version}}\nÖppna överenskommelsen: {{agreement.link}}${footerText}`,
    html:
      `<p>Till {{recipient.party}}</p><p>${lead}</p>` +
      '<p>Överenskommelse: {{agreement.title}}, version {{agreement.version}}</p>' +
      `<p><a href="{{agreement.link}}">Öppna överenskommelsen</a></p>${footerHtml}`,
  };
}

/** The product's templates, in Swedish; a county may override any of them in its agreement. */
export const defaultNoticeTemplates: Record<NoticeKind, NoticeTemplate> = {
  taskAssigned: caseTemplate(
    'Ny uppgift i ärende {{case.ref}}',
    'Er organisation har fått en ny uppgift i ärende {{case.ref}}:',
  ),
  dueSoon: caseTemplate(
    'Påminnelse: uppgift i ärende {{case.ref}} ska vara klar {{task.due}}',
    'En uppgift i ärende {{case.ref}} ska snart vara klar:',
  ),
  overdue: caseTemplate(
    'Försenad uppgift i ärende {{case.ref}}',
    'Tiden för en uppgift i ärende {{case.ref}} har gått ut och uppgiften är inte klar:',
  ),
  escalation: caseTemplate(
    'Eskalering: försenad uppgift i ärende {{case.ref}}',
    'Ni får detta som {{recipient.role}} eftersom en uppgift i ärende {{case.ref}} är försenad och inte klar:',
  ),
  meetingInvitation: agreementTemplate(
    'Kallelse: {{meeting.body}} {{meeting.startsAt}}',
    'Ni kallas till {{meeting.body}} {{meeting.startsAt}}, {{meeting.place}}.',
  ),
  meetingToSchedule: agreementTemplate(
    'Boka möte: {{meeting.body}} ({{meeting.period}})',
    'Ett möte i {{meeting.body}} ska hållas under {{meeting.period}} och har inget datum ännu. Som sammankallande bokar ni det i Samverkan.',
  ),
  minutesDue: agreementTemplate(
    'Protokoll: {{meeting.body}} {{meeting.heldAt}}',
    'Protokollet från mötet i {{meeting.body}} {{meeting.heldAt}} ska vara klart senast {{due}}.',
  ),
  signaturePending: agreementTemplate(
    'Underskrift saknas: {{agreement.title}}',
    '{{party}} har ännu inte skrivit under {{agreement.title}}, version {{agreement.version}}.',
  ),
  withdrawalReceived: agreementTemplate(
    'Uppsägning mottagen: {{withdrawal.party}}',
    '{{withdrawal.party}} har sagt upp överenskommelsen {{withdrawal.givenOn}}. Uppsägningen gäller från {{withdrawal.effectiveOn}}.',
  ),
  lastDayToGiveNotice: agreementTemplate(
    'Sista dag att säga upp {{agreement.title}}: {{notice.lastDay}}',
    'Den som vill lämna överenskommelsen när den nuvarande perioden slutar {{notice.termEnds}} måste säga upp den senast {{notice.lastDay}}.',
  ),
  renewalComing: agreementTemplate(
    'Överenskommelsen förlängs {{renewal.on}}',
    'Överenskommelsen förlängs {{renewal.on}} och gäller då till {{renewal.until}} om ingen part säger upp den.',
  ),
  followUpDue: agreementTemplate(
    '{{followUp.duty}} ska lämnas senast {{followUp.due}}',
    '{{followUp.duty}} enligt överenskommelsen ska lämnas senast {{followUp.due}}.',
  ),
  digest: digestTemplate(),
};

/**
 * The daily digest: the party's tasks due today and those overdue, then what arrived since the
 * last digest; a section with nothing in it is left out.
 */
function digestTemplate(): NoticeTemplate {
  const taskText = '\n– {{title}}, ärende {{case.ref}} (senast {{due}}): {{case.link}}';
  const taskHtml = '<li>{{title}}, ärende <a href="{{case.link}}">{{case.ref}}</a> (senast {{due}})</li>';
  const section = (list: string, heading: string, text: string, html: string) => ({
    text: `{{#if ${list}}}\n\n${heading}{{#each ${list}}}${text}{{/each}}{{/if}}`,
    html: `{{#if ${list}}}<h2>${heading}</h2><ul>{{#each ${list}}}${html}{{/each}}</ul>{{/if}}`,
  });
  const sections = [
    section('dueToday', 'Ska vara klart i dag', taskText, taskHtml),
    section('overdue', 'Försenat', taskText, taskHtml),
    section(
      'arrived',
      'Nytt sedan förra sammanfattningen',
      '\n– {{title}}: {{case.link}}',
      '<li><a href="{{case.link}}">{{title}}</a></li>',
    ),
  ];
  return {
    subject: 'Samverkan: sammanfattning {{day}}',
    text:
      'Till {{recipient.party}}\n\nDin dagliga sammanfattning från Samverkan, {{day}}.' +
      sections.map((s) => s.text).join('') +
      `\n\nInkorgen i Samverkan: {{inbox.link}}${footerText}`,
    html:
      '<p>Till {{recipient.party}}</p><p>Din dagliga sammanfattning från Samverkan, {{day}}.</p>' +
      sections.map((s) => s.html).join('') +
      `<p><a href="{{inbox.link}}">Inkorgen i Samverkan</a></p>${footerHtml}`,
  };
}
