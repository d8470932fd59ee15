import { renderPage, testMe, textOf } from '../testing/render-page';

const profile = (roles: typeof testMe.roles) =>
  renderPage('/profil', { session: { kind: 'signed-in', accessToken: 't', me: { ...testMe, roles } } });

describe('ProfilePage', () => {
  it('shows who is signed in, their organisation and their roles in Swedish', () => {
    const html = profile(['coordinator', 'admin']);
    expect(html).toContain('<h1 tabindex="-1">Min profil</h1>');
    expect(textOf(html)).toContain('Inloggad som Testa Strateg');
    expect(textOf(html)).toContain('Organisation Region Test');
    expect(html).toContain('<dt>Roller</dt>');
    expect(html).toContain('<li>Administratör</li><li>Samordnare</li>');
    expect(html).not.toMatch(/>(admin|coordinator)</);
  });

  it('says "Roll" for a single role and "Inga roller" for none', () => {
    const one = profile(['member']);
    expect(one).toContain('<dt>Roll</dt>');
    expect(one).toContain('<li>Partsrepresentant</li>');
    expect(profile([])).toContain('<dd>Inga roller</dd>');
  });
});
