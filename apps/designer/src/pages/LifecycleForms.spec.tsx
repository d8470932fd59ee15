import { type ReactElement, type ReactNode, isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError, NetworkError } from '../api/errors';
import type { SignatureRound, WithdrawalNotices } from '../api/types';
import type { SessionState } from '../session/sessionState';
import { renderPage, testMe, textOf } from '../testing/render-page';
import { publishedVersion } from '../testing/version-fixture';
import { FUNCTION_HINT, RecordFormView, type RecordFormViewProps, type RecordValues } from './RecordForm';
import { recordFailure } from './record-problems';

const as = (roles: typeof testMe.roles): SessionState => ({
  kind: 'signed-in',
  accessToken: 't',
  me: { ...testMe, roles },
});

const version = publishedVersion([
  { key: 'region', name: 'Region Jämtland Härjedalen' },
  { key: 'ostersund', name: 'Östersunds kommun' },
  { key: 'krokom', name: 'Krokoms kommun' },
]);

const signatures: SignatureRound = {
  agreement: 'jamtland',
  version: 2,
  lifecycle: null,
  signatures: [
    {
      party: 'region',
      partyName: 'Region JH',
      signedOn: '2026-03-10',
      signatoryFunction: 'Regionstyrelsens ordförande',
      recordedAt: '2026-03-10T10:00:00.000Z',
    },
    { party: 'ostersund', partyName: 'Östersund', signedOn: null, signatoryFunction: null, recordedAt: null },
    { party: 'krokom', partyName: 'Krokom', signedOn: null, signatoryFunction: null, recordedAt: null },
  ],
  pending: ['ostersund', 'krokom'],
  complete: false,
};

const withdrawals: WithdrawalNotices = {
  agreement: 'jamtland',
  notices: [
    {
      party: 'krokom',
      partyName: 'Krokom',
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

function page(session: SessionState, round: SignatureRound = signatures) {
  return renderPage('/avtal/jamtland/version/2', {
    session,
    data: [
      [key(), version],
      [key('document'), '<p>Avtal</p>'],
      [key('signatures'), round],
      [['agreements', 'jamtland', 'withdrawals'], withdrawals],
    ],
  });
}

/** The rendered form whose legend is `legend`. */
function formHtml(html: string, legend: string): string {
  const at = html.indexOf(`<legend>${legend}</legend>`);
  if (at < 0) throw new Error(`no form "${legend}"`);
  return html.slice(html.lastIndexOf('<form', at), html.indexOf('</form>', at));
}

const radioValues = (html: string) =>
  [...html.matchAll(/<input[^>]*type="radio"[^>]*value="([^"]+)"/g)].map((m) => m[1]);

describe('recording a signature and a notice of withdrawal', () => {
  it('offers both forms to a strategist, with labels, the function’s hint and a status region', () => {
    const html = page(as(['strategist']));
    for (const legend of ['Registrera en underskrift', 'Registrera en uppsägning']) {
      const form = formHtml(html, legend);
      expect(form).toMatch(/<fieldset class="fieldset"><legend>/);
      const text = textOf(form);
      expect(text).toContain('Part');
      expect(text).toContain('Datum');
      expect(text).toContain('Undertecknarens funktion');
      expect(text).toContain(FUNCTION_HINT);
      expect(FUNCTION_HINT).toBe('En funktion, till exempel kommundirektör – aldrig ett namn');
      // The hint is tied to the function's field.
      const described = /<input[^>]*aria-describedby="([^"]+)"[^>]*data-path="signatoryFunction"/.exec(form);
      expect(described).not.toBeNull();
      expect(form).toMatch(new RegExp(`id="${described?.[1]?.split(' ')[0]}"[^>]*>${FUNCTION_HINT}`));
      expect(form).toContain('<p role="status"></p>');
      expect(form).toContain('<div role="alert" class="alert-region"></div>');
    }
  });

  it('lists only the parties the round waits for, and only those that have not given notice', () => {
    const html = page(as(['coordinator']));
    const sign = formHtml(html, 'Registrera en underskrift');
    expect(radioValues(sign)).toEqual(['ostersund', 'krokom']);
    expect(textOf(sign)).toContain('Östersunds kommun');
    expect(textOf(sign)).not.toContain('Region Jämtland Härjedalen');
    const withdraw = formHtml(html, 'Registrera en uppsägning');
    expect(radioValues(withdraw)).toEqual(['region', 'ostersund']);
    // A notice's day defaults to today; a signature's is left for the user to give.
    expect(withdraw).toMatch(/<input[^>]*data-path="givenOn"[^>]*value="\d{4}-\d{2}-\d{2}"/);
    expect(sign).toMatch(/<input[^>]*data-path="signedOn"[^>]*value=""/);
  });

  it('has no signature form once every party has signed, and no forms for a member', () => {
    const complete = page(as(['admin']), { ...signatures, pending: [], complete: true });
    expect(complete).not.toContain('Registrera en underskrift');
    expect(complete).toContain('Registrera en uppsägning');
    const member = page(as(['member']));
    expect(member).not.toContain('Registrera en underskrift');
    expect(member).not.toContain('Registrera en uppsägning');
  });
});

const viewProps = (over: Partial<RecordFormViewProps> = {}): RecordFormViewProps => ({
  legend: 'Registrera en underskrift',
  dayField: 'signedOn',
  dayHint: 'ÅÅÅÅ-MM-DD',
  parties: [{ key: 'ostersund', name: 'Östersunds kommun' }],
  values: { party: 'ostersund', day: '2026-03-11', signatoryFunction: 'Anna Andersson' },
  errors: new Map(),
  alert: null,
  status: '',
  saving: false,
  submitLabel: 'Registrera underskriften',
  onChange: () => undefined,
  onSubmit: () => undefined,
  ...over,
});

type Props = Record<string, unknown>;
function elementsOf(node: ReactNode): ReactElement<Props>[] {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!isValidElement<Props>(node)) return [];
  return [node, ...elementsOf(node.props['children'] as ReactNode)];
}

