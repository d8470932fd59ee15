import { parseVersionNumber } from '../../platform/http/params.js';
import { AgreementError } from './agreements.error.js';
import type { VersionSelector } from './agreements.service.js';

export function parseVersion(text: string): VersionSelector {
  if (text === 'latest') return 'latest';
  const number = parseVersionNumber(text);
  if (number !== undefined) return number;
  throw new AgreementError('AGREEMENT_VERSION_NOT_FOUND', 404, `No version ${text}: use a number or latest`);
}

export function parseDraftVersion(text: string): number {
  const version = parseVersion(text);
  if (version === 'latest')
    throw new AgreementError('AGREEMENT_VERSION_PUBLISHED', 409, 'The published version cannot change');
  return version;
}
