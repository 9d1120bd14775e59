import { describe, expect, test } from 'vitest';
import { staticChartGeometry } from '../../../src/lib/static-chart';
import type { FigureGrid } from '../../../src/lib/measure-view';

const figure = (value: number) => ({ value }) as FigureGrid['figures'][number][number];

describe('a chart drawn without script', () => {
  test('needs at least two periods and two figures', () => {
    expect(staticChartGeometry({ periods: ['2020'], areas: ['Moray'], figures: [[figure(1)]] })).toBeUndefined();
    expect(staticChartGeometry({ periods: ['2020', '2021'], areas: ['Moray'], figures: [[figure(1)], [undefined]] })).toBeUndefined();
  });

  test('runs from the first period at the left to the last at the right, highest figure at the top', () => {
    const chart = staticChartGeometry({ periods: ['2019', '2020', '2021'], areas: ['Moray'], figures: [[figure(10)], [figure(30)], [figure(20)]] })!;
    const [first, highest, last] = chart.lines[0]!.dots;
    expect(first!.x).toBe(chart.plot.left);
    expect(last!.x).toBe(chart.plot.right);
    expect(highest!.y).toBe(chart.plot.top);
    expect(first!.y).toBe(chart.plot.bottom);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([30, 10]);
    expect(chart.periodLabels.map((label) => label.label)).toEqual(['2019', '2021']);
  });

  test('breaks an area’s line where it has no figure, rather than joining across the gap', () => {
    const chart = staticChartGeometry({
      periods: ['2018', '2019', '2020', '2021'],
      areas: ['Moray', 'Scotland'],
      figures: [[figure(1), figure(2)], [undefined, figure(3)], [figure(2), figure(3)], [figure(3), undefined]],
    })!;
    expect(chart.lines.map((line) => line.area)).toEqual(['Moray', 'Scotland']);
    expect(chart.lines[0]!.runs).toHaveLength(2);
    expect(chart.lines[0]!.dots).toHaveLength(3);
    expect(chart.lines[1]!.runs).toHaveLength(1);
  });

  test('draws figures that never change across the middle', () => {
    const chart = staticChartGeometry({ periods: ['2020', '2021'], areas: ['Moray'], figures: [[figure(5)], [figure(5)]] })!;
    expect(chart.ticks).toHaveLength(1);
    expect(chart.lines[0]!.dots[0]!.y).toBe((chart.plot.top + chart.plot.bottom) / 2);
  });
});
