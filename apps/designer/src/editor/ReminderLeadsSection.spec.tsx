import type { AgreementTemplate, AgreementVersion } from '@samverkan/agreements';
import { type ReactElement, type ReactNode, isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { base, draftOf, template } from '../testing/draft-fixture';
import { textOf } from '../testing/render-page';
import { type DraftContent, problemsByPath, resolveDraft } from './draft';
import { ReminderLeadsSection } from './ReminderLeadsSection';
import type { SectionProps } from './section-props';

/** The section's props for a draft, its errors the library's (as useDraft gives them) and the server's. */
function propsOf(
  content: DraftContent,
  onChange: (next: DraftContent) => void = () => undefined,
  server: Map<string, string> = new Map(),
  withTemplate: AgreementTemplate = template,
): SectionProps {
  const result = resolveDraft(content, withTemplate);
  const errors = result.ok ? new Map(server) : new Map([...problemsByPath(result.problems), ...server]);
  return {
    content,
    version: base,
    current: result.ok ? result.value : null,
    change: (update) => onChange(update(content)),
    errors,
    template: withTemplate,
  };
}

type Props = Record<string, unknown>;

/** Every element in the section's tree (the section and its kinds are plain functions of the draft). */
function elementsOf(node: ReactNode): ReactElement<Props>[] {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!isValidElement<Props>(node)) return [];
  return [node, ...elementsOf(node.props['children'] as ReactNode)];
}

/** What the section writes into the draft when `text` is typed in the field at `path`. */
function type(content: DraftContent, path: string, text: string): DraftContent {
  let written: DraftContent | undefined;
  const tree = ReminderLeadsSection(propsOf(content, (next) => (written = next)));
  const field = elementsOf(tree).find((element) => element.props['path'] === path);
  if (!field) throw new Error(`no field at ${path}`);
  (field.props['onChange'] as (text: string) => void)(text);
  if (!written) throw new Error(`typing at ${path} changed nothing`);
  return written;
}

/** What the section writes when the button whose text starts with `label` is pressed. */
function press(content: DraftContent, label: string): DraftContent {
  let written: DraftContent | undefined;
  const tree = ReminderLeadsSection(propsOf(content, (next) => (written = next)));
  const button = elementsOf(tree).find((element) => {
    const children = element.props['children'];
    const text = Array.isArray(children) ? children.join('') : children;
    return typeof element.props['onPress'] === 'function' && typeof text === 'string' && text.startsWith(label);
  });
  if (!button) throw new Error(`no button "${label}"`);
  (button.props['onPress'] as (event: { target: null }) => void)({ target: null });
  if (!written) throw new Error(`pressing "${label}" changed nothing`);
  return written;
}

const render = (props: SectionProps) => renderToStaticMarkup(<ReminderLeadsSection {...props} />);

/** The rendered fieldset of one kind, by its Swedish title. */
function kindHtml(html: string, title: string): string {
  const start = html.indexOf(`<legend>${title}</legend>`);
  if (start < 0) throw new Error(`no fieldset "${title}"`);
  return html.slice(start, html.indexOf('</fieldset>', start));
}

