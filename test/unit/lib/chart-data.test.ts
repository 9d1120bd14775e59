import { describe, expect, test } from 'vitest';
import { chartData, chartDatasets } from '../../../src/lib/chart-data';
import { viewMeasure, type SeriesRowInput } from '../../../src/lib/measure-view';
import { parsePeriod, type Period } from '../../../src/lib/period';
import type { Measure } from '../../../src/schemas/measure';

const measure = { title: 'Children in care: % cared for in the community', kind: 'quantitative', unit: '%', betterDirection: 'increase' } as Measure;
const row = (period: string, value: number, area = ''): SeriesRowInput => ({ period, value, area, flag: '', footnote: '' });
const period = (text: string): Period => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const narrow = viewMeasure(measure, [row('2019/20', 90.3), row('2020/21', 90.6), row('2021/22', 91), row('2022/23', 90.8)], 'Moray');

describe('chartData', () => {
  test('fits the value axis to a 90.3–91% series instead of 0 to 100', () => {
    const data = chartData(narrow, { unit: '%' });
    expect(data.type).toBe('line');
    expect(data.axis).toEqual({ min: 90.2, max: 91.2, step: 0.2 });
  });

  test('draws three close years as a line, not bars of the same height', () => {
    const view = viewMeasure(measure, [row('2019/20', 90.3), row('2020/21', 90.6), row('2021/22', 91)], 'Moray');
    const data = chartData(view, { unit: '%' });
    expect(data.type).toBe('line');
    expect(data.axis!.min).toBeGreaterThan(0);
  });

  test('keeps bars, from zero, for a few periods that differ enough to show', () => {
    const view = viewMeasure(measure, [row('2018-19', 14.88), row('2020-21', 19.75), row('2018-19', 20.66, 'Scotland'), row('2020-21', 24.7, 'Scotland')], 'Moray');
    const data = chartData(view, { unit: 'percentage points' });
    expect(data.type).toBe('bar');
    expect(data.axis).toEqual({ min: 0, max: 30, step: 10 });
  });

  test('labels the baseline and target in words, and puts them on the axis', () => {
    const data = chartData(narrow, {
      unit: '%',
      baseline: { value: 90.3, period: period('2019/20'), text: '90.3% in 2019/20' },
      target: { value: 95, period: period('2025/26'), text: '95% by 2025/26' },
    });
    expect(data.reference).toEqual([
      { kind: 'baseline', name: 'Baseline 90.3% (2019/20)', value: 90.3, at: 0 },
      { kind: 'target', name: 'Target 95% (by 2025/26)', value: 95, at: 3 },
    ]);
    expect(data.axis!.max).toBeGreaterThanOrEqual(95);
    expect(data.axis!.max).toBeLessThanOrEqual(100);
    expect(data.axis!.min).toBeGreaterThan(0);
  });

  test('puts a reference line’s marker at its own period when the chart has it', () => {
    const data = chartData(narrow, { unit: '%', baseline: { value: 90.6, period: period('2020-21'), text: 'x' }, target: { value: 91, period: period('2021/22'), text: 'y' } });
    expect(data.reference.map((line) => line.at)).toEqual([1, 2]);
  });

  test('leaves out a baseline or target without a value, and its period when it has none', () => {
    const data = chartData(narrow, { unit: '%', baseline: { text: 'Realigning Children’s Services data' }, target: { value: 92, text: '92%' } });
    expect(data.reference).toEqual([{ kind: 'target', name: 'Target 92%', value: 92, at: 3 }]);
  });
});

describe('chartDatasets', () => {
  const data = chartData(narrow, {
    unit: '%',
    baseline: { value: 90.5, period: period('2019/20'), text: 'a' },
    target: { value: 90.5, period: period('2025/26'), text: 'b' },
  });

  test('draws the baseline and target as labelled lines across every period, with distinct dashes and markers', () => {
    const datasets = chartDatasets(data) as unknown as Array<Record<string, unknown>>;
    expect(datasets.map((dataset) => dataset.label)).toEqual(['Moray', 'Baseline 90.5% (2019/20)', 'Target 90.5% (by 2025/26)']);
    const [series, baseline, target] = datasets;
    expect(baseline!.data).toEqual([90.5, 90.5, 90.5, 90.5]);
    expect(target!.data).toEqual([90.5, 90.5, 90.5, 90.5]);
    expect(baseline!.borderDash).toEqual(expect.any(Array));
    expect(target!.borderDash).toEqual(expect.any(Array));
    expect(baseline!.borderDash).not.toEqual(target!.borderDash);
    expect(baseline!.pointStyle).not.toBe(target!.pointStyle);
    // Equal values still show as two lines: each has its own marker, at different ends.
    expect(baseline!.pointRadius).toEqual([6, 0, 0, 0]);
    expect(target!.pointRadius).toEqual([0, 0, 0, 6]);
    // No series uses a reference line's marker or dash.
    expect(series!.borderDash).toBeUndefined();
    expect([baseline!.pointStyle, target!.pointStyle]).not.toContain(series!.pointStyle);
  });

  test('uses the reader’s system colours when given them, for the series and the reference lines', () => {
    const datasets = chartDatasets(data, { series: ['rgb(255, 255, 255)'], reference: 'rgb(255, 255, 0)' });
    expect(datasets.map((dataset) => dataset.borderColor)).toEqual(['rgb(255, 255, 255)', 'rgb(255, 255, 0)', 'rgb(255, 255, 0)']);
  });

  test('draws dots with no line between them when asked (councils in rank order are not a sequence)', () => {
    const dots = chartDatasets({ labels: ['Angus', 'Moray'], series: [{ name: '2020-21', values: [91, 92], notes: ['', ''] }], reference: [], type: 'line', dots: true, horizontal: true });
    expect(dots[0]).toMatchObject({ type: 'line', showLine: false });
    expect(chartDatasets({ ...data, dots: undefined })[0]).not.toHaveProperty('showLine');
  });

  test('draws a line across a missing figure unless asked to leave the gap (councils a reader picks)', () => {
    const gappy = { labels: ['2018-19', '2019-20', '2020-21'], series: [{ name: 'Moray', values: [20, null, 22], notes: ['', '', ''] }], reference: [], type: 'line' as const };
    expect(chartDatasets(gappy)[0]).toMatchObject({ spanGaps: true });
    expect(chartDatasets({ ...gappy, breakAtGaps: true })[0]).toMatchObject({ spanGaps: false, data: [20, null, 22] });
  });

  test('five areas get five colours and five point shapes', () => {
    const five = chartDatasets({ labels: ['2020-21'], series: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name, values: [1], notes: [''] })), reference: [], type: 'line' });
    expect(new Set(five.map((dataset) => dataset.borderColor)).size).toBe(5);
    expect(new Set(five.map((dataset) => (dataset as { pointStyle?: unknown }).pointStyle)).size).toBe(5);
  });
});
