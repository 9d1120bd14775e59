/**
 * Every area's figures for one indicator over all its years, compact enough to carry in the indicator
 * page (a data attribute, as JSON) for the reader's own chart of the councils they pick: 32 councils
 * and Scotland, a figure or null per year. Built here at build time; read in the browser by picks-chart.ts.
 */
import { SCOTLAND } from '../../schemas/comparison';
import { seriesOf, type ComparisonIndex } from './comparison-index';
import { rankingOf, type Ranking } from './rank';

export interface IndicatorSeries {
  title: string;
  /** The LGBF's unit: "%", "£", "per 1,000 pupils"… */
  unit: string;
  ranking: Ranking;
  /** Earliest first, as the source writes them. */
  years: string[];
  /** In the order of the councils file: each council's name and its figures, one per year; null where it has none. */
  councils: Array<[string, Array<number | null>]>;
  scotland: Array<number | null>;
}

/** Undefined when there is no such indicator. */
export function indicatorSeries(index: ComparisonIndex, code: string): IndicatorSeries | undefined {
  const indicator = index.indicatorByCode.get(code);
  if (!indicator) return undefined;
  const years = index.yearsOf.get(code) ?? [];
  const figures = (area: string) => {
    const series = seriesOf(index, code, area);
    return years.map((year) => series.get(year) ?? null);
  };
  return {
    title: indicator.title,
    unit: indicator.unit,
    ranking: rankingOf(indicator),
    years,
    councils: index.councils.map((council) => [council.name, figures(council.name)]),
    scotland: figures(SCOTLAND),
  };
}
