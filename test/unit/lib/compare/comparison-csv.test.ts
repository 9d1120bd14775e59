import { describe, expect, test } from 'vitest';
import { readCouncils, readFigures, readIndicatorRows } from '../../../../src/lib/compare/comparison-csv';

const FIGURES = 'indicator,title,area,year,value,unit\n';

describe('readFigures', () => {
  test('reads each figure as a number, with the line it is on', () => {
    const { rows, problems } = readFigures(`${FIGURES}CHN24,Child poverty,Moray,2019-20,18.4,%\nCHN10,Satisfied,Scotland,2010-14,83,%\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, row: { indicator: 'CHN24', title: 'Child poverty', area: 'Moray', year: '2019-20', value: 18.4, unit: '%' } },
      { line: 3, row: { indicator: 'CHN10', title: 'Satisfied', area: 'Scotland', year: '2010-14', value: 83, unit: '%' } },
    ]);
  });

  test('refuses a figure that is not a plain number, naming the line and column', () => {
    expect(readFigures(`${FIGURES}CHN24,Child poverty,Moray,2019-20,dna,%\nCHN24,Child poverty,Angus,2019-20,"1,234",%\n`).problems).toEqual([
      { line: 2, field: 'value', message: '"dna": write a plain number, without commas, % or £.' },
      { line: 3, field: 'value', message: '"1,234": write a plain number, without commas, % or £.' },
    ]);
  });

  test('refuses a year not written like 2019-20 or 2010-14', () => {
    expect(readFigures(`${FIGURES}CHN24,Child poverty,Moray,2019/20,18.4,%\n`).problems).toEqual([
      { line: 2, field: 'year', message: expect.stringMatching(/^"2019\/20" is not a year written the LGBF's way: write the first year in full and the last year as two digits, joined by a hyphen, as the LGBF does: "2019-20" for one year, "2010-14" for several\.$/) },
    ]);
  });

  test('refuses a second figure for the same indicator, area and year', () => {
    const { rows, problems } = readFigures(`${FIGURES}CHN24,Child poverty,Moray,2019-20,18.4,%\nCHN24,Child poverty,Moray,2018-19,18,%\nCHN24,Child poverty,Moray,2019-20,18.5,%\n`);
    expect(rows).toHaveLength(2);
    expect(problems).toEqual([{ line: 4, field: 'year', message: 'CHN24 for Moray in 2019-20 is already on line 2. Keep one row per indicator, area and year, as the source has.' }]);
  });

  test('an empty cell is named as one', () => {
    expect(readFigures(`${FIGURES}CHN24,Child poverty,,2019-20,18.4,%\n`).problems).toEqual([{ line: 2, field: 'area', message: 'this cell is empty. Fill it in as the source gives it, or remove the row.' }]);
  });

  test('names missing and unknown columns on the first line', () => {
    expect(readFigures('indicator,title,area,period,value,unit\n').problems).toEqual([
      { line: 1, message: 'the first line must name the columns, including "year". The columns are: indicator, title, area, year, value, unit.' },
      { line: 1, message: 'unknown column "period". The columns are: indicator, title, area, year, value, unit.' },
    ]);
  });

  test('a broken row is named by its line', () => {
    expect(readFigures(`${FIGURES}CHN24,Child poverty,Moray,2019-20,18.4\n`).problems).toEqual([{ line: 2, message: expect.stringContaining('Check for a missing or extra comma on this line.') }]);
  });
});

describe('readCouncils', () => {
  test('reads the groups as numbers, under domain names', () => {
    expect(readCouncils('council,rurality,deprivation_group,vulnerability_group\nArgyll & Bute,Rural,3,3\n').rows).toEqual([
      { line: 2, row: { name: 'Argyll & Bute', rurality: 'Rural', deprivationGroup: 3, vulnerabilityGroup: 3 } },
    ]);
  });

  test('refuses an unknown rurality and groups out of range', () => {
    const text = 'council,rurality,deprivation_group,vulnerability_group\nAngus,urban,5,3\nMoray,Mixed,3,6\n';
    expect(readCouncils(text).problems).toEqual([
      { line: 2, field: 'rurality', message: '"urban" is not allowed here. Use one of: "Urban", "Mixed", "Rural".' },
      { line: 2, field: 'deprivation_group', message: '"5": write a whole number from 1 to 4 (1 is the most deprived, 4 the least).' },
      { line: 3, field: 'vulnerability_group', message: '"6": write a whole number from 1 to 5 (1 is the most vulnerable, 5 the least).' },
    ]);
  });

  test('a council given twice', () => {
    expect(readCouncils('council,rurality,deprivation_group,vulnerability_group\nMoray,Mixed,3,4\nMoray,Mixed,3,4\n').problems).toEqual([
      { line: 3, field: 'council', message: '"Moray" is already on line 2. Keep one row per council.' },
    ]);
  });
});

describe('readIndicatorRows', () => {
  test('reads the LGBF\u2019s ranking order as yes or no, and refuses anything else', () => {
    const { rows, problems } = readIndicatorRows('indicator,title,source,rank_1_is_highest_value\nCHN1,Cost,N/A,no\nCHN4,Awards,Local Authorities,yes\nCHN5,Awards,Local Authorities,Yes\n');
    expect(rows.map(({ row }) => [row.code, row.rankOneIsHighest, row.collectedBy])).toEqual([['CHN1', false, 'N/A'], ['CHN4', true, 'Local Authorities']]);
    expect(problems).toEqual([{ line: 4, field: 'rank_1_is_highest_value', message: '"Yes" is not allowed here. Use one of: "yes", "no".' }]);
  });
});
