/**
 * A measure chart as chart2music takes it, so the figures can be heard as rising and falling notes
 * and read out one by one: one group per area, then the baseline and target as flat lines at every
 * period, so a listener can step from a figure to the target at the same period and hear the gap.
 */
import type { ChartData } from './chart-data';

export interface SoundPoint {
  /** The period's index along the x axis; the chart's labels name it. */
  x: number;
  y: number;
  /** Read after the figure: its flag and footnote ("estimated"). */
  label?: string;
}

/** Groups in the order they are stepped through: areas first, then reference lines. Periods without a figure are left out. */
export function soundGroups(data: ChartData): Record<string, SoundPoint[]> {
  const groups: Record<string, SoundPoint[]> = {};
  for (const series of data.series) {
    groups[series.name] = series.values.flatMap((value, x) => (value === null ? [] : [{ x, y: value, ...(series.notes[x] && { label: series.notes[x] }) }]));
  }
  for (const line of data.reference) groups[line.name] = data.labels.map((_, x) => ({ x, y: line.value }));
  return groups;
}

/**
 * Which drawn dataset and point a sound group's point is, so the chart can show where the listener is.
 * `groups` are soundGroups' for the chart, whose order is the datasets' order.
 */
export function drawnPoint(groups: Record<string, SoundPoint[]>, group: string, pointIndex: number): { datasetIndex: number; index: number } | undefined {
  const datasetIndex = Object.keys(groups).indexOf(group);
  const point = groups[group]?.[pointIndex];
  return datasetIndex === -1 || !point ? undefined : { datasetIndex, index: point.x };
}
