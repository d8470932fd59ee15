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

  it('shows the channels for notices as a form with a fieldset, the saved choice checked', () => {
    const html = renderPage('/profil', {
      data: [
        [
          ['me', 'preferences'],
          { email: 'digest', inApp: true, productDefault: false, address: 'handlaggare@ostersund.example' },
        ],
      ],
    });
    expect(html).toMatch(/<h2 id="preferences-heading">Meddelanden<\/h2>/);
    expect(html).toMatch(/<fieldset class="fieldset"><legend>Hur vill du få meddelanden\?<\/legend>/);
    const checked = (value: string) => new RegExp(`<input(?=[^>]*checked="")(?=[^>]*value="${value}")[^>]*>`);
    expect(html).toMatch(checked('digest'));
    expect(html).not.toMatch(checked('immediate'));
    const text = textOf(html);
    expect(text).toContain('E-post skickas till handlaggare@ostersund.example.');
    expect(text).toContain('Direkt');
    expect(text).toContain('Ingen e-post');
    expect(text).toContain('I inkorgen i Samverkan');
    expect(text).not.toContain('förvalet gäller');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Spara dina val<\/button>/);
    expect(html).toContain('<p role="status"></p>');
  });

  it('says when the product default applies and no address reaches the user', () => {
    const text = textOf(
      renderPage('/profil', {
        data: [[['me', 'preferences'], { email: 'immediate', inApp: true, productDefault: true, address: null }]],
      }),
    );
    expect(text).toContain('förvalet gäller (direkt e-post och inkorgen)');
    expect(text).toContain('inte angett någon e-postadress för dig');
  });
});
