import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMunicipalities, type Municipality } from './load-municipalities.js';

const header = 'code,name,county_code,county_name,population,population_date,source';

function load(text: string): Municipality[] {
  const result = loadMunicipalities(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('loadMunicipalities', () => {
  describe('the register in config/', () => {
    const register = load(
      readFileSync(path.join(import.meta.dirname, '../../../../config/municipalities.csv'), 'utf8'),
    );
    const byCode = new Map(register.map((m) => [m.code, m]));

    it('holds all 290 municipalities and keeps the leading zero', () => {
      expect(register).toHaveLength(290);
      expect(byCode.get('0182')).toMatchObject({ name: 'Nacka', countyCode: '01', countyName: 'Stockholms län' });
    });

    it('leaves a missing population missing, never zero', () => {
      expect(byCode.get('0114')?.population).toBeUndefined();
      expect(register.filter((m) => m.population).length).toBe(66);
    });

    it('sums Jämtland to the county total with date and source', () => {
      const jamtland = register.filter((m) => m.countyCode === '23');
      expect(jamtland.reduce((sum, m) => sum + (m.population?.count ?? 0), 0)).toBe(132_839);
      expect(byCode.get('2380')?.population).toMatchObject({ count: 64_979, date: '2024-12-31' });
      expect(byCode.get('2380')?.population?.source).toMatch(/^SCB/);
    });
  });

  it('reads a newer table: extra columns, columns in another order, a year only, CRLF and a BOM', () => {
    const text =
      '\uFEFFname,code,county_code,county_name,population,population_year,source,comment\r\n' +
      '"Upplands Väsby",0114,01,Stockholms län,"50 123",2026,"SCB, BE0101N1",ny\r\n';
    expect(load(text)).toEqual([
      {
        code: '0114',
        name: 'Upplands Väsby',
        countyCode: '01',
        countyName: 'Stockholms län',
        population: { count: 50_123, year: 2026, source: 'SCB, BE0101N1' },
      },
    ]);
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    const [row] = load(`${header}\n2380,Östersund,23,Jämtlands län,64979,2024-12-31,"SCB, ""Folkmängd"" 2024"\n`);
    expect(row?.population?.source).toBe('SCB, "Folkmängd" 2024');
  });

  it('reports every bad row with its line and column', () => {
    const text = [
      header,
      '182,Nacka,01,Stockholms län,,,',
      '2380,Östersund,24,Jämtlands län,-5,2024-12-31,SCB',
      '2380,Östersund,23,Jämtlands län,64979,2024-02-30,SCB',
      '2381,Östersund,23,Jämtlands län,64979,2024-12-31,',
    ].join('\n');
    const result = loadMunicipalities(text);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['lines.2.code', 'invalidMunicipalityCode'],
      ['lines.3.county_code', 'municipalityOutsideCounty'],
      ['lines.3.population', 'invalidPopulation'],
      ['lines.4.code', 'duplicateKey'],
      ['lines.4.population_date', 'populationDateRequired'],
      ['lines.5.source', 'required'],
    ]);
  });

  it('refuses a table without the columns it needs', () => {
    const result = loadMunicipalities('kod,namn\n0114,Upplands Väsby\n');
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'lines.1.code',
      'lines.1.name',
      'lines.1.county_code',
      'lines.1.county_name',
    ]);
  });
});
