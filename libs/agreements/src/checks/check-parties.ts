import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * A municipality has its four-digit code, which lies in the agreement's county; no other kind of
 * party has one. A population figure says what it refers to.
 */
export function checkParties(ctx: CheckContext): void {
  const countyCode = ctx.draft.county?.code;
  eachItem(ctx.draft.parties, (party, index) => {
    const path = ['parties', index, 'municipalityCode'];
    if (party.kind === 'municipality' && party.municipalityCode === undefined) {
      ctx.report(path, 'municipalityCodeRequired', 'en kommun måste ha sin kommunkod', 'a municipality needs its code');
    }
    if (party.kind !== 'municipality' && party.municipalityCode !== undefined) {
      ctx.report(
        path,
        'municipalityCodeNotApplicable',
        'bara en kommun har kommunkod',
        'only a municipality has a municipality code',
      );
    }
    if (
      party.municipalityCode !== undefined &&
      countyCode !== undefined &&
      !party.municipalityCode.startsWith(countyCode)
    ) {
      ctx.report(
        path,
        'municipalityOutsideCounty',
        `kommunkoden ${party.municipalityCode} hör inte till län ${countyCode}`,
        `municipality code ${party.municipalityCode} is not in county ${countyCode}`,
      );
    }
    if (party.population && party.population.date === undefined && party.population.year === undefined) {
      ctx.report(
        ['parties', index, 'population'],
        'populationDateRequired',
        'ange vilket datum eller år invånarantalet avser',
        'say which date or year the population figure refers to',
      );
    }
  });
}
