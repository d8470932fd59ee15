import { validateSignIn } from './signInForm';

describe('validateSignIn', () => {
  it('accepts a username and a password', () => {
    expect(validateSignIn({ username: 'strateg', password: 'hemligt' })).toEqual({});
  });

  it('asks for both when both are missing, and ignores a username of blanks', () => {
    expect(validateSignIn({ username: '   ', password: '' })).toEqual({
      username: 'Ange ditt användarnamn',
      password: 'Ange ditt lösenord',
    });
  });

  it('keeps a password of blanks: passwords are not trimmed', () => {
    expect(validateSignIn({ username: 'a', password: '  ' })).toEqual({});
  });
});
