/**
 * The designer's addresses: real URLs a strategist can bookmark and share (the API answers any
 * of them with the designer's index.html). Swedish, like everything the user sees.
 */
export const paths = {
  overview: '/',
  profile: '/profil',
  /** The inbox; a later page as `?sida=2`. */
  inbox: (page = 1) => (page === 1 ? '/inkorg' : `/inkorg?sida=${page}`),
  newAgreement: '/nytt-avtal',
  editor: (agreement: string, version: number) => `${paths.version(agreement, version)}/redigera`,
  publish: (agreement: string, version: number) => `${paths.version(agreement, version)}/publicera`,
  version: (agreement: string, version: number) => `/avtal/${encodeURIComponent(agreement)}/version/${version}`,
  /** Without a year: the current one. */
  calendar: (agreement: string, version: number, year?: number) =>
    `${paths.version(agreement, version)}/kalender${year === undefined ? '' : `/${year}`}`,
  costSplit: (agreement: string, version: number, year?: number) =>
    `${paths.version(agreement, version)}/kostnader${year === undefined ? '' : `/${year}`}`,
  /** The changes against another version (its number) or the template (`mall`, the default). */
  diff: (agreement: string, version: number, against: number | 'template' = 'template') =>
    `${paths.version(agreement, version)}/andringar/${against === 'template' ? 'mall' : against}`,
  templateUpdate: (agreement: string) => `/avtal/${encodeURIComponent(agreement)}/mallens-andringar`,
  newTemplate: '/mallar/ny',
} as const;

/** The route patterns behind `paths` (react-router). */
export const routePatterns = {
  version: 'avtal/:agreement/version/:version',
  editor: 'avtal/:agreement/version/:version/redigera',
  publish: 'avtal/:agreement/version/:version/publicera',
  calendar: 'avtal/:agreement/version/:version/kalender/:year?',
  costSplit: 'avtal/:agreement/version/:version/kostnader/:year?',
  diff: 'avtal/:agreement/version/:version/andringar/:against?',
  templateUpdate: 'avtal/:agreement/mallens-andringar',
  newTemplate: 'mallar/ny',
} as const;

/** What a diff address compares with: `mall` (or nothing) the template, else a version number. */
export function againstParam(value: string | undefined): number | 'template' | null {
  if (value === undefined || value === 'mall') return 'template';
  return versionParam(value);
}

/** A version number from the address: a whole number from 1, or null. */
export function versionParam(value: string | undefined): number | null {
  return value !== undefined && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

/** A page number of the inbox from the address (`?sida=`): absent means 1; anything but a number, null. */
export function pageParam(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
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