describe('RecordFormView and the API’s refusals', () => {
  it('shows a server 422 problem at signatoryFunction at that field, in Swedish, and alerts', () => {
    const failure = recordFailure(
      new ApiError(422, 'PERSONAL_DATA_REJECTED', 'The signatory’s function looks like personal data', {
        problems: [{ path: 'signatoryFunction', message: 'a function or title, never a name, number or address' }],
      }),
      'Underskriften',
    );
    expect([...failure.fields.keys()]).toEqual(['signatoryFunction']);
    expect(failure.alert).toBe('Underskriften registrerades inte. Rätta uppgifterna vid fälten.');
    const html = renderToStaticMarkup(
      <RecordFormView {...viewProps({ errors: failure.fields, alert: failure.alert })} />,
    );
    expect(html).toMatch(/<input[^>]*aria-invalid="true"[^>]*data-path="signatoryFunction"/);
    expect(html).not.toMatch(/<input[^>]*aria-invalid="true"[^>]*data-path="signedOn"/);
    expect(textOf(html)).toContain('Fel: Ange en funktion eller titel, aldrig ett namn');
    expect(html).toContain('<div role="alert" class="alert-region"><p class="alert">Underskriften registrerades inte.');
    // A validation problem (zod's English) shows what the field asks for.
    const invalid = recordFailure(
      new ApiError(422, 'VALIDATION_FAILED', 'invalid', { problems: [{ path: 'signedOn', message: 'Invalid date' }] }),
      'Underskriften',
    );
    expect(invalid.fields.get('signedOn')).toBe('Ange ett datum som ÅÅÅÅ-MM-DD, senast i dag.');
  });

  it('says a 403, a 409 and a lost connection in the alert, at no field', () => {
    const forbidden = recordFailure(new ApiError(403, 'FORBIDDEN', 'no'), 'Uppsägningen');
    expect(forbidden.fields.size).toBe(0);
    expect(forbidden.alert).toBe(
      'Uppsägningen registrerades inte. Du har inte behörighet att registrera det för den här parten.',
    );
    expect(recordFailure(new ApiError(409, 'WITHDRAWAL_EXISTS', 'exists'), 'Uppsägningen').alert).toBe(
      'Uppsägningen registrerades inte. Parten har redan sagt upp avtalet.',
    );
    expect(recordFailure(new NetworkError(new Error('down')), 'Underskriften').alert).toContain(
      'Kunde inte nå servern',
    );
  });

  it('writes the chosen party and the typed function into the values', () => {
    let written: RecordValues | undefined;
    const tree = RecordFormView(viewProps({ onChange: (next) => (written = next) }));
    const elements = elementsOf(tree);
    const pick = elements.find((e) => e.props['label'] === 'Part');
    (pick?.props['onChange'] as (key: string) => void)('ostersund');
    expect(written?.party).toBe('ostersund');
    const field = elements.find((e) => e.props['path'] === 'signatoryFunction');
    (field?.props['onChange'] as (text: string) => void)('Kommundirektör');
    expect(written).toEqual({ party: 'ostersund', day: '2026-03-11', signatoryFunction: 'Kommundirektör' });
  });
});
