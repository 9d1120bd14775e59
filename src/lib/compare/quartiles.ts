/**
 * The median and quartiles of the councils' figures. Quartiles go by rank, as the LGBF's do: of 32
 * councils with a figure, ranks 1 to 8 are quartile 1, 9 to 16 quartile 2, and so on. For any number
 * of councils, a council is in quartile 1 when fewer than a quarter of the councils with a figure rank
 * above it, in quartile 2 when fewer than half do, in quartile 3 when fewer than three quarters do, and
 * otherwise in quartile 4; councils that tie share a rank, so they share a quartile. The median is the
 * middle figure, or the mean of the two middle figures when the count is even.
 */

export type Quartile = 1 | 2 | 3 | 4;

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  // The figures have at most 2 decimal places; the mean of two may have 3, and no floating-point dust.
  return Math.round(value * 1000) / 1000;
}

export function quartileOf(rank: number, counted: number): Quartile {
  return Math.min(4, Math.floor((4 * (rank - 1)) / counted) + 1) as Quartile;
}

export interface QuartileBand {
  quartile: Quartile;
  /** How many councils are in it. */
  councils: number;
  lowest: number;
  highest: number;
}

/** Each quartile's range of figures, from ranked councils (rank and value set); empty quartiles are left out. */
export function quartileBands(ranked: ReadonlyArray<{ quartile?: Quartile; value?: number }>): QuartileBand[] {
  const bands: QuartileBand[] = [];
  for (const quartile of [1, 2, 3, 4] as const) {
    const values = ranked.flatMap((council) => (council.quartile === quartile && council.value !== undefined ? [council.value] : []));
    if (values.length > 0) bands.push({ quartile, councils: values.length, lowest: Math.min(...values), highest: Math.max(...values) });
  }
  return bands;
}
