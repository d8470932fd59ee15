import { validateAgreementVersion } from '../schema/validate.js';
import { anAgreement } from '../testing/builders.js';
import { checkNoticeTemplatePart } from './check-notice-template.js';
import { defaultNoticeTemplates } from './default-notice-templates.js';
import { noticeKinds } from './notice-kinds.js';
import { noticeSamples } from './notice-samples.js';
import { renderNotice } from './render-notice.js';
import { formatStockholmTime } from './swedish-time.js';

const codes = (source: string, part: 'subject' | 'text' | 'html' = 'html', kind = 'overdue' as const) =>
  checkNoticeTemplatePart(kind, part, source).map((p) => p.code);

describe('the product templates', () => {
  it.each(noticeKinds)('%s: every part uses only the variables its kind provides', (kind) => {
    for (const part of ['subject', 'text', 'html'] as const) {
      expect(checkNoticeTemplatePart(kind, part, defaultNoticeTemplates[kind][part])).toEqual([]);
    }
  });

  it.each(noticeKinds)('%s: renders its sample in Swedish, every variable filled', (kind) => {
    const rendered = renderNotice(defaultNoticeTemplates[kind], noticeSamples[kind]);
    expect(rendered.subject.length).toBeGreaterThan(10);
    expect(rendered.subject).not.toMatch(/\n/);
    for (const part of [rendered.subject, rendered.text, rendered.html]) {
      expect(part).not.toMatch(/{{|}}|undefined|\[object/);
      // an empty variable leaves "  " or " ," or "()" behind
      expect(part).not.toMatch(/\(\)| ,|Till \n/);
    }
    expect(rendered.text).toContain(noticeSamples[kind]['recipient'] && 'Till ');
  });

  it('says which task, which case, when in Stockholm time, who owes it, and links to the case', () => {
    const text = renderNotice(defaultNoticeTemplates.overdue, noticeSamples.overdue).text;
    expect(text).toContain('Kontakta den våldsutsatta (senast tisdag 3 mars 2026 kl. 14:00)');
    expect(text).toContain('Ärende: RVC-2603-KMPTXR (Förmedlad kontakt enligt RVC-metoden, Operation Norrsken)');
    expect(text).toContain('Uppgiften ägs av: Stödcentrum Jämtland');
    expect(text).toContain('Öppna ärendet: https://samverkan.example/cases/');
  });
});

describe('the daily digest', () => {
  it('lists what is due today and what arrived, each with its case, and leaves an empty section out', () => {
    const { subject, text, html } = renderNotice(defaultNoticeTemplates.digest, noticeSamples.digest);
    expect(subject).toBe('Samverkan: sammanfattning tisdag 3 mars 2026');
    expect(text).toContain(
      'Ska vara klart i dag\n– Kontakta den våldsutsatta, ärende RVC-2603-KMPTXR (senast tisdag 3 mars 2026 kl. 14:00): https://samverkan.example/cases/',
    );
    expect(text).toContain('Nytt sedan förra sammanfattningen\n– Ny uppgift i ärende RVC-2603-KMPTXR: https://');
    expect(text).not.toContain('Försenat');
    expect(html).not.toContain('<h2>Försenat</h2>');
    expect(html).toContain('<h2>Ska vara klart i dag</h2><ul><li>Kontakta den våldsutsatta, ärende <a href=');
  });

  it('takes no variable of a case notice, and is no county’s to word', () => {
    expect(checkNoticeTemplatePart('digest', 'text', '{{case.ref}} {{owedBy}}').map((p) => p.code)).toEqual([
      'unknownVariable',
      'unknownVariable',
    ]);
    const result = validateAgreementVersion(
      anAgreement()
        .with({ noticeTemplates: { digest: { subject: 'Sammanfattning {{day}}' } } as never })
        .build(),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['noticeTemplates.digest']);
  });
});

describe('checking a template', () => {
  it('refuses a variable the kind does not provide, with its line and column', () => {
    const [found, ...rest] = checkNoticeTemplatePart('overdue', 'text', 'Hej\n  {{person.name}}');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code: 'unknownVariable', line: 2, column: 3 });
    expect(found?.message.en).toContain('"person.name"');
  });

  it('refuses an agreement notice’s variable in a case notice and the reverse', () => {
    expect(codes('{{meeting.body}}')).toEqual(['unknownVariable']);
    expect(checkNoticeTemplatePart('renewalComing', 'text', '{{case.ref}}').map((p) => p.code)).toEqual([
      'unknownVariable',
    ]);
  });

  it('follows the scopes of #each and #with', () => {
    expect(codes('{{#each tasks}}{{title}} {{due}} {{@index}} {{../case.ref}} {{@root.case.ref}}{{/each}}')).toEqual(
      [],
    );
    expect(codes('{{#each tasks}}{{ref}}{{/each}}')).toEqual(['unknownVariable']);
    expect(codes('{{#with case}}{{ref}}{{else}}{{owedBy}}{{/with}}')).toEqual([]);
    expect(codes('{{@index}}')).toEqual(['unknownVariable']);
    expect(codes('{{#each case}}x{{/each}}')).toEqual(['notAList']);
    expect(codes('{{#with owedBy}}x{{/with}}')).toEqual(['notARecord']);
    expect(codes('{{case}} {{this}} {{tasks}}')).toEqual(['notAValue', 'notAValue', 'notAValue']);
    expect(codes('{{#if task.due}}{{task.due}}{{else if nobody}}x{{/if}}')).toEqual(['unknownVariable']);
  });

  it('refuses prototype paths as unknown variables', () => {
    expect(
      codes('{{constructor.constructor}} {{__proto__}} {{case.__proto__.x}} {{toString}} {{case.hasOwnProperty}}'),
    ).toEqual(['unknownVariable', 'unknownVariable', 'unknownVariable', 'unknownVariable', 'unknownVariable']);
  });

  it('refuses helpers, partials and unescaped output in HTML', () => {
    expect(codes('{{lookup case "ref"}}')).toEqual(['helperNotAllowed']);
    expect(codes('{{log case.ref}}')).toEqual(['helperNotAllowed']);
    expect(codes('{{#each tasks as |t|}}{{t.title}}{{/each}}')).toEqual(['unknownVariable']);
    expect(codes('{{#custom case}}x{{/custom}}')).toEqual(['helperNotAllowed']);
    expect(codes('{{> footer}}')).toEqual(['partialNotAllowed']);
    expect(codes('{{{case.ref}}} {{& case.link}}')).toEqual(['unescapedOutput', 'unescapedOutput']);
    expect(codes('{{{case.ref}}}', 'text')).toEqual([]);
  });

  it('reports a template that does not parse', () => {
    expect(codes('{{#if case.ref}}open')).toEqual(['templateSyntax']);
  });
});

