import type { CalendarView, CostSplitView } from '@samverkan/agreements';
import createClient from 'openapi-fetch';
import { ApiError, NetworkError, detailsOf, isApiErrorBody } from './errors';
import type { components, paths } from './schema';
import { authConfigSchema, type AuthConfig } from '../session/authConfig';
import type { AgreementSummary, AgreementView, Me, TokenResponse, VersionView } from './types';
import type { Municipality, RoutineDefinition, RoutineSummary, TemplateSummary, TimersView } from './types';
import type { InboxItem, InboxPage, InboxReadAll, NoticePreferences } from './types';
import type { AgreementReminders, SignatureRound, WithdrawalNotices } from './types';
import type { AgreementTemplate } from '@samverkan/agreements';

export type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** A version of an agreement: its key (or id) and its number. */
export interface VersionRef {
  agreement: string;
  version: number;
}

export interface ApiClient {
  /** GET /auth/config: how to sign in (locally, or at the external provider). */
  authConfig: (signal?: AbortSignal) => Promise<AuthConfig>;
  /** POST /auth/token: exchanges a username and password for a bearer token. */
  requestToken: (username: string, password: string) => Promise<TokenResponse>;
  /** GET /api/me with a given token (the session checks a token before it keeps it). */
  fetchMe: (accessToken: string, signal?: AbortSignal) => Promise<Me>;
  /** GET /api/agreements: the agreements the user may read. */
  agreements: (signal?: AbortSignal) => Promise<AgreementSummary[]>;
  /** GET /api/agreements/{agreement}: one agreement and its versions. */
  agreement: (agreement: string, signal?: AbortSignal) => Promise<AgreementView>;
  version: (ref: VersionRef, signal?: AbortSignal) => Promise<VersionView>;
  /** The generated document, print-ready HTML in Swedish. */
  documentHtml: (ref: VersionRef, signal?: AbortSignal) => Promise<string>;
  documentPdf: (ref: VersionRef, signal?: AbortSignal) => Promise<Blob>;
  /** Both dates inclusive, `YYYY-MM-DD`. */
  calendar: (ref: VersionRef, range: { from: string; to: string }, signal?: AbortSignal) => Promise<CalendarView>;
  costSplit: (ref: VersionRef, year: number, signal?: AbortSignal) => Promise<CostSplitView>;
  templates: (signal?: AbortSignal) => Promise<TemplateSummary[]>;
  /** One template by reference, `key@version`. */
  template: (ref: string, signal?: AbortSignal) => Promise<AgreementTemplate>;
  municipalities: (county: string | undefined, signal?: AbortSignal) => Promise<Municipality[]>;
  /** GET /api/routines: the routine definitions a county can bind, each published version. */
  routines: (signal?: AbortSignal) => Promise<RoutineSummary[]>;
  /** GET /api/routines/{key}/versions/{version}: a definition's roles and parameters. */
  routine: (key: string, version: number, signal?: AbortSignal) => Promise<RoutineDefinition>;
  /** POST /api/agreements: a new agreement with its first draft (the content names its template). */
  createAgreement: (content: Record<string, unknown>) => Promise<VersionView>;
  /** PUT a draft's content, naming the row version read (409 when someone saved since). */
  saveDraft: (ref: VersionRef, content: Record<string, unknown>, rowVersion: number) => Promise<VersionView>;
  /** A new draft copied from the published version. */
  createDraft: (agreement: string) => Promise<VersionView>;
  timers: (ref: VersionRef, signal?: AbortSignal) => Promise<TimersView>;
  confirmDefaults: (ref: VersionRef, confirm: string[], rowVersion: number) => Promise<VersionView>;
  publish: (ref: VersionRef) => Promise<VersionView>;
  /** The changes against another version (its number) or the template the version extends. */
  diff: (ref: VersionRef, against: number | 'template', signal?: AbortSignal) => Promise<DiffView>;
  /** What a newer version of its template would change in the agreement. */
  templateUpdate: (agreement: string, signal?: AbortSignal) => Promise<TemplateUpdateView>;
  /** A new draft on the newer template `to` with the changes whose paths are in `take`. */
  takeTemplateChanges: (agreement: string, to: string, take: string[]) => Promise<VersionView>;
  /** The admin publishes a county's published agreement as a template. */
  publishTemplate: (request: PublishTemplateRequest) => Promise<PublishedTemplate>;
  /** The agreement's calendar feeds (without their secrets). */
  calendarFeeds: (agreement: string, signal?: AbortSignal) => Promise<CalendarFeedView[]>;
  /** A party's feed: its secret address is in the answer, this once. */
  createCalendarFeed: (agreement: string, party: string) => Promise<CreatedCalendarFeed>;
  revokeCalendarFeed: (agreement: string, feed: string) => Promise<CalendarFeedView>;
  /** GET /api/inbox: a page (from 1) of the notices addressed to the user's party. */
  inbox: (page: number, pageSize: number, signal?: AbortSignal) => Promise<InboxPage>;
  /** Marks one notice read for this user. */
  markNoticeRead: (id: string) => Promise<InboxItem>;
  /** Marks every notice of the inbox read for this user. */
  markAllNoticesRead: () => Promise<InboxReadAll>;
  preferences: (signal?: AbortSignal) => Promise<NoticePreferences>;
  savePreferences: (choice: Pick<NoticePreferences, 'email' | 'inApp'>) => Promise<NoticePreferences>;
  /** A published version's signature round: each signing party, signed or pending. */
  signatures: (ref: VersionRef, signal?: AbortSignal) => Promise<SignatureRound>;
  /** A published version's date reminders: lead times with their source, and those armed. */
  reminders: (ref: VersionRef, signal?: AbortSignal) => Promise<AgreementReminders>;
  /** The notices of withdrawal given from the agreement (whichever version dated them). */
  withdrawals: (agreement: string, signal?: AbortSignal) => Promise<WithdrawalNotices>;
  /** Records a party's signature of a published version: the day and the signatory's function. */
  recordSignature: (ref: VersionRef, signature: SignatureRequest) => Promise<SignatureRound>;
  /** Records a party's notice of withdrawal (the day defaults to today in Stockholm). */
  giveWithdrawal: (agreement: string, notice: WithdrawalRequest) => Promise<RecordedWithdrawal>;
}

