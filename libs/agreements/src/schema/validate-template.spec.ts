import { aBody, aTemplate } from '../testing/builders.js';
import { validateAgreementTemplate } from './validate.js';

describe('validateAgreementTemplate', () => {
  it('accepts a template without county or parties', () => {
    const template = aTemplate({ bodies: [aBody()], clauses: [{ number: '9', title: 'Ledning och styrning' }] });
    expect(validateAgreementTemplate(template)).toEqual({ ok: true, value: template });
  });

  it('checks the relations inside the content, with paths under content', () => {
    const template = aTemplate({
      bodies: [aBody({ members: [{ party: 'polisen' }], reportsTo: { body: 'ledningsgrupp', clause: '9' } })],
      clauses: [{ number: '9', title: 'Ledning och styrning' }],
    });
    const result = validateAgreementTemplate(template);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['content.bodies.0.members.0.party', 'unknownParty'],
      ['content.bodies.0.reportsTo.body', 'unknownBody'],
    ]);
  });

  it('refuses a template key that parseTemplateRef would not read', () => {
    const result = validateAgreementTemplate({ ...aTemplate({}), key: 'Samverkan' });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['key', 'invalidKey']]);
  });
});
