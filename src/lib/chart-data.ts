import type { ChartDataset, PointStyle } from 'chart.js';
import type { Unit } from '../schemas/measure';
import { axisRange, barsShowChange, type AxisRange } from './chart-axis';
import { formatValue } from './format';
import { figureGrid, figureNote, type MeasureView } from './measure-view';
import { comparePeriods, parsePeriod, type Period } from './period';

/** A baseline or target, drawn as a horizontal line at its value across every period. */
export interface ReferenceLine {
  kind: 'baseline' | 'target';
  /** In words, for the legend and tooltip: "Baseline 14.2% (2019/20)", "Target 20% (by 2023)". */
  name: string;
  value: number;
  /**
   * The period (an index into the labels) where the line's marker sits: the baseline's or target's own
   * period when the chart has it, otherwise the first period for a baseline and the last for a target,
   * so a baseline and target of the same value still show as two lines with two markers.
   */
  at: number;
}

/** What the chart script needs, carried in the page as JSON so no inline script is required. */
export interface ChartData {
  unit?: Unit;
  /** The periods along the x axis, in time order. */
  labels: string[];
  /** The plan's area first, then comparators; null where an area has no figure for a period. */
  series: Array<{ name: string; values: Array<number | null>; notes: string[] }>;
  reference: ReferenceLine[];
  /** Few periods read better as bars, unless bars from zero would look the same height. */
  type: 'line' | 'bar';
  /** The value axis: fitted to the figures and reference lines for a line chart, from zero for bars. */
  axis?: AxisRange;
  /** The labels run down the page and the bars across it (Chart.js `indexAxis: 'y'`): for many long labels, such as 32 councils. */
  horizontal?: boolean;
  /** Points with no line between them, for labels that are not a sequence in time (councils in rank order). */
  dots?: boolean;
  /** What the labels are, for a listener stepping through them: "Period" unless said. */
  labelsAre?: string;
  /** A missing figure breaks the line instead of the line being drawn across it (a reader's picked councils over time). */
  breakAtGaps?: boolean;
}

interface ReferencePoint {
  value?: number;
  period?: Period;
  text: string;
}

/** Where a reference line's marker goes: at its own period if charted, else at `fallback`. */
function markerIndex(labels: string[], period: Period | undefined, fallback: number): number {
  if (!period) return fallback;
  const index = labels.findIndex((label) => {
    const parsed = parsePeriod(label);
    return parsed.ok && comparePeriods(parsed.value, period) === 0;
  });
  return index === -1 ? fallback : index;
}

export function chartData(view: MeasureView, options: { unit?: Unit; baseline?: ReferencePoint; target?: ReferencePoint }): ChartData {
  const { unit, baseline, target } = options;
  const { periods: labels, areas, figures } = figureGrid(view);
  const series = areas.map((area, column) => ({
    name: area,
    values: figures.map((row) => row[column]?.value ?? null),
    notes: figures.map((row) => figureNote(row[column])),
  }));
  const reference: ReferenceLine[] = [];
  if (baseline?.value !== undefined) {
    reference.push({
      kind: 'baseline',
      name: `Baseline ${formatValue(baseline.value, unit)}${baseline.period ? ` (${baseline.period.label})` : ''}`,
      value: baseline.value,
      at: markerIndex(labels, baseline.period, 0),
    });
  }
  if (target?.value !== undefined) {
    reference.push({
      kind: 'target',
      name: `Target ${formatValue(target.value, unit)}${target.period ? ` (by ${target.period.label})` : ''}`,
      value: target.value,
      at: markerIndex(labels, target.period, Math.max(labels.length - 1, 0)),
    });
  }
  const drawn = [...series.flatMap((area) => area.values), ...reference.map((line) => line.value)];
  const type = labels.length <= 3 && barsShowChange(drawn) ? 'bar' : 'line';
  const axis = axisRange(drawn, { unit, zeroBaseline: type === 'bar' });
  return { unit, labels, series, reference, type, ...(axis && { axis }) };
}

// The Scottish Government Design System's data visualisation palette (its categorical colours 1 to 4,
// and brown), with a distinct point shape per series: five, for a reader's four picked councils and Scotland.
export const SERIES_STYLES: ReadonlyArray<{ colour: string; point: PointStyle }> = [
  { colour: '#002d54', point: 'circle' },
  { colour: '#2b9c93', point: 'rectRot' },
  { colour: '#6a2063', point: 'triangle' },
  { colour: '#e5682a', point: 'crossRot' },
  { colour: '#592c20', point: 'rectRounded' },
];

/**
 * Reference lines differ from the series and from each other without colour: a dash pattern on the
 * line and a marker shape (in the legend too) that no series uses.
 */
export const REFERENCE_STYLES: Record<ReferenceLine['kind'], { colour: string; dash: number[]; point: PointStyle }> = {
  baseline: { colour: '#5e5e5e', dash: [8, 4], point: 'rect' },
  target: { colour: '#0b4c0b', dash: [2, 3], point: 'star' },
};

export type ChartDatasets = Array<ChartDataset<'line' | 'bar', Array<number | null>>>;

/**
 * The Chart.js datasets for a chart: one per area, then one per reference line. `colours` are the
 * reader's system colours in forced-colours mode, which replace the palette.
 */
export function chartDatasets(data: ChartData, colours?: { series: string[]; reference: string }): ChartDatasets {
  const datasets: ChartDatasets = data.series.map((series, index) => {
    const style = SERIES_STYLES[index % SERIES_STYLES.length]!;
    const colour = colours ? colours.series[index % colours.series.length]! : style.colour;
    return {
      type: data.type,
      label: series.name,
      data: series.values,
      borderColor: colour,
      backgroundColor: colour,
      pointStyle: style.point,
      pointRadius: 5,
      pointHoverRadius: 8,
      borderWidth: 2,
      spanGaps: !data.breakAtGaps,
      ...(data.dots && { showLine: false }),
      order: 0,
    };
  });
  for (const line of data.reference) {
    const style = REFERENCE_STYLES[line.kind];
    const colour = colours ? colours.reference : style.colour;
    const marker = data.labels.map((_, index) => (index === line.at ? 6 : 0));
    datasets.push({
      type: 'line',
      label: line.name,
      data: data.labels.map(() => line.value),
      borderColor: colour,
      backgroundColor: colour,
      borderDash: style.dash,
      borderWidth: 2,
      pointStyle: style.point,
      pointRadius: marker,
      pointHoverRadius: marker,
      pointBorderWidth: 2,
      // Drawn under the figures, and listed after them in the legend.
      order: 1,
    });
  }
  return datasets;
}
