import { describe, expect, test } from 'vitest';
import { changeOver, changesTo, judgeChange } from '../../../../src/lib/compare/change';

test.each([
  [2, 'increase', 'better'],
  [-2, 'increase', 'worse'],
  [2, 'decrease', 'worse'],
  [-2, 'decrease', 'better'],
  [0, 'increase', 'no change'],
  [0, 'none', 'no change'],
  [2, 'none', 'no judgement'],
  [-2, 'none', 'no judgement'],
] as const)('a change of %s where the better direction is %s is "%s"', (difference, direction, expected) => {
  expect(judgeChange(difference, direction)).toBe(expected);
});

describe('changes between published figures', () => {
  const years = ['2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20'];

  test('since the previous year and over five of the indicator\u2019s years, to 2 decimal places', () => {
    const series = new Map(years.map((year, position) => [year, 80 + position * 0.1]));
    expect(changesTo(series, years, '2019-20', 'increase')).toEqual({
      sincePrevious: { from: '2018-19', to: '2019-20', difference: 0.1, judgement: 'better', years: 1 },
      overFiveYears: { from: '2014-15', to: '2019-20', difference: 0.5, judgement: 'better', years: 5 },
    });
  });

  test('no change when either figure is missing: nothing is filled in from other years', () => {
    const series = new Map([['2015-16', 70], ['2016-17', 71], ['2017-18', 72], ['2019-20', 74]]);
    expect(changesTo(series, years, '2019-20', 'increase')).toEqual({});
    expect(changeOver(series, years, '2017-18', 1, 'increase')).toMatchObject({ from: '2016-17', difference: 1 });
  });

  test('no five-year change when the list of years does not go back five places', () => {
    const series = new Map([['2018-19', 20], ['2020-21', 18]]);
    expect(changesTo(series, ['2018-19', '2020-21'], '2020-21', 'decrease')).toEqual({ sincePrevious: { from: '2018-19', to: '2020-21', difference: -2, judgement: 'better', years: 2 } });
  });

  test('an indicator published every second year: five places back is ten years, and the change says so', () => {
    const biennial = ['2010-11', '2012-13', '2014-15', '2016-17', '2018-19', '2020-21'];
    const series = new Map(biennial.map((year) => [year, 93]));
    expect(changesTo(series, biennial, '2020-21', 'increase').overFiveYears).toEqual({ from: '2010-11', to: '2020-21', difference: 0, judgement: 'no change', years: 10 });
  });

  test('a cost\u2019s change is given without judgement', () => {
    const series = new Map([['2018-19', 5000], ['2019-20', 5100.55]]);
    expect(changeOver(series, years, '2019-20', 1, 'none')).toMatchObject({ difference: 100.55, judgement: 'no judgement' });
  });
});