describe('ReminderLeadsSection', () => {
  it('writes the county’s days and time for a kind into reminderLeads, valid for the library', () => {
    const days = type(draftOf(), 'reminderLeads.meetingInvitation.daysBefore', '14');
    expect(days['reminderLeads']).toEqual({ meetingInvitation: { daysBefore: 14 } });
    const both = type(days, 'reminderLeads.meetingInvitation.at', '09:30');
    expect(both['reminderLeads']).toEqual({ meetingInvitation: { daysBefore: 14, at: '09:30' } });
    // The other kinds are left out (product defaults) and the draft resolves as the API would.
    const resolved = resolveDraft(both, template);
    expect(resolved.ok && resolved.value.reminderLeads).toEqual({ meetingInvitation: { daysBefore: 14, at: '09:30' } });
    // The fields show what was chosen, marked as the county's.
    const html = kindHtml(render(propsOf(both)), 'Kallelse till möte');
    expect(html).toMatch(/<input[^>]*data-path="reminderLeads\.meetingInvitation\.daysBefore"[^>]*value="14"/);
    expect(html).toMatch(/<input[^>]*data-path="reminderLeads\.meetingInvitation\.at"[^>]*value="09:30"/);
    expect(textOf(html)).toContain('Länets val. Produktens förval: 7 dagar före, kl. 08:00.');
  });

  it('goes back to the product default: the kind is removed, and an empty reminderLeads with it', () => {
    const two = draftOf({
      reminderLeads: { meetingInvitation: { daysBefore: 14, at: '09:30' }, lastDayToGiveNotice: { daysBefore: 60 } },
    });
    const one = press(two, 'Använd produktens förval för kallelse till möte');
    expect(one['reminderLeads']).toEqual({ lastDayToGiveNotice: { daysBefore: 60 } });
    const none = press(one, 'Använd produktens förval för sista dag att säga upp');
    expect('reminderLeads' in none).toBe(false);
    expect(none).toEqual(draftOf());
    // Emptying both fields is the same choice.
    const emptied = type(
      type(two, 'reminderLeads.lastDayToGiveNotice.daysBefore', ''),
      'reminderLeads.meetingInvitation.at',
      '',
    );
    expect(emptied['reminderLeads']).toEqual({ meetingInvitation: { daysBefore: 14 } });
    expect('reminderLeads' in type(emptied, 'reminderLeads.meetingInvitation.daysBefore', '')).toBe(false);
  });

  it('drops a lead time the template sets with null, as the template merge does', () => {
    const withLeads = {
      ...template,
      content: { ...template.content, reminderLeads: { minutesDue: { daysBefore: 10 } } },
    } as AgreementTemplate;
    let written: DraftContent | undefined;
    const tree = ReminderLeadsSection(propsOf(draftOf(), (next) => (written = next), new Map(), withLeads));
    const button = elementsOf(tree).find((element) => typeof element.props['onPress'] === 'function');
    (button?.props['onPress'] as (event: { target: null }) => void)({ target: null });
    expect(written?.['reminderLeads']).toEqual({ minutesDue: null });
    const resolved = resolveDraft(written ?? {}, withLeads);
    expect(resolved.ok && (resolved.value as AgreementVersion).reminderLeads).toEqual({});
  });

  it('shows each kind’s Swedish title with the product default and its note when nothing is chosen', () => {
    const html = render(propsOf(draftOf()));
    expect(html).toContain('<h2 id="reminder-leads-heading" tabindex="-1">Påminnelser om avtalets datum</h2>');
    for (const title of [
      'Sista dag att säga upp',
      'Förlängning närmar sig',
      'Uppföljning eller årsrapport ska lämnas',
      'Kallelse till möte',
      'Protokoll att skriva',
      'Möte att boka',
    ]) {
      expect(html).toContain(`<legend>${title}</legend>`);
    }
    const invitation = kindHtml(html, 'Kallelse till möte');
    expect(textOf(invitation)).toContain(
      'Produktens förval: 7 dagar före, kl. 08:00. Kallelse med kalenderfil (.ics) 7 dagar före varje möte som överenskommelsen daterar.',
    );
    expect(textOf(kindHtml(html, 'Möte att boka'))).toContain('Produktens förval: samma dag, kl. 08:00.');
    // The description is tied to its field; no way back is offered where nothing is chosen.
    const described =
      /<input[^>]*aria-describedby="([^"]+)"[^>]*data-path="reminderLeads\.meetingInvitation\.daysBefore"/.exec(
        invitation,
      );
    expect(described).not.toBeNull();
    const ids = described?.[1]?.split(' ') ?? [];
    expect(ids.some((id) => new RegExp(`id="${id}"[^>]*>Produktens förval: 7 dagar före`).test(invitation))).toBe(true);
    expect(textOf(invitation)).not.toContain('Använd produktens förval');
    expect(textOf(invitation)).toContain('Tomt: kl. 08:00 (produktens förval).');
  });

  it('shows the Swedish error at an invalid field, marks it invalid and announces it', () => {
    const draft = type(
      type(draftOf(), 'reminderLeads.meetingInvitation.daysBefore', '400'),
      'reminderLeads.meetingInvitation.at',
      '9.30',
    );
    expect(draft['reminderLeads']).toEqual({ meetingInvitation: { daysBefore: 400, at: '9.30' } });
    const props = propsOf(draft);
    expect(props.current).toBeNull(); // the library refuses it too: the draft cannot be saved
    const html = render(props);
    const invitation = kindHtml(html, 'Kallelse till möte');
    expect(invitation).toMatch(
      /<input[^>]*aria-invalid="true"[^>]*data-path="reminderLeads\.meetingInvitation\.daysBefore"/,
    );
    expect(textOf(invitation)).toContain('Fel: Ange ett helt antal dagar från 0 till 365.');
    expect(textOf(invitation)).toContain('Fel: Ange klockslaget som TT:MM, till exempel 09:30.');
    expect(html).toMatch(
      /<div aria-live="polite" class="visually-hidden"><p>Kallelse till möte, Dagar före: Ange ett helt antal dagar/,
    );
    // Half days and a time without days are refused with what to type.
    const half = type(draftOf(), 'reminderLeads.followUpDue.daysBefore', '1,5');
    expect(textOf(kindHtml(render(propsOf(half)), 'Uppföljning eller årsrapport ska lämnas'))).toContain(
      'Fel: Ange ett helt antal dagar från 0 till 365.',
    );
    const timeOnly = type(draftOf(), 'reminderLeads.renewalComing.at', '07:00');
    expect(timeOnly['reminderLeads']).toEqual({ renewalComing: { at: '07:00' } });
    expect(textOf(kindHtml(render(propsOf(timeOnly)), 'Förlängning närmar sig'))).toContain(
      'Fel: Ange antal dagar före (0–365), eller gå tillbaka till produktens förval.',
    );
  });

  it('shows a server 422 problem at its field', () => {
    const draft = draftOf({ reminderLeads: { minutesDue: { daysBefore: 3, at: '10:00' } } });
    const server = problemsByPath([
      {
        path: 'reminderLeads.minutesDue.at',
        code: 'invalidTime',
        message: { sv: 'ska vara ett klockslag TT:MM', en: 'must be a time of day HH:MM' },
      },
    ]);
    const minutes = kindHtml(render(propsOf(draft, undefined, server)), 'Protokoll att skriva');
    expect(minutes).toMatch(/<input[^>]*aria-invalid="true"[^>]*data-path="reminderLeads\.minutesDue\.at"/);
    expect(textOf(minutes)).toContain('Fel: ska vara ett klockslag TT:MM');
  });
});
