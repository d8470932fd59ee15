import { queryOptions } from '@tanstack/react-query';
import type { ApiClient, VersionRef } from './client';
import { ApiError } from './errors';

/**
 * The server state the pages read, one query per API answer, cached by TanStack Query. Keys
 * start with the resource so that a later change (a saved draft) can invalidate by prefix.
 */
export const queries = {
  agreements: (api: ApiClient) =>
    queryOptions({ queryKey: ['agreements'], queryFn: ({ signal }) => api.agreements(signal) }),
  agreement: (api: ApiClient, agreement: string) =>
    queryOptions({ queryKey: ['agreements', agreement], queryFn: ({ signal }) => api.agreement(agreement, signal) }),
  version: (api: ApiClient, ref: VersionRef) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version],
      queryFn: ({ signal }) => api.version(ref, signal),
    }),
  document: (api: ApiClient, ref: VersionRef) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'document'],
      queryFn: ({ signal }) => api.documentHtml(ref, signal),
    }),
  calendar: (api: ApiClient, ref: VersionRef, range: { from: string; to: string }) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'calendar', range.from, range.to],
      queryFn: ({ signal }) => api.calendar(ref, range, signal),
    }),
  costSplit: (api: ApiClient, ref: VersionRef, year: number) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'cost-split', year],
      queryFn: ({ signal }) => api.costSplit(ref, year, signal),
    }),
  templates: (api: ApiClient) =>
    queryOptions({ queryKey: ['templates'], queryFn: ({ signal }) => api.templates(signal), staleTime: Infinity }),
  template: (api: ApiClient, ref: string) =>
    queryOptions({
      queryKey: ['templates', ref],
      queryFn: ({ signal }) => api.template(ref, signal),
      staleTime: Infinity,
    }),
  municipalities: (api: ApiClient) =>
    queryOptions({
      queryKey: ['municipalities'],
      queryFn: ({ signal }) => api.municipalities(undefined, signal),
      staleTime: Infinity,
    }),
  routines: (api: ApiClient) =>
    queryOptions({ queryKey: ['routines'], queryFn: ({ signal }) => api.routines(signal), staleTime: Infinity }),
  /** A published routine version is immutable: read once. */
  routine: (api: ApiClient, key: string, version: number) =>
    queryOptions({
      queryKey: ['routines', key, version],
      queryFn: ({ signal }) => api.routine(key, version, signal),
      staleTime: Infinity,
    }),
  diff: (api: ApiClient, ref: VersionRef, against: number | 'template') =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'diff', against],
      queryFn: ({ signal }) => api.diff(ref, against, signal),
    }),
  calendarFeeds: (api: ApiClient, agreement: string) =>
    queryOptions({
      queryKey: ['agreements', agreement, 'calendar-feeds'],
      queryFn: ({ signal }) => api.calendarFeeds(agreement, signal),
    }),
  templateUpdate: (api: ApiClient, agreement: string) =>
    queryOptions({
      queryKey: ['agreements', agreement, 'template-update'],
      queryFn: ({ signal }) => api.templateUpdate(agreement, signal),
    }),
  timers: (api: ApiClient, ref: VersionRef) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'timers'],
      queryFn: ({ signal }) => api.timers(ref, signal),
    }),
  signatures: (api: ApiClient, ref: VersionRef) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'signatures'],
      queryFn: ({ signal }) => api.signatures(ref, signal),
    }),
  reminders: (api: ApiClient, ref: VersionRef) =>
    queryOptions({
      queryKey: ['agreements', ref.agreement, 'versions', ref.version, 'reminders'],
      queryFn: ({ signal }) => api.reminders(ref, signal),
    }),
  /** The agreement's notices of withdrawal: of the agreement, not of one version. */
  withdrawals: (api: ApiClient, agreement: string) =>
    queryOptions({
      queryKey: ['agreements', agreement, 'withdrawals'],
      queryFn: ({ signal }) => api.withdrawals(agreement, signal),
    }),
  /** A page of the inbox; every inbox key starts with `inbox`, so marking read refreshes them all. */
  inbox: (api: ApiClient, page: number) =>
    queryOptions({
      queryKey: ['inbox', 'page', page],
      queryFn: ({ signal }) => api.inbox(page, INBOX_PAGE_SIZE, signal),
    }),
  /** The unread count for the navigation: the smallest page, looked at again every minute. */
  inboxSummary: (api: ApiClient) =>
    queryOptions({
      queryKey: ['inbox', 'summary'],
      queryFn: ({ signal }) => api.inbox(1, 1, signal),
      refetchInterval: 60_000,
    }),
  preferences: (api: ApiClient) =>
    queryOptions({ queryKey: ['me', 'preferences'], queryFn: ({ signal }) => api.preferences(signal) }),
};

/** Notices per page of the inbox (the API's default). */
export const INBOX_PAGE_SIZE = 20;

/**
 * Whether a failed query is worth another try: not when the API answered with a client error
 * (401, 403, 404, 422 will not change by asking again), at most twice otherwise.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
