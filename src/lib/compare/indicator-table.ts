/**
 * One indicator in one year across Scotland (a /compare/<indicator>/ page): every council ranked, with
 * its quartile and its changes, Scotland's figure, the median and the quartiles' ranges. With
 * `similarTo`, each council is marked if it is like that one (same deprivation group, same rurality).
 */
import { SCOTLAND, type ComparisonIndicator, type Council } from '../../schemas/comparison';
import { changesTo, type Changes } from './change';
import { similarity, type Similarity } from './councils';
import { seriesOf, valuesIn, type ComparisonIndex } from './comparison-index';
import { median, quartileBands, type Quartile, type QuartileBand } from './quartiles';
import { rankCouncils, rankingOf, type Ranking } from './rank';
import { yearBefore } from './years';

export interface IndicatorRow extends Changes {
  council: Council;
  value?: number;
  rank?: number;
  joint: boolean;
  quartile?: Quartile;
  /** Set when the table is drawn for one council: is this one like it? */
  similar?: Similarity;
}

export interface IndicatorTable {
  indicator: ComparisonIndicator;
  year: string;
  /** All the indicator's years, earliest first. */
  years: string[];
  /** The years the changes are measured from, where the indicator has them. */
  previousYear?: string;
  fiveYearsBack?: string;
  ranking: Ranking;
  /** Councils with a figure this year. */
  counted: number;
  scotland: { value?: number } & Changes;
  median?: number;
  quartiles: QuartileBand[];
  /** The 32 councils: by rank, then those with no figure. */
  rows: IndicatorRow[];
}

/** Undefined when there is no such indicator, or it has no such year. */
export function indicatorTable(index: ComparisonIndex, code: string, options: { year?: string; similarTo?: Council } = {}): IndicatorTable | undefined {
  const indicator = index.indicatorByCode.get(code);
  const years = index.yearsOf.get(code) ?? [];
  const year = options.year ?? years[years.length - 1];
  if (!indicator || year === undefined || !years.includes(year)) return undefined;
  const values = valuesIn(index, code, year);
  const ranking = rankingOf(indicator);
  const ranks = rankCouncils(index.councils.map((council) => ({ council: council.name, value: values.get(council.name) })), ranking);
  const councilNamed = new Map(index.councils.map((council) => [council.name, council]));
  const changes = (area: string) => changesTo(seriesOf(index, code, area), years, year, indicator.betterDirection);
  const rows = ranks.councils.map(({ council: name, ...rank }): IndicatorRow => {
    const council = councilNamed.get(name)!;
    return { council, ...rank, ...changes(name), ...(options.similarTo && { similar: similarity(options.similarTo, council) }) };
  });
  const figures = rows.flatMap((row) => (row.value === undefined ? [] : [row.value]));
  return {
    indicator,
    year,
    years,
    previousYear: yearBefore(years, year, 1),
    fiveYearsBack: yearBefore(years, year, 5),
    ranking,
    counted: ranks.counted,
    scotland: { value: values.get(SCOTLAND), ...changes(SCOTLAND) },
    median: median(figures),
    quartiles: quartileBands(rows),
    rows,
  };
}
