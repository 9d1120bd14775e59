/**
 * One council on every indicator (an /areas/<council>/ page, and a plan's context statistic): its
 * latest figure, rank, quartile, Scotland's figure and the median of the councils like it that year,
 * its changes, and its whole series beside Scotland's for a trend.
 */
import { SCOTLAND, type ComparisonIndicator, type Council } from '../../schemas/comparison';
import { changesTo, type Changes } from './change';
import { groupMedian, similarCouncils, type GroupMedian, type SimilarCouncils } from './councils';
import { findCouncil, seriesOf, valuesIn, type ComparisonIndex } from './comparison-index';
import type { Quartile } from './quartiles';
import { rankCouncils, rankingOf, type Ranking } from './rank';

export interface SeriesPoint {
  year: string;
  /** Undefined: "No figure". */
  value?: number;
  scotland?: number;
}

export interface CouncilStanding extends Changes {
  indicator: ComparisonIndicator;
  council: Council;
  /** The latest year the council has a figure; undefined when it has none at all. */
  year?: string;
  value?: number;
  rank?: number;
  joint: boolean;
  /** Councils with a figure that year. */
  counted: number;
  quartile?: Quartile;
  ranking: Ranking;
  scotland?: number;
  /** The other councils in its deprivation group (the LGBF's family group), that year. */
  deprivationGroup: GroupMedian & { group: number };
  /** The other councils of its rurality, that year. */
  rurality: GroupMedian & { rurality: Council['rurality'] };
  /** Every year of the indicator, earliest first. */
  series: SeriesPoint[];
}

export function councilStanding(index: ComparisonIndex, indicator: ComparisonIndicator, council: Council): CouncilStanding {
  const years = index.yearsOf.get(indicator.code) ?? [];
  const own = seriesOf(index, indicator.code, council.name);
  const scotland = seriesOf(index, indicator.code, SCOTLAND);
  const year = years.filter((label) => own.has(label)).pop();
  const ranking = rankingOf(indicator);
  const values = year === undefined ? new Map<string, number>() : valuesIn(index, indicator.code, year);
  const ranks = rankCouncils(index.councils.map((other) => ({ council: other.name, value: values.get(other.name) })), ranking);
  const place = ranks.councils.find((ranked) => ranked.council === council.name);
  const similar = similarCouncils(council, index.councils);
  return {
    indicator,
    council,
    year,
    value: place?.value,
    rank: place?.rank,
    joint: place?.joint ?? false,
    counted: ranks.counted,
    quartile: place?.quartile,
    ranking,
    scotland: year === undefined ? undefined : scotland.get(year),
    deprivationGroup: { ...groupMedian(values, similar.deprivation), group: council.deprivationGroup },
    rurality: { ...groupMedian(values, similar.rurality), rurality: council.rurality },
    ...(year === undefined ? {} : changesTo(own, years, year, indicator.betterDirection)),
    series: years.map((label) => ({ year: label, value: own.get(label), scotland: scotland.get(label) })),
  };
}

export interface CouncilView {
  council: Council;
  similar: SimilarCouncils;
  /** In the order of indicators.yaml. */
  standings: CouncilStanding[];
}

/** Undefined when no council has that name. */
export function councilView(index: ComparisonIndex, name: string): CouncilView | undefined {
  const council = findCouncil(index, name);
  if (!council) return undefined;
  return {
    council,
    similar: similarCouncils(council, index.councils),
    standings: index.indicators.map((indicator) => councilStanding(index, indicator, council)),
  };
}