describe('rendering', () => {
  const hostile = {
    ...noticeSamples.overdue,
    case: { ref: '<script>alert(1)</script>', link: '" onmouseover="x' },
  };

  it('escapes every value in the HTML part', () => {
    const { html } = renderNotice(
      { subject: 's', text: 't', html: '<a href="{{case.link}}">{{case.ref}}</a>' },
      hostile,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="&quot; onmouseover&#x3D;&quot;x"');
  });

  it('renders nothing from the prototype, even for a template that skipped the check', () => {
    const { subject, text, html } = renderNotice(
      {
        subject: '[{{constructor.constructor}}]',
        text: '[{{__proto__}}][{{case.constructor.name}}][{{{constructor}}}]',
        html: '[{{{case.__proto__}}}][{{toString}}]',
      },
      hostile,
    );
    expect(subject).toBe('[]');
    expect(text).toBe('[][][]');
    expect(html).toContain('<body>[][]</body>');
  });

  it('folds line breaks a value carries out of the subject', () => {
    const { subject } = renderNotice(
      { subject: 'Ärende {{case.ref}}', text: '', html: '' },
      {
        ...noticeSamples.overdue,
        case: { ref: 'A\r\nBcc: x@example.se', link: '' },
      },
    );
    expect(subject).toBe('Ärende A Bcc: x@example.se');
  });
});

describe('a county’s templates in its agreement', () => {
  it('are validated with the version: a variable the kind lacks is a problem at its path', () => {
    const version = anAgreement()
      .with({
        noticeTemplates: {
          overdue: { subject: 'Försenat: {{case.ref}}', html: '<p>{{victim.name}}</p>' },
          escalation: { text: '{{#each tasks}}{{title}}{{/each}}' },
        },
      })
      .build();
    const result = validateAgreementVersion(version);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([['noticeTemplates.overdue.html', 'unknownVariable']]);
    expect(result.problems[0]?.message.sv).toContain('rad 1, kolumn 4');
  });

  it('refuses a kind of notice that does not exist', () => {
    const result = validateAgreementVersion(
      anAgreement()
        .with({ noticeTemplates: { nonsense: {} } as never })
        .build(),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['noticeTemplates.nonsense']);
  });
});

describe('formatStockholmTime', () => {
  it('gives the Stockholm wall clock, in winter and in summer', () => {
    expect(formatStockholmTime(new Date('2026-03-03T13:00:00Z'))).toBe('tisdag 3 mars 2026 kl. 14:00');
    expect(formatStockholmTime(new Date('2026-07-01T12:05:00Z'))).toBe('onsdag 1 juli 2026 kl. 14:05');
  });
});
