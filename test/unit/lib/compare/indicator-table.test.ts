import { describe, expect, test } from 'vitest';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { indicatorTable } from '../../../../src/lib/compare/indicator-table';
import { COUNCILS, smallComparison } from './small-comparison';

const index = indexComparison(smallComparison());

describe('indicatorTable', () => {
  test('the latest year by default: every council ranked, ties shared, no figure last and not counted', () => {
    const table = indicatorTable(index, 'SHR1')!;
    expect(table.year).toBe('2019-20');
    expect(table.counted).toBe(4);
    expect(table.rows.map((row) => [row.council.name, row.value, row.rank, row.joint, row.quartile])).toEqual([
      ['Aberglen', 85, 1, true, 1],
      ['Bankside', 85, 1, true, 1],
      ['Craigmuir', 84.5, 3, false, 3],
      ['Dunlarig', 64, 4, false, 4],
      ['Eastholm', undefined, undefined, false, undefined],
    ]);
  });

  test('Scotland\u2019s figure, the median (even count: the mean of the middle two) and the quartiles', () => {
    const table = indicatorTable(index, 'SHR1')!;
    expect(table.scotland).toMatchObject({ value: 80.25, sincePrevious: { from: '2018-19', difference: 0.25, judgement: 'better' } });
    expect(table.median).toBe(84.75);
    expect(table.quartiles).toEqual([
      { quartile: 1, councils: 2, lowest: 85, highest: 85 },
      { quartile: 3, councils: 1, lowest: 84.5, highest: 84.5 },
      { quartile: 4, councils: 1, lowest: 64, highest: 64 },
    ]);
  });

  test('each council\u2019s changes, with no five-year change where the figure five years back is missing', () => {
    const rows = new Map(indicatorTable(index, 'SHR1')!.rows.map((row) => [row.council.name, row]));
    expect(rows.get('Bankside')).toMatchObject({ sincePrevious: { difference: 12, judgement: 'better' }, overFiveYears: { from: '2014-15', difference: 15, judgement: 'better' } });
    expect(rows.get('Craigmuir')).toMatchObject({ sincePrevious: { difference: -1.5, judgement: 'worse' }, overFiveYears: { difference: -5.5, judgement: 'worse' } });
    expect(rows.get('Dunlarig')!.overFiveYears).toBeUndefined();
    expect(rows.get('Eastholm')!.sincePrevious).toBeUndefined();
  });

  test('an earlier year on request, and a year the indicator does not have gives no table', () => {
    const table = indicatorTable(index, 'SHR1', { year: '2015-16' })!;
    expect(table.counted).toBe(4);
    expect(table.previousYear).toBe('2014-15');
    expect(table.fiveYearsBack).toBeUndefined();
    expect(indicatorTable(index, 'SHR1', { year: '2020-21' })).toBeUndefined();
    expect(indicatorTable(index, 'NOPE')).toBeUndefined();
  });

  test('lower is better: the smallest gap ranks 1st, and a smaller gap is better', () => {
    const table = indicatorTable(index, 'GAP1')!;
    expect(table.year).toBe('2020-21');
    expect(table.previousYear).toBe('2018-19');
    expect(table.rows.map((row) => [row.council.name, row.rank])).toEqual([['Dunlarig', 1], ['Aberglen', 2], ['Bankside', 2], ['Craigmuir', 4], ['Eastholm', 5]]);
    expect(table.rows.find((row) => row.council.name === 'Bankside')!.sincePrevious).toMatchObject({ difference: -7, judgement: 'better' });
  });

  test('a cost: placed in the LGBF\u2019s order as a position, and its changes are not judged', () => {
    const table = indicatorTable(index, 'CST1')!;
    expect(table.ranking).toEqual({ highestFirst: false, meaning: 'position' });
    expect(table.rows[0]).toMatchObject({ council: { name: 'Dunlarig' }, rank: 1, sincePrevious: { judgement: 'no change' } });
    expect(table.rows.find((row) => row.council.name === 'Aberglen')!.sincePrevious!.judgement).toBe('no judgement');
  });

  test('drawn for one council, each council is marked if it is like that one', () => {
    const rows = new Map(indicatorTable(index, 'SHR1', { similarTo: COUNCILS[0] })!.rows.map((row) => [row.council.name, row.similar]));
    expect(rows.get('Aberglen')).toEqual({ deprivation: false, rurality: false });
    expect(rows.get('Bankside')).toEqual({ deprivation: true, rurality: true });
    expect(rows.get('Craigmuir')).toEqual({ deprivation: true, rurality: false });
    expect(rows.get('Dunlarig')).toEqual({ deprivation: false, rurality: false });
  });
});
