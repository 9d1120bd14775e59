/**
 * The councils a reader picks on an indicator page, charted over all the indicator's years beside
 * Scotland: the line chart's data (drawn by the measure charts' script, with the same keys and sound),
 * the summary a screen reader hears as the choice changes (each council's latest figure and place) and
 * the table of their figures by year. A year with no figure stays a gap: nothing is filled in.
 *
 * Runs in the browser (scripts/council-picks.ts) on the page's IndicatorSeries, so it imports no schema.
 */
import { axisRange } from '../chart-axis';
import type { ChartData } from '../chart-data';
import { capitalise, listInWords } from '../format';
import { pickedSlugs, type CouncilPicks } from './council-picks';
import { councilSlug } from './councils';
import type { IndicatorSeries } from './indicator-series';
import { placeInWords } from './indicator-table-words';
import { endOfOrder, formatIndicatorValue, rankOrderInWords } from './indicator-words';
import { rankCouncils } from './rank';
import { chartUnitOf } from './ranked-chart';

/** A council's place among the councils with a figure that year. */
export interface YearPlace {
  rank: number;
  joint: boolean;
  /** Councils with a figure that year: the N of "5th of N". */
  counted: number;
}

export interface PickedArea {
  name: string;
  /** One per year of the indicator; null where the area has no figure. */
  values: Array<number | null>;
  /** One per year; undefined where the area has no place (no figure, or Scotland). */
  places: Array<YearPlace | undefined>;
}

/** The councils' slugs, for parseCouncilPicks, and their names by slug. */
export function councilsBySlug(series: Pick<IndicatorSeries, 'councils'>): Map<string, string> {
  return new Map(series.councils.map(([name]) => [councilSlug(name), name]));
}

/** Each council's place in each year, by name. */
function placesByYear(series: IndicatorSeries): Array<Map<string, YearPlace>> {
  return series.years.map((_, year) => {
    const ranks = rankCouncils(
      series.councils.map(([council, values]) => ({ council, value: values[year] ?? undefined })),
      series.ranking,
    );
    return new Map(ranks.councils.flatMap((ranked) => (ranked.rank === undefined ? [] : [[ranked.council, { rank: ranked.rank, joint: ranked.joint, counted: ranks.counted }]])));
  });
}

/** The picked councils in order, the reader's own first, then Scotland; none at all when no council is picked. */
export function pickedAreas(series: IndicatorSeries, picks: CouncilPicks): PickedArea[] {
  const bySlug = councilsBySlug(series);
  const names = pickedSlugs(picks).flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : []));
  if (names.length === 0) return [];
  const figures = new Map(series.councils);
  const places = placesByYear(series);
  return [
    ...names.map((name) => ({ name, values: figures.get(name)!, places: places.map((year) => year.get(name)) })),
    { name: 'Scotland', values: series.scotland, places: series.years.map(() => undefined) },
  ];
}

/** "5th of 32", "joint 3rd of 30". */
export function placeOf(place: YearPlace): string {
  return `${placeInWords(place)!} of ${place.counted}`;
}

const span = (series: Pick<IndicatorSeries, 'years'>) =>
  series.years.length > 1 ? `${series.years[0]} to ${series.years.at(-1)}` : (series.years[0] ?? '');

/** A line per area across the indicator's years, broken where an area has no figure; each point noted with the council's place that year. */
export function picksChartData(series: IndicatorSeries, areas: PickedArea[]): ChartData {
  const unit = chartUnitOf(series.unit);
  const axis = axisRange(
    areas.flatMap((area) => area.values),
    { unit },
  );
  return {
    ...(unit && { unit }),
    labels: series.years,
    series: areas.map((area) => ({ name: area.name, values: area.values, notes: area.places.map((place) => (place ? placeOf(place) : '')) })),
    reference: [],
    type: 'line',
    breakAtGaps: true,
    labelsAre: 'Year',
    ...(axis && { axis }),
  };
}

/** The chart's caption: "Percentage of children…: Angus, Fife and Scotland, 2014-15 to 2019-20." */
export function picksCaption(series: IndicatorSeries, areas: PickedArea[], data: Pick<ChartData, 'axis'>): string {
  const zero = data.axis && data.axis.min !== 0 ? ' The axis does not start at zero.' : '';
  return `${series.title}: ${listInWords(areas.map((area) => area.name))}, ${span(series)}.${zero}`;
}

/** The area's latest figure, in words: "Angus: 18.5% in 2019-20, 5th of 32 councils." */
function latestInWords(series: IndicatorSeries, area: PickedArea): string {
  const year = area.values.findLastIndex((value) => value !== null);
  if (year === -1) return `${area.name}: no figure in any year.`;
  const place = area.places[year];
  return `${area.name}: ${formatIndicatorValue(area.values[year]!, series.unit)} in ${series.years[year]}${place ? `, ${placeOf(place)} councils` : ''}.`;
}

/**
 * What the chart shows, in words, for its text alternative and the live region beside it: the picked
 * councils' latest figures and places, Scotland's, which way places are counted, and any gaps.
 */
export function picksSummary(series: IndicatorSeries, areas: PickedArea[]): string {
  if (areas.length === 0) return `No council is chosen. Choose one to chart its figures from ${span(series)}.`;
  // Scotland is the last area, charted beside the councils.
  const councils = areas.slice(0, -1);
  const end = endOfOrder(series.unit, series.ranking.highestFirst);
  const order =
    series.ranking.meaning === 'better' ? `${capitalise(rankOrderInWords(series, series.ranking))}.` : `Places are counted from the ${end}: a place is only a position in that order.`;
  const gaps = areas.some((area) => area.values.includes(null)) ? ['A year with no figure is left as a gap in the line: nothing is filled in.'] : [];
  return [
    `${series.title}, ${span(series)}: ${listInWords(councils.map((area) => area.name))}, with Scotland. Latest figures:`,
    ...areas.map((area) => latestInWords(series, area)),
    order,
    ...gaps,
  ].join(' ');
}

export interface PicksTable {
  caption: string;
  /** The column headings after "Year": the areas in the chart's order. */
  areas: string[];
  /** A row per year, earliest first; undefined where an area has no figure ("No figure"). */
  rows: Array<{ year: string; figures: Array<string | undefined> }>;
}

/** The picked areas' figures by year, as the table under the chart shows them. */
export function picksTable(series: IndicatorSeries, areas: PickedArea[]): PicksTable {
  return {
    caption: `${series.title}: ${listInWords(areas.map((area) => area.name))}, ${span(series)}`,
    areas: areas.map((area) => area.name),
    rows: series.years.map((year, position) => ({
      year,
      figures: areas.map((area) => {
        const value = area.values[position];
        return value === null || value === undefined ? undefined : formatIndicatorValue(value, series.unit);
      }),
    })),
  };
}
