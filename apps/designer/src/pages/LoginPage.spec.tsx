import { renderToStaticMarkup } from 'react-dom/server';
import { LoginPage } from './LoginPage';

const never = () => new Promise<string | null>(() => undefined);

/** The input a label names (react-aria-components ties them with for/id). */
function labelledControl(html: string, label: string): string {
  const match = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}</label>`).exec(html);
  if (!match?.[1]) throw new Error(`no label "${label}" in ${html}`);
  const input = new RegExp(`<input[^>]*\\bid="${match[1].replace(/[^\w-]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!input) throw new Error(`label "${label}" points to no input`);
  return input[0];
}

describe('LoginPage', () => {
  const html = renderToStaticMarkup(<LoginPage onSignIn={never} />);

  it('is the Swedish sign-in page', () => {
    expect(html).toContain('<h1 tabindex="-1">Logga in</h1>');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Logga in<\/button>/);
  });

  it('labels the username and password fields', () => {
    const username = labelledControl(html, 'Användarnamn');
    expect(username).toContain('type="text"');
    expect(username).toContain('autoComplete="username"');
    expect(username).toContain('name="username"');
    const password = labelledControl(html, 'Lösenord');
    expect(password).toContain('type="password"');
    expect(password).toContain('autoComplete="current-password"');
  });

  it('has an empty alert region ready for errors, and no field error yet', () => {
    expect(html).toContain('<div role="alert" class="alert-region"></div>');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('field-error');
  });

  it('shows a notice from before as a status message', () => {
    const withNotice = renderToStaticMarkup(<LoginPage onSignIn={never} notice="Du är utloggad." />);
    expect(withNotice).toMatch(/<p role="status"[^>]*>Du är utloggad.<\/p>/);
    expect(html).not.toContain('role="status"');
  });
});

describe('LoginPage with an identity provider', () => {
  const toProvider = () => Promise.resolve(null);

  it('offers one button to the county’s sign-in service and no password form', () => {
    const html = renderToStaticMarkup(<LoginPage method="oidc" onSignIn={never} onSignInAtProvider={toProvider} />);
    expect(html).toContain('<h1 tabindex="-1">Logga in</h1>');
    expect(html).toMatch(/<button[^>]*>Logga in<\/button>/);
    expect(html).toContain('Du loggar in med din organisations inloggningstjänst.');
    expect(html).not.toContain('Användarnamn');
    expect(html).not.toContain('type="password"');
  });

  it('shows why the user was sent back, e.g. an account Samverkan does not know', () => {
    const notice = 'Du är inloggad hos din organisations inloggningstjänst, men du har inget konto i Samverkan.';
    const html = renderToStaticMarkup(
      <LoginPage method="oidc" onSignIn={never} onSignInAtProvider={toProvider} notice={notice} />,
    );
    expect(html).toContain(`<p role="status" class="notice">${notice}</p>`);
  });

  it('says so when there is no way to sign in', () => {
    const html = renderToStaticMarkup(<LoginPage method="unavailable" onSignIn={never} />);
    expect(html).toContain('Inloggning till Samverkan är inte inställd här');
    expect(html).not.toContain('<button');
  });
});
