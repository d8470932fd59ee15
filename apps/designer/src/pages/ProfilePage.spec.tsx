import { renderToStaticMarkup } from 'react-dom/server';
import type { Me } from '../api/types';
import { ProfilePage } from './ProfilePage';

const me: Me = {
  id: 'u1',
  username: 'samordnare.test',
  displayName: 'Testa Samordnare',
  roles: ['coordinator', 'admin'],
  party: { id: 'p1', name: 'Testkommunen', kind: 'municipality' },
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ProfilePage', () => {
  it('shows who is signed in, their organisation and their roles in Swedish', () => {
    const html = renderToStaticMarkup(
      <ProfilePage state={{ kind: 'signed-in', accessToken: 't', me }} onRetry={() => undefined} />,
    );
    expect(text(html)).toContain('Inloggad som Testa Samordnare');
    expect(text(html)).toContain('Organisation Testkommunen');
    expect(html).toContain('<dt>Roller</dt>');
    expect(html).toContain('<li>Administratör</li><li>Samordnare</li>');
    expect(html).not.toMatch(/>(admin|coordinator)</);
  });

  it('says "Roll" for a single role and "Inga roller" for none', () => {
    const one = renderToStaticMarkup(
      <ProfilePage state={{ kind: 'signed-in', accessToken: 't', me: { ...me, roles: ['member'] } }} onRetry={() => undefined} />,
    );
    expect(one).toContain('<dt>Roll</dt>');
    expect(one).toContain('<li>Partsrepresentant</li>');
    const none = renderToStaticMarkup(
      <ProfilePage state={{ kind: 'signed-in', accessToken: 't', me: { ...me, roles: [] } }} onRetry={() => undefined} />,
    );
    expect(none).toContain('<dd>Inga roller</dd>');
  });

  it('announces loading as a status and failures as an alert with a way to retry', () => {
    const loading = renderToStaticMarkup(<ProfilePage state={{ kind: 'loading', accessToken: 't' }} onRetry={() => undefined} />);
    expect(loading).toMatch(/role="status"[^>]*>Hämtar dina uppgifter…/);
    expect(loading).not.toContain('Inloggad som');

    const failed = renderToStaticMarkup(
      <ProfilePage state={{ kind: 'failed', accessToken: 't', message: 'Tjänsten svarar inte.' }} onRetry={() => undefined} />,
    );
    expect(failed).toContain('<div role="alert" class="alert-region"><p class="alert">Tjänsten svarar inte.</p></div>');
    expect(failed).toContain('>Försök igen</button>');
  });
});
