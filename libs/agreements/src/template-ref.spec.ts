import { MAX_VERSION, formatTemplateRef, parseTemplateRef } from './template-ref.js';

describe('parseTemplateRef', () => {
  it('reads key and version', () => {
    expect(parseTemplateRef('rvc-referral@1')).toEqual({ key: 'rvc-referral', version: 1 });
    expect(parseTemplateRef('norrsken@12')).toEqual({ key: 'norrsken', version: 12 });
  });

  it('reads versions up to MAX_VERSION, nine digits', () => {
    expect(parseTemplateRef(`norrsken@${MAX_VERSION}`)).toEqual({ key: 'norrsken', version: MAX_VERSION });
  });

  it.each([
    'rvc-referral',
    'rvc-referral@0',
    'rvc-referral@v1',
    'RVC@1',
    '@1',
    'a--b@1',
    'a@1@2',
    'a@1000000000',
    'a@99999999999',
  ])('refuses %s', (text) => {
    expect(parseTemplateRef(text)).toBeUndefined();
  });

  it('round-trips', () => {
    expect(formatTemplateRef({ key: 'agreement-base', version: 3 })).toBe('agreement-base@3');
  });
});
