import 'reflect-metadata';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { confirmDefaults } from '../../testing/confirm-defaults.js';

interface Party {
  key: string;
  name: string;
  kind: string;
  clause?: string;
}
interface Draft {
  version: number;
  rowVersion: number;
  content: { parties: Party[]; routines: { key: string; roles: Record<string, { to: string[] }> }[] };
}

// A county's agreement names only its own organisations, or one of another county that has
// accepted to take part (issue 9, defect 6).
describe('parties of an agreement', () => {
  let app: TestApp;
  const key = 'jamtland-operation-norrsken';
  let draft: Draft;

  const save = (content: Draft['content']) =>
    app.as('strateg.jamtland', 'PUT', `/api/agreements/${key}/versions/${draft.version}`, {
      content,
      rowVersion: draft.rowVersion,
    });
  const withParty = (party: Party): Draft['content'] => {
    const content = structuredClone(draft.content);
    content.parties.push(party);
    const rvc = content.routines.find((routine) => routine.key === 'rvc');
    rvc?.roles['police']?.to.push(party.key);
    return content;
  };

  beforeAll(async () => {
    app = await startTestApp('postgres');
    const created = await app.as('strateg.jamtland', 'POST', `/api/agreements/${key}/versions`, {});
    draft = created.body as unknown as Draft;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses another county’s organisation that has not accepted, with the path of the party', async () => {
    const reply = await save(
      withParty({ key: 'polisen-polisomrade-norr', name: 'Polisen Västernorrland', kind: 'police', clause: '2' }),
    );
    expect(reply.status).toBe(422);
    expect((reply.body['details'] as { problems: { path: string; code: string }[] }).problems).toEqual([
      expect.objectContaining({ path: `parties.${draft.content.parties.length}.key`, code: 'partyNotInCounty' }),
    ]);
  });

  it('refuses another county’s municipality under its own key, whatever code the draft gives it', async () => {
    const reply = await save(
      withParty({
        key: 'sundsvalls-kommun',
        name: 'Sundsvall',
        kind: 'municipality',
        municipalityCode: '2326',
        clause: '2',
      } as Party),
    );
    expect(reply.status).toBe(422);
    expect((reply.body['details'] as { problems: { path: string; code: string }[] }).problems).toEqual([
      expect.objectContaining({ path: `parties.${draft.content.parties.length}.key`, code: 'partyNotInCounty' }),
    ]);
  });

  it('lets only the organisation’s own strategist or the admin accept, and then the draft saves', async () => {
    const stranger = await app.as('strateg.jamtland', 'POST', '/api/parties/polisen-polisomrade-norr/counties', {
      countyCode: '23',
    });
    expect(stranger.status).toBe(403);
    const unknownCounty = await app.as('admin', 'POST', '/api/parties/polisen-polisomrade-norr/counties', {
      countyCode: '99',
    });
    expect(unknownCounty.status).toBe(422);
    const accepted = await app.as('admin', 'POST', '/api/parties/polisen-polisomrade-norr/counties', {
      countyCode: '23',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body['counties']).toEqual(['22', '23']);
    const reply = await save(
      withParty({ key: 'polisen-polisomrade-norr', name: 'Polisen Västernorrland', kind: 'police', clause: '2' }),
    );
    expect(reply.status).toBe(200);
    draft = {
      ...draft,
      rowVersion: Number(reply.body['rowVersion']),
      content: reply.body['content'] as Draft['content'],
    };
  });

  it('makes an organisation Samverkan did not know the county’s own when the version is published', async () => {
    const reply = await save(
      withParty({
        key: 'kvinnojouren-jamtland',
        name: 'Kvinnojouren i Jämtland',
        kind: 'voluntaryOrganisation',
        clause: '2',
      }),
    );
    expect(reply.status).toBe(200);
    await confirmDefaults(app.as, 'strateg.jamtland', key, draft.version);
    const published = await app.as(
      'strateg.jamtland',
      'POST',
      `/api/agreements/${key}/versions/${draft.version}/publish`,
    );
    expect(published.status).toBe(200);
    const parties = (await app.as('strateg.jamtland', 'GET', '/api/parties')).body as unknown as {
      key: string;
      counties: string[];
    }[];
    expect(parties.find((party) => party.key === 'kvinnojouren-jamtland')?.counties).toEqual(['23']);
  });
});
