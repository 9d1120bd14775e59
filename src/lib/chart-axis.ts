import type { Unit } from '../schemas/measure';

/** A chart's value axis: where it starts and ends, and the round step between its ticks. */
export interface AxisRange {
  min: number;
  max: number;
  step: number;
}

/** Space left above and below the figures, as a share of their spread, so no point sits on the chart's edge. */
const PADDING = 0.1;
/** About how many steps the axis has: enough to read a value off, few enough to read at 375 px. */
const STEPS = 5;
/** Round steps: 1, 2, 2.5 and 5 times a power of ten. */
const ROUND_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step at least as big as `raw`. */
function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  // The tolerance keeps 0.2 (0.2000000001 once divided) from becoming 0.25.
  return clean(ROUND_STEPS.find((multiple) => multiple * power >= raw * (1 - 1e-9))! * power);
}

/** Drops floating-point noise: 451 × 0.2 is 90.2, not 90.20000000000002. */
function clean(value: number): number {
  return Number(value.toPrecision(12)) || 0;
}

/**
 * The value axis for a measure's chart, chosen from what it draws (every area's figures and any
 * baseline or target line) so that change shows: 90.3% to 91% is drawn on 90.2% to 91.2%, not 0 to 100.
 *
 * - The figures are padded by a tenth of their spread and the ends rounded out to a round step.
 * - The padding never crosses zero: figures that are all 0 or more (a percentage, a count, a rate)
 *   never get a negative axis, and figures that are all 0 or less never get a positive one.
 * - A percentage axis stops at 100 unless a figure is above it.
 * - One figure, or figures all equal, are centred on an axis a tenth of their size either side.
 * - `zeroBaseline` (for bars, whose length must mean something) starts the axis at zero.
 *
 * Undefined when there is nothing to draw.
 */
export function axisRange(values: Iterable<number | null | undefined>, options: { unit?: Unit; zeroBaseline?: boolean } = {}): AxisRange | undefined {
  const figures = [...values].filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (figures.length === 0) return undefined;
  let low = Math.min(...figures);
  let high = Math.max(...figures);
  const allAtLeastZero = low >= 0;
  const allAtMostZero = high <= 0 && low < 0;
  const percentageToHundred = options.unit === '%' && high <= 100;
  if (options.zeroBaseline) {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  const padding = high > low ? (high - low) * PADDING : Math.abs(high) * PADDING || 1;
  const limit = (min: number, max: number) => ({
    min: allAtLeastZero ? Math.max(min, 0) : min,
    max: Math.min(allAtMostZero ? Math.min(max, 0) : max, percentageToHundred ? 100 : Infinity),
  });
  const padded = limit(low - padding, high + padding);
  const step = roundStep((padded.max - padded.min) / STEPS);
  const rounded = limit(clean(Math.floor(clean(padded.min / step)) * step), clean(Math.ceil(clean(padded.max / step)) * step));
  return { min: rounded.min, max: rounded.max, step };
}

/** How far apart the figures are, against the largest of them: 0.01 for 90.3% and 91%. */
function relativeSpread(values: number[]): number {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const largest = Math.max(Math.abs(low), Math.abs(high));
  return largest === 0 ? 0 : (high - low) / largest;
}

/**
 * Whether bars, which must start at zero, would still show how the figures differ: they do when the
 * figures' spread is at least a fifth of the largest (15% to 25%), not when it is a sliver (90.3% to
 * 91%, which would draw bars of the same height). A lone figure has nothing to compare.
 */
export function barsShowChange(values: Iterable<number | null | undefined>): boolean {
  const figures = [...values].filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (figures.length < 2) return true;
  return relativeSpread(figures) >= 0.2;
}
