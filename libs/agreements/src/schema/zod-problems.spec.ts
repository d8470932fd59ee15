import { z } from 'zod';
import { problemsFromZod } from './zod-problems.js';

// The one zod translator of the libraries: libs/agreements' dot paths by default, and the path
// format and patterns of the library that calls it (libs/workflows writes event names in brackets).
describe('problems from zod', () => {
  const schema = z.strictObject({
    on: z.record(z.string(), z.strictObject({ target: z.string().regex(/^[a-z]+$/, 'a target is lower-case') })),
  });
  const issues = () => {
    const parsed = schema.safeParse({ on: { 'case.contact.made': { target: 'X', extra: 1 } } });
    if (parsed.success) throw new Error('expected problems');
    return parsed.error.issues;
  };

  it('writes dot paths and names each unknown field', () => {
    expect(problemsFromZod(issues()).map((p) => [p.path, p.code])).toEqual([
      ['on.case.contact.made.target', 'invalidFormat'],
      ['on.case.contact.made.extra', 'unknownField'],
    ]);
  });

  it("writes the caller's paths and knows the caller's patterns", () => {
    const problems = problemsFromZod(issues(), {
      formatPath: (path) =>
        path.map((segment) => (String(segment).includes('.') ? `[${String(segment)}]` : String(segment))).join('.'),
      patterns: { '/^[a-z]+$/': ['invalidTarget', 'ett mål skrivs med små bokstäver', 'a target is lower-case'] },
    });
    expect(problems).toEqual([
      {
        path: 'on.[case.contact.made].target',
        code: 'invalidTarget',
        message: { sv: 'ett mål skrivs med små bokstäver', en: 'a target is lower-case' },
      },
      expect.objectContaining({ path: 'on.[case.contact.made].extra', code: 'unknownField' }),
    ]);
  });
});
