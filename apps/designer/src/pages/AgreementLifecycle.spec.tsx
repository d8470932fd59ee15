import { renderToStaticMarkup } from 'react-dom/server';
import type { AgreementReminders, SignatureRound, WithdrawalNotices } from '../api/types';
import type { SessionState } from '../session/sessionState';
import { renderPage, testMe, textOf } from '../testing/render-page';
import { publishedVersion } from '../testing/version-fixture';
import { leadTimeLabel } from '../i18n/lifecycle';
import { SignatureRoundTable } from './SignatureRoundTable';

const member: SessionState = { kind: 'signed-in', accessToken: 't', me: { ...testMe, roles: ['member'] } };

const version = publishedVersion([
  { key: 'region', name: 'Region Jämtland Härjedalen' },
  { key: 'ostersund', name: 'Östersunds kommun' },
]);

const signatures: SignatureRound = {
  agreement: 'jamtland',
  version: 2,
  lifecycle: { id: 'i1', caseRef: 'AGR-1', state: 'sentForSignature', status: 'active' },
  signatures: [
    {
      party: 'region',
      partyName: 'Region JH',
      signedOn: '2026-03-10',
      signatoryFunction: 'Regionstyrelsens ordförande',
      recordedAt: '2026-03-10T10:00:00.000Z',
    },
    { party: 'ostersund', partyName: 'Östersund', signedOn: null, signatoryFunction: null, recordedAt: null },
  ],
  pending: ['ostersund'],
  complete: false,
};

const reminders: AgreementReminders = {
  agreement: 'jamtland',
  version: 2,
  leads: [
    { kind: 'lastDayToGiveNotice', daysBefore: 60, at: '09:30', source: { kind: 'county' } },
    {
      kind: 'meetingInvitation',
      daysBefore: 7,
      at: '08:00',
      source: {
        kind: 'product',
        note: 'Produktens förval: kallelse med kalenderfil (.ics) 7 dagar före varje möte som överenskommelsen daterar.',
      },
    },
    {
      kind: 'meetingToSchedule',
      daysBefore: 0,
      at: '08:00',
      source: { kind: 'product', note: 'När en period börjar.' },
    },
  ],
  upcoming: [
    // Listed by kind; shown in the order they are sent.
    { kind: 'minutesDue', about: '2026-06-30', remindAt: '2026-06-17T06:00:00.000Z', parties: ['region'] },
    // 08:00 in Stockholm in summer (UTC+2).
    {
      kind: 'lastDayToGiveNotice',
      about: '2026-06-30',
      remindAt: '2026-05-01T06:00:00.000Z',
      parties: ['region', 'ostersund', 'okand'],
    },
  ],
};

const withdrawals: WithdrawalNotices = {
  agreement: 'jamtland',
  notices: [
    {
      party: 'ostersund',
      partyName: 'Östersund',
      version: 2,
      givenOn: '2026-03-02',
      effectiveOn: '2026-12-31',
      freeFrom: '2027-01-01',
      signatoryFunction: 'Kommundirektör',
      recordedAt: '2026-03-02T10:00:00.000Z',
    },
  ],
};

const key = (...rest: unknown[]) => ['agreements', 'jamtland', 'versions', 2, ...rest];

function versionPage(answers: { signatures?: SignatureRound; withdrawals?: WithdrawalNotices } = {}) {
  return renderPage('/avtal/jamtland/version/2', {
    session: member,
    data: [
      [key(), version],
      [key('document'), '<p>Avtal</p>'],
      [key('signatures'), answers.signatures ?? signatures],
      [key('reminders'), reminders],
      [['agreements', 'jamtland', 'withdrawals'], answers.withdrawals ?? withdrawals],
    ],
  });
}

