import type { VersionStatus } from '../api/types';

/** A version's status in Swedish (docs/designer.md). */
export const versionStatusLabels: Record<VersionStatus, string> = {
  draft: 'Utkast',
  published: 'Publicerad',
  superseded: 'Ersatt',
};
