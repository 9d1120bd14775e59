import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { INDICATOR_CSV_COLUMNS, indicatorCsvRows, indicatorJson } from '../../../../src/lib/compare/indicator-download';
import { indicatorTable } from '../../../../src/lib/compare/indicator-table';
import { csvDownload } from '../../../../src/lib/csv-download';
import { smallComparison } from './small-comparison';

const comparison = smallComparison();
const index = indexComparison(comparison);
const table = indicatorTable(index, 'SHR1')!;

describe('indicatorCsvRows', () => {
  test('the councils in the table’s order with their places, changes and groups, then Scotland; no figure is an empty cell', () => {
    const rows = parseCsv(csvDownload([...INDICATOR_CSV_COLUMNS], indicatorCsvRows(table)), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.rank, row.joint, row.area, row.value])).toEqual([
      ['1', 'yes', 'Aberglen', '85'],
      ['1', 'yes', 'Bankside', '85'],
      ['3', 'no', 'Craigmuir', '84.5'],
      ['4', 'no', 'Dunlarig', '64'],
      ['', 'no', 'Eastholm', ''],
      ['', '', 'Scotland', '80.25'],
    ]);
    expect(rows[1]).toMatchObject({ year: '2019-20', unit: '%', quartile: '1', previous_year: '2018-19', change_since_previous_year: '12', five_years_back: '2014-15', change_over_five_years: '15', deprivation_group: '1', rurality: 'Urban' });
    expect(rows[3]).toMatchObject({ five_years_back: '', change_over_five_years: '' });
  });
});

describe('indicatorJson', () => {
  const json = indicatorJson(table, comparison.source, 'https://plans.example.scot/compare/shr1/');
  test('the same councils as the CSV, with the median, quartiles, how they are ranked and the source commit', () => {
    expect(json.councils.map((council) => [council.rank, council.council, council.value])).toEqual([
      [1, 'Aberglen', 85],
      [1, 'Bankside', 85],
      [3, 'Craigmuir', 84.5],
      [4, 'Dunlarig', 64],
      [null, 'Eastholm', null],
    ]);
    expect(json).toMatchObject({ year: '2019-20', counted: 4, median: 84.75, ranking: { meaning: 'better', inWords: '1st is the highest share' }, scotland: { value: 80.25 } });
    expect(json.source).toMatchObject({ commit: '8b78b630c60dcbaf57ea66f034d0bbf1a37993e9', address: 'https://github.com/Improvement-Service/LGBF_Analysis/tree/8b78b630c60dcbaf57ea66f034d0bbf1a37993e9' });
    expect(json.councils[2]!.sincePreviousYear).toEqual({ from: '2018-19', to: '2019-20', difference: -1.5, judgement: 'worse' });
  });
});
