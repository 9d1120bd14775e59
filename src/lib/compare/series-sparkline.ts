/**
 * A tiny static trend of one council's figures on an indicator, one place along per year of the
 * indicator's own list. A year with no figure breaks the line rather than joining across it, because
 * nothing is interpolated; a figure with no neighbour is drawn as a dot.
 */

export interface SparklineGeometry {
  width: number;
  height: number;
  /** Runs of "x,y" points of two or more figures, for polylines. */
  runs: string[];
  /** Figures with no figure either side, which a line cannot show. */
  dots: Array<{ x: number; y: number }>;
  /** The latest figure, marked. */
  last: { x: number; y: number };
}

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 3;

const round = (value: number) => Math.round(value * 10) / 10;

/** Undefined with fewer than two figures: one figure is no trend. */
export function sparklineGeometry(values: ReadonlyArray<number | undefined>): SparklineGeometry | undefined {
  const figures = values.filter((value): value is number => value !== undefined);
  if (figures.length < 2) return undefined;
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const x = (index: number) => round(PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, values.length - 1));
  const y = (value: number) => round(high === low ? HEIGHT / 2 : HEIGHT - PAD - ((value - low) * (HEIGHT - 2 * PAD)) / (high - low));
  const runs: Array<Array<{ x: number; y: number }>> = [[]];
  values.forEach((value, index) => {
    if (value === undefined) {
      if (runs.at(-1)!.length > 0) runs.push([]);
      return;
    }
    runs.at(-1)!.push({ x: x(index), y: y(value) });
  });
  const drawn = runs.filter((run) => run.length > 0);
  const lastIndex = values.findLastIndex((value) => value !== undefined);
  return {
    width: WIDTH,
    height: HEIGHT,
    runs: drawn.filter((run) => run.length > 1).map((run) => run.map((point) => `${point.x},${point.y}`).join(' ')),
    dots: drawn.filter((run) => run.length === 1).map((run) => run[0]!),
    last: { x: x(lastIndex), y: y(values[lastIndex]!) },
  };
}
