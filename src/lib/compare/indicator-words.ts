/**
 * An indicator's figures and order in words: "84.1%", "£4,960.34", "12.5 per 1,000 pupils"; "1st is
 * the highest share". Units are the LGBF's own ("tariff score", "per 1,000 pupils"…).
 */
import type { ComparisonIndicator } from '../../schemas/comparison';
import { formatValue } from '../format';
import type { Ranking } from './rank';

const MEASURE_UNITS = new Set(['%', '£', 'percentage points']);

export function formatIndicatorValue(value: number, unit: string): string {
  if (MEASURE_UNITS.has(unit)) return formatValue(value, unit as '%' | '£' | 'percentage points');
  if (unit === 'tariff score') return formatValue(value);
  return `${formatValue(value)} ${unit}`;
}

/** What the figure is, for "the highest share", "by cost". */
export function figureNoun(unit: string): string {
  if (unit === '%') return 'share';
  if (unit === '£') return 'cost';
  if (unit === 'percentage points') return 'gap';
  if (unit === 'tariff score') return 'score';
  if (unit.startsWith('per ')) return 'rate';
  return 'figure';
}

/** "highest share" or "lowest share"; a gap is "largest" or "smallest". */
export function endOfOrder(unit: string, highest: boolean): string {
  const noun = figureNoun(unit);
  if (noun === 'gap') return `${highest ? 'largest' : 'smallest'} gap`;
  return `${highest ? 'highest' : 'lowest'} ${noun}`;
}

/** Which end rank 1 is: "1st is the highest share", or for costs "counted from the lowest cost". */
export function rankOrderInWords(indicator: Pick<ComparisonIndicator, 'unit'>, ranking: Ranking): string {
  const end = endOfOrder(indicator.unit, ranking.highestFirst);
  return ranking.meaning === 'better' ? `1st is the ${end}` : `counted from the ${end}`;
}