describe('the published version’s signatures and reminders', () => {
  it('shows who has signed, by function, and who the round waits for', () => {
    const html = versionPage();
    const text = textOf(html);
    expect(text).toContain('Underskrifter och påminnelser');
    expect(html).toContain('<caption>Parternas underskrifter av version 2</caption>');
    expect(html).toContain('<th scope="row">Region Jämtland Härjedalen</th>');
    expect(text).toContain('Region Jämtland Härjedalen Undertecknad 10 mars 2026 Regionstyrelsens ordförande');
    expect(text).toContain('Östersunds kommun Väntar på underskrift');
    expect(text).toContain('1 av 2 parter har skrivit under. Underskriftsrundan är inte klar.');
    expect(text).not.toContain('ingen livscykelrutin');
  });

  it('shows each lead time with its source, a product default’s note in the page', () => {
    const html = versionPage();
    const text = textOf(html);
    expect(text).toContain('Sista dag att säga upp 60 dagar före, kl. 09:30 Länets val');
    expect(text).toContain(
      'Kallelse till möte 7 dagar före, kl. 08:00 Produktens förval Kallelse med kalenderfil (.ics) 7 dagar före varje möte som överenskommelsen daterar.',
    );
    // A note not worded "Produktens förval: …" is shown whole.
    expect(text).toContain('Möte att boka Samma dag, kl. 08:00 Produktens förval När en period börjar.');
    // Visible text, not a title attribute.
    expect(html).not.toContain('title="Produktens');
  });

  it('lists the reminders armed in the order they go out, in Stockholm time, to the parties by name', () => {
    const text = textOf(versionPage());
    const next = text.slice(text.indexOf('Nästa påminnelser'));
    expect(next).toContain(
      'Sista dag att säga upp 30 juni 2026 1 maj 2026 kl. 08:00 Region Jämtland Härjedalen, Östersunds kommun, okand',
    );
    expect(next).toContain('Protokoll att skriva 30 juni 2026 17 juni 2026 kl. 08:00 Region Jämtland Härjedalen');
    expect(next.indexOf('Sista dag att säga upp')).toBeLessThan(next.indexOf('Protokoll att skriva'));
  });

  it('lists the notices of withdrawal, or says that there are none', () => {
    const text = textOf(versionPage());
    expect(text).toContain('Östersunds kommun 2 mars 2026 31 december 2026 enligt version 2 Kommundirektör');
    const none = textOf(versionPage({ withdrawals: { agreement: 'jamtland', notices: [] } }));
    expect(none).toContain('Uppsägningar Ingen part har sagt upp avtalet.');
  });

  it('says that a version without a lifecycle sends no signature reminders', () => {
    const text = textOf(versionPage({ signatures: { ...signatures, lifecycle: null } }));
    expect(text).toContain('Den här versionen har ingen livscykelrutin: inga påminnelser om underskrift skickas.');
    expect(text).not.toContain('Påminnelser om underskrift går bara till');
  });

  it('says when every party has signed', () => {
    const html = renderToStaticMarkup(
      <SignatureRoundTable
        round={{
          ...signatures,
          signatures: signatures.signatures.map((s) => ({
            ...s,
            signedOn: '2026-03-11',
            signatoryFunction: 'Ordförande',
          })),
          pending: [],
          complete: true,
        }}
        names={new Map()}
      />,
    );
    expect(textOf(html)).toContain('Östersund Undertecknad 11 mars 2026 Ordförande');
    expect(textOf(html)).toContain('Alla 2 parter har skrivit under.');
  });

  it('shows each part on its own: one still loading does not hide the others', () => {
    const text = textOf(
      renderPage('/avtal/jamtland/version/2', {
        session: member,
        data: [
          [key(), version],
          [key('signatures'), signatures],
        ],
      }),
    );
    expect(text).toContain('1 av 2 parter har skrivit under.');
    expect(text).toContain('Hämtar påminnelserna…');
    expect(text).toContain('Hämtar uppsägningarna…');
  });

  it('is not on a draft', () => {
    const text = textOf(
      renderPage('/avtal/jamtland/version/2', {
        session: member,
        data: [
          [key(), { ...version, status: 'draft', publishedAt: null, publishedBy: null }],
          [key('document'), '<p>Avtal</p>'],
        ],
      }),
    );
    expect(text).toContain('Avtalsdokumentet');
    expect(text).not.toContain('Underskrifter och påminnelser');
  });
});

describe('leadTimeLabel', () => {
  it('says days before and the time, a single day and the day itself in words', () => {
    expect(leadTimeLabel({ daysBefore: 30, at: '08:00' })).toBe('30 dagar före, kl. 08:00');
    expect(leadTimeLabel({ daysBefore: 1, at: '09:30' })).toBe('1 dag före, kl. 09:30');
    expect(leadTimeLabel({ daysBefore: 0, at: '08:00' })).toBe('Samma dag, kl. 08:00');
  });
});
