import type { Unit } from '../schemas/measure';
import { formatValue } from './format';
import { figureGrid, figureNote, type MeasureView } from './measure-view';

/** What the chart script needs, carried in the page as JSON so no inline script is required. */
export interface ChartData {
  unit?: Unit;
  /** The periods along the x axis, in time order. */
  labels: string[];
  /** The plan's area first, then comparators; null where an area has no figure for a period. */
  series: Array<{ name: string; values: Array<number | null>; notes: string[] }>;
  reference: Array<{ name: string; value: number }>;
  /** Few periods read better as bars. */
  type: 'line' | 'bar';
}

export function chartData(view: MeasureView, options: { unit?: Unit; baseline?: { value?: number; text: string }; target?: { value?: number; text: string } }): ChartData {
  const { periods: labels, areas, figures } = figureGrid(view);
  const series = areas.map((area, column) => ({
    name: area,
    values: figures.map((row) => row[column]?.value ?? null),
    notes: figures.map((row) => figureNote(row[column])),
  }));
  const reference: ChartData['reference'] = [];
  if (options.baseline?.value !== undefined) reference.push({ name: `Baseline: ${formatValue(options.baseline.value, options.unit)}`, value: options.baseline.value });
  if (options.target?.value !== undefined) reference.push({ name: `Target: ${options.target.text}`, value: options.target.value });
  return { unit: options.unit, labels, series, reference, type: labels.length <= 3 ? 'bar' : 'line' };
}
