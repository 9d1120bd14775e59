/**
 * Councils ranked on one indicator in one year, by standard competition ranking ("1224"): councils
 * with the same figure share the best rank of their group, and the next rank skips. A council with
 * no figure that year has no rank and is not counted in "of N".
 *
 * Where an indicator has a better direction, rank 1 is the best figure. Where it has none (costs),
 * councils are placed in the LGBF's own order (`rankOneIsHighest`), and the rank is only a position:
 * pages must not call one better or worse.
 */
import type { ComparisonIndicator } from '../../schemas/comparison';
import { quartileOf, type Quartile } from './quartiles';

export interface Ranking {
  /** Rank 1 is the highest figure. */
  highestFirst: boolean;
  /** "better": rank 1 is the best figure. "position": a place in the LGBF's order, neither better nor worse. */
  meaning: 'better' | 'position';
}

export function rankingOf(indicator: Pick<ComparisonIndicator, 'betterDirection' | 'rankOneIsHighest'>): Ranking {
  if (indicator.betterDirection === 'none') return { highestFirst: indicator.rankOneIsHighest, meaning: 'position' };
  return { highestFirst: indicator.betterDirection === 'increase', meaning: 'better' };
}

export interface RankedCouncil {
  council: string;
  value?: number;
  /** Undefined when the council has no figure. */
  rank?: number;
  /** True when another council shares the rank. */
  joint: boolean;
  quartile?: Quartile;
}

export interface CouncilRanks {
  ranking: Ranking;
  /** Councils with a figure: the N of "12th of N". */
  counted: number;
  /** By rank (ties by name), then the councils with no figure, by name. */
  councils: RankedCouncil[];
}

const byName = (a: { council: string }, b: { council: string }) => a.council.localeCompare(b.council, 'en-GB');

export function rankCouncils(figures: ReadonlyArray<{ council: string; value?: number }>, ranking: Ranking): CouncilRanks {
  const sign = ranking.highestFirst ? -1 : 1;
  const withFigure = figures.filter((figure): figure is { council: string; value: number } => figure.value !== undefined);
  const ordered = [...withFigure].sort((a, b) => sign * (a.value - b.value) || byName(a, b));
  const counted = ordered.length;
  const rankOfValue = new Map<number, number>();
  const sharing = new Map<number, number>();
  ordered.forEach(({ value }, position) => {
    if (!rankOfValue.has(value)) rankOfValue.set(value, position + 1);
    sharing.set(value, (sharing.get(value) ?? 0) + 1);
  });
  const ranked = ordered.map(({ council, value }): RankedCouncil => {
    const rank = rankOfValue.get(value)!;
    return { council, value, rank, joint: sharing.get(value)! > 1, quartile: quartileOf(rank, counted) };
  });
  const unranked = figures.filter((figure) => figure.value === undefined).sort(byName).map(({ council }): RankedCouncil => ({ council, joint: false }));
  return { ranking, counted, councils: [...ranked, ...unranked] };
}
