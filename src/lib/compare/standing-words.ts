/**
 * A council's standing on one indicator as the cells of its row on the council's page
 * (/areas/<council>/) say it: its place ("3 of 32", "=3 of 32"; for a cost "12th lowest of 32", a
 * position that is never better or worse), its change since the previous year ("+1.5 percentage
 * points since 2018-19, better"), the median of the councils like it, and the years its trend covers. "No figure" wherever the source has
 * none; nothing is filled in.
 */
import { ordinal } from '../format';
import type { CouncilStanding } from './council-view';
import { formatIndicatorValue } from './indicator-words';
import { yearBefore } from './years';

export const NO_FIGURE = 'No figure';

export interface PlaceInWords {
  /** Another council has the same figure: the page shows "=" and says "joint". */
  joint: boolean;
  /** "3 of 32"; for a cost, "12th lowest of 32". */
  place: string;
}

/** Undefined when the council has no figure, so no rank. */
export function standingPlace(standing: Pick<CouncilStanding, 'rank' | 'joint' | 'counted' | 'ranking'>): PlaceInWords | undefined {
  const { rank, joint, counted, ranking } = standing;
  if (rank === undefined) return undefined;
  if (ranking.meaning === 'position') return { joint, place: `${ordinal(rank)} ${ranking.highestFirst ? 'highest' : 'lowest'} of ${counted}` };
  return { joint, place: `${rank} of ${counted}` };
}

/**
 * A difference in the indicator's unit, with its sign: a change in a share is in percentage points
 * (80% to 81.5% is +1.5 percentage points, not +1.5%).
 */
export function signedDifference(difference: number, unit: string): string {
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '';
  return `${sign}${formatIndicatorValue(Math.abs(difference), unit === '%' ? 'percentage points' : unit)}`;
}

/** "+1.5 percentage points since 2018-19, better"; for a cost only "+£120 since 2018-19", never judged. */
export function standingChange(standing: Pick<CouncilStanding, 'year' | 'sincePrevious' | 'series' | 'indicator'>): string {
  const { year, sincePrevious: change, indicator } = standing;
  if (year === undefined) return NO_FIGURE;
  if (!change) {
    const previous = yearBefore(standing.series.map((point) => point.year), year);
    return previous === undefined ? 'No earlier year in the source' : `${NO_FIGURE} for ${previous} to compare`;
  }
  if (change.judgement === 'no change') return `No change since ${change.from}`;
  const judged = change.judgement === 'better' || change.judgement === 'worse' ? `, ${change.judgement}` : '';
  return `${signedDifference(change.difference, indicator.unit)} since ${change.from}${judged}`;
}

/**
 * The median of the other councils in its deprivation group, and how many of them had a figure when not
 * all did; no median when none had.
 */
export function similarMedianInWords(standing: Pick<CouncilStanding, 'deprivationGroup' | 'indicator'>): { median?: string; counted?: string } {
  const { median, counted, of } = standing.deprivationGroup;
  if (median === undefined) return {};
  return { median: formatIndicatorValue(median, standing.indicator.unit), ...(counted < of && { counted: `${counted} of ${of} councils with a figure` }) };
}

/**
 * The years a council's trend covers: "2010-11 to 2019-20"; "2010-11 to 2019-20, 2 years with no
 * figure" when some between have none; "2020-21" for a single figure; undefined when there is none.
 */
export function trendYearsInWords(series: CouncilStanding['series']): string | undefined {
  const first = series.findIndex((point) => point.value !== undefined);
  if (first === -1) return undefined;
  const last = series.findLastIndex((point) => point.value !== undefined);
  if (first === last) return series[first]!.year;
  const missing = series.slice(first, last + 1).filter((point) => point.value === undefined).length;
  const span = `${series[first]!.year} to ${series[last]!.year}`;
  return missing === 0 ? span : `${span}, ${missing} ${missing === 1 ? 'year' : 'years'} with no figure`;
}
