/**
 * The designer's addresses: real URLs a strategist can bookmark and share (the API answers any
 * of them with the designer's index.html). Swedish, like everything the user sees.
 */
export const paths = {
  overview: '/',
  profile: '/profil',
  newAgreement: '/nytt-avtal',
  editor: (agreement: string, version: number) => `${paths.version(agreement, version)}/redigera`,
  publish: (agreement: string, version: number) => `${paths.version(agreement, version)}/publicera`,
  version: (agreement: string, version: number) => `/avtal/${encodeURIComponent(agreement)}/version/${version}`,
  /** Without a year: the current one. */
  calendar: (agreement: string, version: number, year?: number) =>
    `${paths.version(agreement, version)}/kalender${year === undefined ? '' : `/${year}`}`,
  costSplit: (agreement: string, version: number, year?: number) =>
    `${paths.version(agreement, version)}/kostnader${year === undefined ? '' : `/${year}`}`,
} as const;

/** The route patterns behind `paths` (react-router). */
export const routePatterns = {
  version: 'avtal/:agreement/version/:version',
  editor: 'avtal/:agreement/version/:version/redigera',
  publish: 'avtal/:agreement/version/:version/publicera',
  calendar: 'avtal/:agreement/version/:version/kalender/:year?',
  costSplit: 'avtal/:agreement/version/:version/kostnader/:year?',
} as const;

/** A version number from the address: a whole number from 1, or null. */
export function versionParam(value: string | undefined): number | null {
  return value !== undefined && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

/** The years the API's views answer for (1900–2199, as its year and date queries). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** A year from the address: absent means `fallback`; anything but a year in range is null. */
export function yearParam(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (!/^[0-9]{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}