export type SignatureRequest = { party: string; signedOn: string; signatoryFunction: string };
export type WithdrawalRequest = { party: string; givenOn?: string; signatoryFunction: string };
export type RecordedWithdrawal = components['schemas']['RecordedWithdrawalView'];

export type CalendarFeedView = components['schemas']['CalendarFeedView'];
export type CreatedCalendarFeed = components['schemas']['CreatedCalendarFeed'];

export type DiffView = components['schemas']['DiffView'];
export type TemplateUpdateView = components['schemas']['TemplateUpdateView'];
export type PublishedTemplate = components['schemas']['PublishedTemplate'];
export type PublishTemplateRequest = { agreement: string; key: string; name: string; description: string };

export interface ApiClientOptions {
  /** Empty in the browser: the API serves the designer (and Vite's dev server proxies to it). */
  baseUrl?: string;
  fetch?: Fetch;
  /** The session's current token, read for every request. */
  accessToken?: () => string | null;
}

type Result<D> = { data?: D; error?: unknown; response: Response };

/**
 * The API client: paths, parameters and request bodies typed from the OpenAPI document
 * (openapi-fetch over the generated `paths`). Answers outside 2xx become an ApiError with the
 * API's code; a request that got no answer, a NetworkError.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const fetchImpl: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    headers: { Accept: 'application/json' },
    fetch: async (request) => {
      try {
        return await fetchImpl(request);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        throw new NetworkError(error);
      }
    },
  });
  const bearer = (token = options.accessToken?.() ?? null) =>
    token === null ? {} : { Authorization: `Bearer ${token}` };

  /**
   * The body of a 2xx answer, typed by the document's schema for it; the API's error as an
   * ApiError otherwise.
   */
  async function answer<D>(call: Promise<Result<D>>): Promise<D> {
    const { data, error, response } = await call;
    if (response.ok) return data as D;
    if (isApiErrorBody(error)) throw new ApiError(response.status, error.code, error.message, detailsOf(error));
    throw new ApiError(response.status, undefined, `HTTP ${response.status}`);
  }

  const versionPath = (ref: VersionRef) => ({ agreement: ref.agreement, version: String(ref.version) });

  return {
    authConfig: async (signal) => {
      const parsed = authConfigSchema.safeParse(await answer<unknown>(client.GET('/auth/config', { signal })));
      if (!parsed.success) throw new Error(`Unexpected /auth/config answer: ${parsed.error.message}`);
      return parsed.data;
    },
    requestToken: (username, password) => answer(client.POST('/auth/token', { body: { username, password } })),
    fetchMe: (accessToken, signal) => answer(client.GET('/api/me', { headers: bearer(accessToken), signal })),
    agreements: (signal) => answer(client.GET('/api/agreements', { headers: bearer(), signal })),
    agreement: (agreement, signal) =>
      answer(client.GET('/api/agreements/{agreement}', { params: { path: { agreement } }, headers: bearer(), signal })),
    version: (ref, signal) =>
      answer(
        client.GET('/api/agreements/{agreement}/versions/{version}', {
          params: { path: versionPath(ref) },
          headers: bearer(),
          signal,
        }),
      ),
    documentHtml: (ref, signal) =>
      answer<string>(
        client.GET('/api/agreements/{agreement}/versions/{version}/document', {
          params: { path: versionPath(ref) },
          headers: { ...bearer(), Accept: 'text/html' },
          parseAs: 'text',
          signal,
        }),
      ),
    documentPdf: (ref, signal) =>
      answer<Blob>(
        client.GET('/api/agreements/{agreement}/versions/{version}/document.pdf', {
          params: { path: versionPath(ref) },
          headers: { ...bearer(), Accept: 'application/pdf' },
          parseAs: 'blob',
          signal,
        }),
      ),
    calendar: (ref, range, signal) =>
      answer(
        client.GET('/api/agreements/{agreement}/versions/{version}/calendar', {
          params: { path: versionPath(ref), query: range },
          headers: bearer(),
          signal,
        }),
      ),
    costSplit: (ref, year, signal) =>
      answer(
        client.GET('/api/agreements/{agreement}/versions/{version}/cost-split', {
          params: { path: versionPath(ref), query: { year } },
          headers: bearer(),
          signal,
        }),
      ),
    templates: (signal) => answer(client.GET('/api/templates', { headers: bearer(), signal })),
    template: (ref, signal) =>
      answer(client.GET('/api/templates/{ref}', { params: { path: { ref } }, headers: bearer(), signal })),
    municipalities: (county, signal) =>
      answer(
        client.GET('/api/municipalities', {
          params: { query: county === undefined ? {} : { county } },
          headers: bearer(),
          signal,
        }),
      ),
    routines: (signal) => answer(client.GET('/api/routines', { headers: bearer(), signal })),
    routine: (key, version, signal) =>
      answer(
        client.GET('/api/routines/{key}/versions/{version}', {
          params: { path: { key, version: String(version) } },
          headers: bearer(),
          signal,
        }),
      ),
    createAgreement: (content) => answer(client.POST('/api/agreements', { body: { content }, headers: bearer() })),
    saveDraft: (ref, content, rowVersion) =>
      answer(
        client.PUT('/api/agreements/{agreement}/versions/{version}', {
          params: { path: versionPath(ref) },
          body: { content, rowVersion },
          headers: bearer(),
        }),
      ),
    createDraft: (agreement) =>
      answer(
        client.POST('/api/agreements/{agreement}/versions', {
          params: { path: { agreement } },
          body: {},
          headers: bearer(),
        }),
      ),
    timers: (ref, signal) =>
      answer(
        client.GET('/api/agreements/{agreement}/versions/{version}/timers', {
          params: { path: versionPath(ref) },
          headers: bearer(),
          signal,
        }),
      ),
    confirmDefaults: (ref, confirm, rowVersion) =>
      answer(
        client.POST('/api/agreements/{agreement}/versions/{version}/default-confirmations', {
          params: { path: versionPath(ref) },
          body: { confirm, rowVersion },
          headers: bearer(),
        }),
      ),
    diff: (ref, against, signal) =>
      answer<DiffView>(
        client.GET('/api/agreements/{agreement}/versions/{version}/diff', {
          params: { path: versionPath(ref), query: { against: String(against) } },
          headers: bearer(),
          signal,
        }),
      ),
    templateUpdate: (agreement, signal) =>
      answer<TemplateUpdateView>(
        client.GET('/api/agreements/{agreement}/template-update', {
          params: { path: { agreement } },
          headers: bearer(),
          signal,
        }),
      ),
    takeTemplateChanges: (agreement, to, take) =>
      answer<VersionView>(
        client.POST('/api/agreements/{agreement}/template-update', {
          params: { path: { agreement } },
          body: { to, take },
          headers: bearer(),
        }),
      ),
    calendarFeeds: (agreement, signal) =>
      answer<CalendarFeedView[]>(
        client.GET('/api/agreements/{agreement}/calendar-feeds', {
          params: { path: { agreement } },
          headers: bearer(),
          signal,
        }),
      ),
    createCalendarFeed: (agreement, party) =>
      answer<CreatedCalendarFeed>(
        client.POST('/api/agreements/{agreement}/calendar-feeds', {
          params: { path: { agreement } },
          body: { party },
          headers: bearer(),
        }),
      ),
    revokeCalendarFeed: (agreement, feed) =>
      answer<CalendarFeedView>(
        client.DELETE('/api/agreements/{agreement}/calendar-feeds/{feed}', {
          params: { path: { agreement, feed } },
          headers: bearer(),
        }),
      ),
    inbox: (page, pageSize, signal) =>
      answer<InboxPage>(client.GET('/api/inbox', { params: { query: { page, pageSize } }, headers: bearer(), signal })),
    markNoticeRead: (id) =>
      answer<InboxItem>(client.POST('/api/inbox/{id}/read', { params: { path: { id } }, headers: bearer() })),
    markAllNoticesRead: () => answer<InboxReadAll>(client.POST('/api/inbox/read-all', { headers: bearer() })),
    preferences: (signal) =>
      answer<NoticePreferences>(client.GET('/api/me/preferences', { headers: bearer(), signal })),
    savePreferences: (choice) =>
      answer<NoticePreferences>(client.PUT('/api/me/preferences', { body: choice, headers: bearer() })),
    publishTemplate: (request) =>
      answer<PublishedTemplate>(client.POST('/api/templates', { body: request, headers: bearer() })),
    signatures: (ref, signal) =>
      answer<SignatureRound>(
        client.GET('/api/agreements/{agreement}/versions/{version}/signatures', {
          params: { path: versionPath(ref) },
          headers: bearer(),
          signal,
        }),
      ),
    reminders: (ref, signal) =>
      answer<AgreementReminders>(
        client.GET('/api/agreements/{agreement}/versions/{version}/reminders', {
          params: { path: versionPath(ref) },
          headers: bearer(),
          signal,
        }),
      ),
    withdrawals: (agreement, signal) =>
      answer<WithdrawalNotices>(
        client.GET('/api/agreements/{agreement}/withdrawals', {
          params: { path: { agreement } },
          headers: bearer(),
          signal,
        }),
      ),
    recordSignature: (ref, signature) =>
      answer<SignatureRound>(
        client.POST('/api/agreements/{agreement}/versions/{version}/signatures', {
          params: { path: versionPath(ref) },
          body: signature,
          headers: bearer(),
        }),
      ),
    giveWithdrawal: (agreement, notice) =>
      answer<RecordedWithdrawal>(
        client.POST('/api/agreements/{agreement}/withdrawals', {
          params: { path: { agreement } },
          body: notice,
          headers: bearer(),
        }),
      ),
    publish: (ref) =>
      answer(
        client.POST('/api/agreements/{agreement}/versions/{version}/publish', {
          params: { path: versionPath(ref) },
          headers: bearer(),
        }),
      ),
  };
}
