/**
 * An indicator's table in words: a rank ("3 (joint)"), a change ("+1.2, better", its unit in the column
 * heading; for a cost only "+£40.5", never better or worse), and how the ranks and quartiles are worked out.
 */
import { formatValue, ordinal } from '../format';
import type { Change } from './change';
import type { IndicatorTable } from './indicator-table';
import { endOfOrder } from './indicator-words';

/** "3", or "3 (joint)" when another council has the same figure; undefined for a council with no figure. */
export function rankInWords(row: { rank?: number; joint: boolean }): string | undefined {
  if (row.rank === undefined) return undefined;
  return row.joint ? `${row.rank} (joint)` : String(row.rank);
}

/**
 * A change's unit, for its column heading, where the figure alone does not say it: a change in a share
 * (%) is in percentage points (80% to 81.5% is +1.5 percentage points, not +1.5%); money carries its £.
 */
export function changeUnit(unit: string): string | undefined {
  if (unit === '%' || unit === 'percentage points') return 'percentage points';
  if (unit === '£' || unit === 'tariff score') return undefined;
  return unit;
}

/** A difference between two figures, with its sign, short enough for a table cell: "+1.5", "-£40.5". */
export function formatDifference(difference: number, unit: string): string {
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '';
  return `${sign}${formatValue(Math.abs(difference), unit === '£' ? '£' : undefined)}`;
}

/** A change as its table cell says it: "+1.5, better", "No change", or for a cost only "+£40.5". */
export function changeInWords(change: Change, unit: string): string {
  if (change.judgement === 'no change') return 'No change';
  const difference = formatDifference(change.difference, unit);
  return change.judgement === 'no judgement' ? difference : `${difference}, ${change.judgement}`;
}

/** "Since 2019-20", or "Since 2018-19 (2 years)" when the previous published year is more than one back. */
export function changeHeading(from: string, years: number): string {
  return years === 1 ? `Since ${from}` : `Since ${from} (${years} years)`;
}

/** How the page's ranks, quartiles and median are worked out, in short sentences. */
export function rankingMethod(table: Pick<IndicatorTable, 'indicator' | 'ranking' | 'counted' | 'year' | 'rows'>): string[] {
  const { indicator, ranking, counted, year, rows } = table;
  const end = endOfOrder(indicator.unit, ranking.highestFirst);
  const order =
    ranking.meaning === 'better'
      ? `Councils are ranked from the ${end}, so 1st is the ${end}.`
      : `Councils are placed in order from the ${end}, the order the LGBF uses. The place is only a position in that order.`;
  return [
    order,
    `Councils with the same figure share a place, and the next place is skipped (1, 2, 2, 4).`,
    `Only councils with a figure for ${year} are placed: ${counted} of ${rows.length}. Scotland is shown but not placed.`,
    `Quartiles split the placed councils into four groups of about the same size by place: quartile 1 is the first quarter, from the ${end}.`,
    `The median is the middle figure of the placed councils, or halfway between the two middle figures when their number is even.`,
  ];
}

/** "1st", "joint 3rd": a place as a sentence says it. */
export function placeInWords(row: { rank?: number; joint: boolean }): string | undefined {
  if (row.rank === undefined) return undefined;
  return `${row.joint ? 'joint ' : ''}${ordinal(row.rank)}`;
}
