import type { Role } from './platform/auth/role.js';

/**
 * Who may call each route: the one declared policy that docs/security.md describes and the
 * access-matrix test (access-matrix.spec.ts) checks against the running application's route
 * table. A route without an entry here fails that test.
 *
 * The rules are stated for a caller relative to an object: an agreement of a county and a case
 * in it. `relation` says where the caller's organisation stands: `right` plays a role in the
 * case (and is a party of the agreement), `sameCounty` is another party of the same agreement,
 * `otherCounty` is an organisation of another county. A strategist holds the write grant of
 * their organisation's county.
 */
export interface Caller {
  role: Role;
  relation: 'right' | 'sameCounty' | 'otherCounty';
}

/** `ok`: the request is served; `forbidden`: 403, the caller may know the object; `hidden`: 404. */
export type Outcome = 'ok' | 'forbidden' | 'hidden';

export type Rule = (caller: Caller) => Outcome;

const caseWorker = (caller: Caller) => caller.role === 'coordinator' || caller.role === 'member';
const inCounty = (caller: Caller) => caller.relation !== 'otherCounty';

export const rules = {
  /** Reference data and the caller's own lists: every signed-in user. */
  signedIn: () => 'ok',
  /** A published agreement version and its views: the admin, the county's strategists, its parties' users. */
  agreementReaders: (caller) => (caller.role === 'admin' || inCounty(caller) ? 'ok' : 'hidden'),
  /** Drafts: the admin and the county's strategists only. */
  draftReaders: (caller) =>
    caller.role === 'admin' || (caller.role === 'strategist' && inCounty(caller)) ? 'ok' : 'hidden',
  /** Writing a county's agreement: its strategists; a reader who may not write is told so. */
  agreementWriters: (caller) =>
    caller.role === 'strategist' && inCounty(caller)
      ? 'ok'
      : caller.role === 'admin' || inCounty(caller)
        ? 'forbidden'
        : 'hidden',
  /** Creating an agreement: a strategist of its county. */
  agreementCreators: (caller) => (caller.role === 'strategist' && inCounty(caller) ? 'ok' : 'forbidden'),
  /** An organisation accepts to take part in a county: its own strategist, or the admin for it. */
  partyAcceptance: (caller) =>
    caller.role === 'admin' || (caller.role === 'strategist' && caller.relation === 'right') ? 'ok' : 'forbidden',
  /** A party's webhook: the admin, or a strategist of a county the party takes part in. */
  webhookManagers: (caller) =>
    caller.role === 'admin' || (caller.role === 'strategist' && inCounty(caller)) ? 'ok' : 'forbidden',
  /** Publishing and migrating routine definitions, and the operators' view of delivery and queues: the admin. */
  admins: (caller) => (caller.role === 'admin' ? 'ok' : 'forbidden'),
  /**
   * Starting a case: a coordinator or member of an organisation that plays a role in it as bound
   * (home municipality chosen). Another party of the agreement is refused; another county's
   * organisation cannot read the agreement at all.
   */
  caseStarters: (caller) =>
    !caseWorker(caller) ? 'forbidden' : caller.relation === 'right' ? 'ok' : inCounty(caller) ? 'forbidden' : 'hidden',
  /** Reading a case: the admin, and case workers of an organisation in it. */
  caseReaders: (caller) =>
    caller.role === 'admin' || (caseWorker(caller) && caller.relation === 'right') ? 'ok' : 'hidden',
  /** Acting in a case: case workers of an organisation in it; the admin reads but does not act. */
  caseActors: (caller) =>
    caseWorker(caller) && caller.relation === 'right' ? 'ok' : caller.role === 'admin' ? 'forbidden' : 'hidden',
  /** A party's contacts (where it hears notices): the admin, and the strategists of a county it takes part in. */
  contactKeepers: (caller) =>
    caller.role === 'admin' || (caller.role === 'strategist' && inCounty(caller)) ? 'ok' : 'forbidden',
  /**
   * Recording what a party signed — its signature of a published version, its notice of
   * withdrawal: the party's own strategist or coordinator, the county's strategists (who collect
   * the signed papers) and the admin (lifecycle/party-records.ts); any other reader of the
   * agreement is told no.
   */
  partyRecorders: (caller) =>
    caller.role === 'admin' ||
    (caller.role === 'strategist' && inCounty(caller)) ||
    (caller.relation === 'right' && (caller.role === 'strategist' || caller.role === 'coordinator'))
      ? 'ok'
      : inCounty(caller)
        ? 'forbidden'
        : 'hidden',
  /**
   * Dating a meeting of a body that meets a count per period: the county's strategists and the
   * admin; the convener's own strategist or coordinator too (the service checks the convener).
   */
  meetingSchedulers: (caller) =>
    caller.role === 'admin' || (caller.role === 'strategist' && inCounty(caller))
      ? 'ok'
      : inCounty(caller)
        ? 'forbidden'
        : 'hidden',
  /** Tasks and notifications: case workers (their organisation's) and the admin (all). */
  caseLists: (caller) => (caller.role === 'strategist' ? 'forbidden' : 'ok'),
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof rules;

/** `public`: no token needed; otherwise the rule for a signed-in caller (401 without a valid token). */
export type Access = 'public' | RuleName;

/** Every route, `METHOD /path` as Express knows it. Variants name the objects a route serves differently. */
export const accessPolicy: Record<string, Access | { published: Access; draft: Access }> = {
  'GET /health': 'public',
  'POST /auth/token': 'public',
  'GET /auth/config': 'public',
  'GET /.well-known/jwks.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/': 'public',
  'GET /api/docs/index.html': 'public',
  'GET /api/docs/LICENSE': 'public',
  'GET /api/docs/swagger-ui-init.js': 'public',
  'GET /api/docs/docs/swagger-ui-init.js': 'public',
  'GET /api/docs/openapi.json': 'public',
  'GET /api/docs-yaml': 'public',
  'GET /api/me': 'signedIn',
  'GET /api/municipalities': 'signedIn',
  'GET /api/parties': 'signedIn',
  'POST /api/parties/:party/counties': 'partyAcceptance',
  'GET /api/templates': 'signedIn',
  'GET /api/templates/:ref': 'signedIn',
  'POST /api/templates': 'admins',
  'GET /api/agreements': 'signedIn',
  'POST /api/agreements': 'agreementCreators',
  'GET /api/agreements/:agreement': 'agreementReaders',
  'POST /api/agreements/:agreement/versions': 'agreementWriters',
  'GET /api/agreements/:agreement/versions/:version': { published: 'agreementReaders', draft: 'draftReaders' },
  'PUT /api/agreements/:agreement/versions/:version': 'agreementWriters',
  'POST /api/agreements/:agreement/versions/:version/validate': {
    published: 'agreementReaders',
    draft: 'draftReaders',
  },
  'POST /api/agreements/:agreement/versions/:version/publish': 'agreementWriters',
  'POST /api/agreements/:agreement/versions/:version/default-confirmations': 'agreementWriters',
  'GET /api/agreements/:agreement/versions/:version/document': { published: 'agreementReaders', draft: 'draftReaders' },
  'GET /api/agreements/:agreement/versions/:version/document.pdf': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/cost-split': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/withdrawal': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/term': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/obligations': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/calendar': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/calendar.ics': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/diff': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/coverage': { published: 'agreementReaders', draft: 'draftReaders' },
  'GET /api/agreements/:agreement/versions/:version/timers': { published: 'agreementReaders', draft: 'draftReaders' },
  'GET /api/agreements/:agreement/versions/:version/signatures': 'agreementReaders',
  'POST /api/agreements/:agreement/versions/:version/signatures': 'partyRecorders',
  'GET /api/agreements/:agreement/versions/:version/reminders': 'agreementReaders',
  'GET /api/agreements/:agreement/versions/:version/meetings': 'agreementReaders',
  'POST /api/agreements/:agreement/versions/:version/meetings': 'meetingSchedulers',
  'GET /api/agreements/:agreement/withdrawals': 'agreementReaders',
  'POST /api/agreements/:agreement/withdrawals': 'partyRecorders',
  'GET /api/agreements/:agreement/template-update': 'draftReaders',
  'POST /api/agreements/:agreement/template-update': 'agreementWriters',
  'POST /api/agreements/:agreement/calendar-feeds': 'agreementWriters',
  'GET /api/agreements/:agreement/calendar-feeds': 'draftReaders',
  'DELETE /api/agreements/:agreement/calendar-feeds/:feed': 'agreementWriters',
  /** A party's calendar by its secret address: the secret is the access (calendar-feeds.service.ts). */
  'GET /api/feeds/:file': 'public',
  'GET /api/routines': 'signedIn',
  'GET /api/routines/:key/versions/:version': 'signedIn',
  'POST /api/routines': 'admins',
  'POST /api/routines/:key/migrations': 'admins',
  'POST /api/instances': 'caseStarters',
  'GET /api/instances/:id': 'caseReaders',
  'POST /api/instances/:id/events': 'caseActors',
  'GET /api/tasks': 'caseLists',
  'GET /api/notifications': 'caseLists',
  'GET /api/parties/:party/contacts': 'contactKeepers',
  'POST /api/parties/:party/contacts': 'contactKeepers',
  'DELETE /api/parties/:party/contacts/:contact': 'contactKeepers',
  // The caller's own: their channels and their inbox (an inbox shows only their party's notices).
  'GET /api/me/preferences': 'signedIn',
  'PUT /api/me/preferences': 'signedIn',
  'GET /api/inbox': 'signedIn',
  'POST /api/inbox/:id/read': 'signedIn',
  'POST /api/inbox/read-all': 'signedIn',
  'GET /api/notice-templates': 'signedIn',
  'POST /api/notice-templates/:kind/preview': 'signedIn',
  'GET /api/parties/:party/webhook': 'webhookManagers',
  'PUT /api/parties/:party/webhook': 'webhookManagers',
  'DELETE /api/parties/:party/webhook': 'webhookManagers',
  'POST /api/parties/:party/webhook/rotate': 'webhookManagers',
  'GET /api/admin/deliveries': 'admins',
  'GET /api/admin/deliveries/summary': 'admins',
  'POST /api/admin/deliveries/:id/retry': 'admins',
  'POST /api/admin/deliveries/:id/discard': 'admins',
  'GET /api/admin/queues': 'admins',
  'GET /api/admin/queues/:queue/jobs': 'admins',
  'POST /api/admin/queues/:queue/jobs/:job/retry': 'admins',
  'POST /api/admin/queues/:queue/jobs/:job/discard': 'admins',
  'GET /api/admin/overdue': 'admins',
};
