import { Link } from 'react-aria-components';
import { FIRST_YEAR, LAST_YEAR } from '../app/paths';

/** Links to the year before and after: each year has its own address. */
export function YearNav({ year, href, label }: { year: number; href: (year: number) => string; label: string }) {
  return (
    <nav aria-label={`${label}: välj år`} className="year-nav">
      <ul>
        {year > FIRST_YEAR ? (
          <li>
            <Link href={href(year - 1)}>← {year - 1}</Link>
          </li>
        ) : null}
        <li aria-current="page">{year}</li>
        {year < LAST_YEAR ? (
          <li>
            <Link href={href(year + 1)}>{year + 1} →</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
