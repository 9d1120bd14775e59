import { describe, expect, test } from 'vitest';
import { chartData } from '../../../src/lib/chart-data';
import { figureGrid, figureNote, viewMeasure, type SeriesRowInput } from '../../../src/lib/measure-view';
import type { Measure } from '../../../src/schemas/measure';

const measure = { title: 'Children in care: % cared for in the community', kind: 'quantitative', unit: '%' } as Measure;
const row = (period: string, value: number, area = '', flag = '', footnote = ''): SeriesRowInput => ({ period, value, area, flag, footnote });

describe('figureGrid', () => {
  test('puts each period on one row and each area in one column, the plan’s own area first', () => {
    // Scotland's figures start a year earlier than Moray's, and come first in the file.
    const view = viewMeasure(measure, [row('2018', 62, 'Scotland'), row('2019', 62.5, 'Scotland'), row('2019', 63.5), row('2020', 64)], 'Moray');
    const grid = figureGrid(view);
    expect(grid.periods).toEqual(['2018', '2019', '2020']);
    expect(grid.areas).toEqual(['Moray', 'Scotland']);
    expect(grid.figures.map((figures) => figures.map((figure) => figure?.value))).toEqual([
      [undefined, 62],
      [63.5, 62.5],
      [64, undefined],
    ]);
  });

  test('has one column for a measure with only the plan’s own figures', () => {
    const grid = figureGrid(viewMeasure(measure, [row('2019', 1), row('2020', 2)], 'Moray'));
    expect(grid.areas).toEqual(['Moray']);
    expect(grid.figures).toHaveLength(2);
  });

  test('is empty when no figures are published', () => {
    expect(figureGrid(viewMeasure(measure, [], 'Moray'))).toEqual({ periods: [], areas: [], figures: [] });
  });
});

describe('figureNote', () => {
  test('joins a figure’s flag and footnote, and is empty without either', () => {
    expect(figureNote({ flag: 'estimated', footnote: 'Smaller sample during the pandemic' })).toBe('estimated. Smaller sample during the pandemic');
    expect(figureNote({ flag: 'provisional', footnote: '' })).toBe('provisional');
    expect(figureNote({ flag: '', footnote: '' })).toBe('');
    expect(figureNote(undefined)).toBe('');
  });
});

test('the chart draws the plan’s own area as its first series even when a comparator’s figures start earlier', () => {
  const view = viewMeasure(measure, [row('2018', 62, 'Scotland'), row('2019', 62.5, 'Scotland'), row('2019', 63.5, '', 'provisional')], 'Moray');
  const data = chartData(view, { unit: '%' });
  expect(data.labels).toEqual(['2018', '2019']);
  expect(data.series).toEqual([
    { name: 'Moray', values: [null, 63.5], notes: ['', 'provisional'] },
    { name: 'Scotland', values: [62, 62.5], notes: ['', ''] },
  ]);
});
