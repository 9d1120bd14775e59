/**
 * A measure's figures drawn as a plain line chart that needs no script: for pages that are printed or
 * turned into PDF. Each area is a line over the same periods; a period an area has no figure for breaks
 * its line rather than joining across the gap, because nothing is interpolated.
 */
import type { FigureGrid } from './measure-view';

export interface StaticChartGeometry {
  width: number;
  height: number;
  /** One per area, the plan's own area first; each is runs of "x,y" points, broken where a figure is missing. */
  lines: Array<{ area: string; runs: string[]; dots: Array<{ x: number; y: number }> }>;
  /** The value axis: lowest and highest figure, at their heights. */
  ticks: Array<{ value: number; y: number }>;
  /** The first and last period, under the axis. */
  periodLabels: Array<{ label: string; x: number; anchor: 'start' | 'end' }>;
  plot: { left: number; right: number; top: number; bottom: number };
}

const WIDTH = 640;
const HEIGHT = 220;
const PLOT = { left: 64, right: WIDTH - 16, top: 12, bottom: HEIGHT - 36 };

export function staticChartGeometry(grid: FigureGrid): StaticChartGeometry | undefined {
  const values = grid.figures.flatMap((row) => row.flatMap((figure) => (figure ? [figure.value] : [])));
  if (grid.periods.length < 2 || values.length < 2) return undefined;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (index: number) => PLOT.left + (index * (PLOT.right - PLOT.left)) / (grid.periods.length - 1);
  const y = (value: number) => (high === low ? (PLOT.top + PLOT.bottom) / 2 : PLOT.bottom - ((value - low) * (PLOT.bottom - PLOT.top)) / (high - low));
  const lines = grid.areas.map((area, column) => {
    const runs: string[][] = [[]];
    const dots: Array<{ x: number; y: number }> = [];
    grid.figures.forEach((row, index) => {
      const figure = row[column];
      if (!figure) {
        if (runs.at(-1)!.length > 0) runs.push([]);
        return;
      }
      runs.at(-1)!.push(`${x(index).toFixed(1)},${y(figure.value).toFixed(1)}`);
      dots.push({ x: Number(x(index).toFixed(1)), y: Number(y(figure.value).toFixed(1)) });
    });
    return { area, runs: runs.filter((run) => run.length > 0).map((run) => run.join(' ')), dots };
  });
  const ticks = high === low ? [{ value: low, y: y(low) }] : [{ value: high, y: y(high) }, { value: low, y: y(low) }];
  const periodLabels = [
    { label: grid.periods[0]!, x: PLOT.left, anchor: 'start' as const },
    { label: grid.periods.at(-1)!, x: PLOT.right, anchor: 'end' as const },
  ];
  return { width: WIDTH, height: HEIGHT, lines, ticks, periodLabels, plot: PLOT };
}
