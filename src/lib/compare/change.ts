/**
 * How a council's figure changed: since the previous year the source has for the indicator, and over
 * five of the indicator's own years (five places back in its list of years). Both are differences
 * between two published figures, never interpolated: if either year has no figure, there is no change.
 * For an indicator published every second year, five places back is ten years: pages name the years.
 */
import type { ComparisonDirection } from '../../schemas/comparison';
import { firstYear, yearBefore } from './years';

/** "no judgement" for an indicator with no better direction (costs). */
export type ChangeJudgement = 'better' | 'worse' | 'no change' | 'no judgement';

export interface Change {
  from: string;
  to: string;
  /** The later figure less the earlier, to 2 decimal places. */
  difference: number;
  judgement: ChangeJudgement;
  /** Years between the first years of the two labels: 1 for 2018-19 to 2019-20. */
  years: number;
}

export function judgeChange(difference: number, direction: ComparisonDirection): ChangeJudgement {
  if (difference === 0) return 'no change';
  if (direction === 'none') return 'no judgement';
  return (difference > 0) === (direction === 'increase') ? 'better' : 'worse';
}

/**
 * The change from the year `steps` places before `year` in `years` (the indicator's years, in order)
 * to `year`, from `series` (figures by year).
 */
export function changeOver(series: ReadonlyMap<string, number>, years: readonly string[], year: string, steps: number, direction: ComparisonDirection): Change | undefined {
  const from = yearBefore(years, year, steps);
  if (from === undefined || !series.has(from) || !series.has(year)) return undefined;
  const difference = Math.round((series.get(year)! - series.get(from)!) * 100) / 100 || 0;
  return { from, to: year, difference, judgement: judgeChange(difference, direction), years: firstYear(year) - firstYear(from) };
}

export interface Changes {
  sincePrevious?: Change;
  overFiveYears?: Change;
}

export function changesTo(series: ReadonlyMap<string, number>, years: readonly string[], year: string, direction: ComparisonDirection): Changes {
  const sincePrevious = changeOver(series, years, year, 1, direction);
  const overFiveYears = changeOver(series, years, year, 5, direction);
  return { ...(sincePrevious && { sincePrevious }), ...(overFiveYears && { overFiveYears }) };
}
