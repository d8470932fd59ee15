import { problem, type Problem, type ValidationResult } from '../problem.js';
import { type Population } from '../schema/population.js';
import { isoDateSchema } from '../schema/primitives.js';
import { parseCsv } from './csv.js';

/** A Swedish municipality (kommun) as the register holds it. */
export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  /** Absent where the register has no figure: missing is missing, never zero. */
  population?: Population;
}

const required = ['code', 'name', 'county_code', 'county_name'] as const;

/**
 * Reads the municipality register (config/municipalities.csv: code, name, county_code,
 * county_name, population, population_date, source). Columns are found by their header, so a
 * newer table with more columns or another year reads the same; `population_date` may be a date
 * or just a year (also in a `population_year` column). Every problem is reported at once.
 */
export function loadMunicipalities(csvText: string): ValidationResult<Municipality[]> {
  const [header, ...rows] = parseCsv(csvText);
  if (!header)
    return { ok: false, problems: [problem('lines.1', 'empty', 'registret är tomt', 'the register is empty')] };
  const columns = new Map(header.fields.map((name, index) => [name.trim().toLowerCase(), index]));
  const problems: Problem[] = required
    .filter((name) => !columns.has(name))
    .map((name) =>
      problem(['lines', 1, name], 'columnMissing', `kolumnen ${name} saknas`, `column ${name} is missing`),
    );
  if (problems.length > 0) return { ok: false, problems };

  const municipalities: Municipality[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const get = (name: string) => {
      const index = columns.get(name);
      return index === undefined ? '' : (row.fields[index] ?? '').trim();
    };
    const at = (field: string) => ['lines', row.line, field];
    const code = get('code');
    const countyCode = get('county_code');
    const name = get('name');
    const countyName = get('county_name');
    const rowProblems: Problem[] = [];
    if (!/^\d{4}$/.test(code)) {
      rowProblems.push(
        problem(
          at('code'),
          'invalidMunicipalityCode',
          'en kommunkod är fyra siffror',
          'a municipality code is four digits',
        ),
      );
    } else if (seen.has(code)) {
      rowProblems.push(
        problem(at('code'), 'duplicateKey', `kommunkoden ${code} förekommer två gånger`, `code ${code} occurs twice`),
      );
    }
    if (!/^\d{2}$/.test(countyCode)) {
      rowProblems.push(
        problem(at('county_code'), 'invalidCountyCode', 'en länskod är två siffror', 'a county code is two digits'),
      );
    } else if (/^\d{4}$/.test(code) && !code.startsWith(countyCode)) {
      rowProblems.push(
        problem(
          at('county_code'),
          'municipalityOutsideCounty',
          `kommunkoden ${code} hör inte till län ${countyCode}`,
          `code ${code} is not in county ${countyCode}`,
        ),
      );
    }
    if (name === '') rowProblems.push(problem(at('name'), 'required', 'namn saknas', 'name is missing'));
    if (countyName === '')
      rowProblems.push(problem(at('county_name'), 'required', 'länets namn saknas', 'county name is missing'));
    const population = readPopulation(get, at, rowProblems);
    seen.add(code);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) {
      municipalities.push({ code, name, countyCode, countyName, ...(population ? { population } : {}) });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: municipalities };
}

function readPopulation(
  get: (name: string) => string,
  at: (field: string) => PropertyKey[],
  problems: Problem[],
): Population | undefined {
  const count = get('population').replace(/[\s\u00a0]/g, '');
  if (count === '') return undefined;
  if (!/^[1-9]\d*$/.test(count)) {
    problems.push(
      problem(
        at('population'),
        'invalidPopulation',
        'invånarantalet ska vara ett positivt heltal',
        'the population must be a positive integer',
      ),
    );
    return undefined;
  }
  const when = get('population_date') || get('population_year');
  const source = get('source');
  if (source === '') {
    problems.push(
      problem(
        at('source'),
        'required',
        'ange var invånarantalet är hämtat',
        'say where the population figure was read',
      ),
    );
  }
  if (/^\d{4}$/.test(when)) return { count: Number(count), year: Number(when), source };
  if (isoDateSchema.safeParse(when).success) {
    return { count: Number(count), date: when, source };
  }
  problems.push(
    problem(
      at('population_date'),
      'populationDateRequired',
      'ange vilket datum (ÅÅÅÅ-MM-DD) eller år invånarantalet avser',
      'give the date (YYYY-MM-DD) or year the figure refers to',
    ),
  );
  return undefined;
}
