import { MAX_INPUT_DEPTH, checkInput } from './input-limits.js';

const nested = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

describe('input limits', () => {
  it('accepts ordinary bodies and bodies nested to the limit', () => {
    expect(() => checkInput({ content: { parties: [{ key: 'bergs-kommun' }] } }, 'body')).not.toThrow();
    expect(() => checkInput(nested(MAX_INPUT_DEPTH), 'body')).not.toThrow();
  });

  it('refuses a body nested deeper than the limit, even thousands deep, with 422 INPUT_TOO_DEEP', () => {
    for (const depth of [MAX_INPUT_DEPTH + 1, 100_000]) {
      expect(() => checkInput(nested(depth), 'body')).toThrow(
        expect.objectContaining({ code: 'INPUT_TOO_DEEP', status: 422 }),
      );
    }
  });

  it('refuses NUL characters in values and keys with the path of each', () => {
    expect(() =>
      checkInput({ agreement: 'a\u0000b', input: { ['k\u0000']: 1, list: ['ok', '\u0000'] } }, 'body'),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID_CHARACTER',
        status: 422,
        details: {
          problems: expect.arrayContaining([
            { path: 'agreement', message: 'holds a NUL character' },
            { path: 'input', message: 'a key holds a NUL character' },
            { path: 'input.list.1', message: 'holds a NUL character' },
          ]),
        },
      }),
    );
  });

  it('refuses lone surrogates in values and keys with the path of each, and takes whole pairs', () => {
    expect(() => checkInput({ title: 'Avtal 🇸🇪 \ud83d\ude00' }, 'body')).not.toThrow();
    expect(() =>
      checkInput({ title: 'Avtal \ud800', input: { ['k\udc00']: 1, list: ['ok', 'x\udfff'] } }, 'body'),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID_CHARACTER',
        status: 422,
        details: {
          problems: expect.arrayContaining([
            { path: 'title', message: 'holds a lone surrogate (not a Unicode character)' },
            { path: 'input', message: 'a key holds a lone surrogate (not a Unicode character)' },
            { path: 'input.list.1', message: 'holds a lone surrogate (not a Unicode character)' },
          ]),
        },
      }),
    );
  });

  it('refuses a body of more values than the limit with 413', () => {
    expect(() => checkInput(new Array(100_001).fill(0), 'body')).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE', status: 413 }),
    );
  });
});
