import type { VersionView } from '../api/types';

/** A published version 2 of Jämtland's agreement with these parties: the lifecycle specs' page. */
export function publishedVersion(parties: { key: string; name: string }[]): VersionView {
  return {
    version: 2,
    status: 'published',
    rowVersion: 3,
    contentHash: 'abcdef0123456789abcdef',
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    publishedAt: '2026-03-01T09:00:00.000Z',
    publishedBy: 'strateg.jamtland',
    agreementId: 'a1',
    agreementKey: 'jamtland',
    countyCode: '23',
    content: { parties },
  };
}
