/**
 * An indicator's councils as a ranked chart: one bar (or dot) per council with a figure, in rank order
 * down the page, drawn by the measure chart's script, and the summary a screen reader hears in place
 * of the picture: which council is 1st and which last, the median and Scotland's figure.
 */
import type { Unit } from '../../schemas/measure';
import { axisRange, barsShowChange } from '../chart-axis';
import type { ChartData } from '../chart-data';
import { listInWords, ordinal } from '../format';
import type { IndicatorRow, IndicatorTable } from './indicator-table';
import { placeInWords } from './indicator-table-words';
import { endOfOrder, formatIndicatorValue } from './indicator-words';

/** The chart's unit for an indicator's: the axis and tooltips write "12.5 per 1,000" for "per 1,000 pupils". */
export function chartUnitOf(unit: string): Unit | undefined {
  if (unit === '%' || unit === '£' || unit === 'percentage points') return unit;
  if (unit === 'tariff score') return 'score';
  if (unit.startsWith('per 1,000')) return 'rate per 1,000';
  return undefined;
}

const ranked = (table: Pick<IndicatorTable, 'rows'>) => table.rows.filter((row): row is IndicatorRow & { value: number; rank: number } => row.value !== undefined && row.rank !== undefined);

/**
 * Bars from zero when they would still show how the councils differ; otherwise dots on an axis fitted
 * to the figures (attendance of 90% to 95% would draw 32 bars of the same length).
 */
export function rankedChartData(table: Pick<IndicatorTable, 'rows' | 'indicator' | 'year'>): ChartData {
  const rows = ranked(table);
  const values = rows.map((row) => row.value);
  const unit = chartUnitOf(table.indicator.unit);
  const bars = barsShowChange(values);
  const axis = axisRange(values, { unit, zeroBaseline: bars });
  return {
    ...(unit && { unit }),
    labels: rows.map((row) => row.council.name),
    series: [{ name: table.year, values, notes: rows.map((row) => placeInWords(row)!) }],
    reference: [],
    type: bars ? 'bar' : 'line',
    ...(!bars && { dots: true }),
    horizontal: true,
    labelsAre: 'Council',
    ...(axis && { axis }),
  };
}

/** "1st: Orkney Islands, 90.65%", "Joint 1st: Angus and Fife, 85%". */
function placeSentence(rows: Array<IndicatorRow & { value: number; rank: number }>, rank: number, unit: string): string {
  const at = rows.filter((row) => row.rank === rank);
  const place = `${at.length > 1 ? 'Joint ' : ''}${ordinal(rank)}`;
  return `${place}: ${listInWords(at.map((row) => row.council.name))}, ${formatIndicatorValue(at[0]!.value, unit)}.`;
}

/** The chart's text alternative, and the sentence above it. */
export function rankedChartSummary(table: Pick<IndicatorTable, 'rows' | 'indicator' | 'year' | 'ranking' | 'counted' | 'median' | 'scotland'>): string {
  const { indicator, year, ranking, counted, median, scotland } = table;
  const rows = ranked(table);
  if (rows.length === 0) return `No council has a figure for ${indicator.title} in ${year}.`;
  const end = endOfOrder(indicator.unit, ranking.highestFirst);
  const opening =
    ranking.meaning === 'better'
      ? `Councils ranked on ${indicator.title}, ${year}. 1st is the ${end}.`
      : `Councils in order on ${indicator.title}, ${year}, counted from the ${end}.`;
  const first = placeSentence(rows, rows[0]!.rank, indicator.unit);
  const lastRank = rows.at(-1)!.rank;
  const last = lastRank === rows[0]!.rank ? [] : [placeSentence(rows, lastRank, indicator.unit)];
  const missing = table.rows.length - counted;
  const noFigure = missing === 0 ? [] : [`${missing} ${missing === 1 ? 'council has' : 'councils have'} no figure.`];
  const middle = median === undefined ? [] : [`The median of the ${counted} councils is ${formatIndicatorValue(median, indicator.unit)}.`];
  const scotlandSentence = scotland.value === undefined ? ['Scotland has no figure.'] : [`Scotland’s figure is ${formatIndicatorValue(scotland.value, indicator.unit)}.`];
  return [opening, first, ...last, ...noFigure, ...middle, ...scotlandSentence].join(' ');
}
