import { describe, expect, test } from 'vitest';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { indicatorTable } from '../../../../src/lib/compare/indicator-table';
import { chartUnitOf, rankedChartData, rankedChartSummary } from '../../../../src/lib/compare/ranked-chart';
import { smallComparison } from './small-comparison';

const index = indexComparison(smallComparison());
const table = (code: string) => indicatorTable(index, code)!;

describe('chartUnitOf', () => {
  test.each([
    ['%', '%'],
    ['£', '£'],
    ['percentage points', 'percentage points'],
    ['tariff score', 'score'],
    ['per 1,000 pupils', 'rate per 1,000'],
    ['per 1,000 looked after children', 'rate per 1,000'],
    ['hours', undefined],
  ])('"%s" is drawn as %s', (unit, expected) => {
    expect(chartUnitOf(unit)).toBe(expected);
  });
});

describe('rankedChartData', () => {
  test('one horizontal series of the councils with a figure, in rank order, each noted with its place', () => {
    const data = rankedChartData(table('SHR1'));
    expect(data.labels).toEqual(['Aberglen', 'Bankside', 'Craigmuir', 'Dunlarig']);
    expect(data.series).toEqual([{ name: '2019-20', values: [85, 85, 84.5, 64], notes: ['joint 1st', 'joint 1st', '3rd', '4th'] }]);
    expect(data).toMatchObject({ unit: '%', horizontal: true, labelsAre: 'Council', reference: [] });
  });

  test('bars from zero when they show the differences, dots on a fitted axis when they would all look the same', () => {
    expect(rankedChartData(table('SHR1'))).toMatchObject({ type: 'bar', axis: { min: 0 } });
    expect(rankedChartData(table('SHR1')).dots).toBeUndefined();
    const close = indicatorTable(indexComparison({ ...smallComparison(), figures: smallComparison().figures.map((figure) => (figure.indicator === 'SHR1' ? { ...figure, value: 90 + figure.value / 100 } : figure)) }), 'SHR1')!;
    const data = rankedChartData(close);
    expect(data).toMatchObject({ type: 'line', dots: true });
    expect(data.axis!.min).toBeGreaterThan(0);
  });
});

describe('rankedChartSummary', () => {
  test('names the 1st council or councils and the last, those with no figure, the median and Scotland', () => {
    expect(rankedChartSummary(table('SHR1'))).toBe(
      'Councils ranked on Indicator SHR1, 2019-20. 1st is the highest share. Joint 1st: Aberglen and Bankside, 85%. 4th: Dunlarig, 64%. 1 council has no figure. The median of the 4 councils is 84.75%. Scotland’s figure is 80.25%.',
    );
  });

  test('a lower-is-better gap counts from the smallest', () => {
    expect(rankedChartSummary(table('GAP1'))).toMatch(/^Councils ranked on Indicator GAP1, 2020-21\. 1st is the smallest gap\. 1st: Dunlarig, 10 percentage points\. 5th: Eastholm, 30 percentage points\./);
  });

  test('a cost is a position in an order, never better or worse', () => {
    const summary = rankedChartSummary(table('CST1'));
    expect(summary).toBe('Councils in order on Indicator CST1, 2019-20, counted from the lowest cost. 1st: Dunlarig, £4,000. 5th: Craigmuir, £7,500. The median of the 5 councils is £5,500. Scotland’s figure is £5,650.');
    expect(summary).not.toMatch(/better|worse|best|worst/i);
  });

  test('no figure at all', () => {
    const empty = { ...table('SHR1'), rows: table('SHR1').rows.map((row) => ({ ...row, value: undefined, rank: undefined })), counted: 0, median: undefined };
    expect(rankedChartSummary(empty)).toBe('No council has a figure for Indicator SHR1 in 2019-20.');
  });
});
