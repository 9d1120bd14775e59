/**
 * The indicators in groups a reader can scan (the /compare/ page, a council's page): costs; attainment
 * and school life; looked-after children and child protection; early years; child poverty. Groups go by
 * LGBF code, in page order; a code no group names goes under "Other indicators", so a new indicator in
 * the data is never left off a page.
 */
import type { ComparisonIndicator } from '../../schemas/comparison';

export type IndicatorGroupId = 'costs' | 'attainment' | 'looked-after' | 'early-years' | 'poverty' | 'other';

export interface IndicatorGroup<T extends Pick<ComparisonIndicator, 'code'> = ComparisonIndicator> {
  id: IndicatorGroupId;
  title: string;
  /** In the order given (indicators.yaml's). */
  indicators: T[];
}

/** The costs, cash and adjusted for inflation (-Real). */
const COST = /^CHN(?:1|2|3|8a|8b)(?:-Real)?$/;

const GROUPS: ReadonlyArray<{ id: IndicatorGroupId; title: string; codes?: readonly string[] }> = [
  { id: 'costs', title: 'Costs' },
  {
    id: 'attainment',
    title: 'Attainment and school',
    codes: ['CHN4', 'CHN5', 'CHN6', 'CHN7', 'CHN10', 'CHN11', 'CHN12a', 'CHN12b', 'CHN12c', 'CHN12d', 'CHN12e', 'CHN12f', 'CHN13a', 'CHN13b', 'CHN14a', 'CHN14b', 'CHN19a', 'CHN20a', 'CHN21'],
  },
  { id: 'looked-after', title: 'Looked-after children and child protection', codes: ['CHN9', 'CHN19b', 'CHN20b', 'CHN22', 'CHN23'] },
  { id: 'early-years', title: 'Early years', codes: ['CHN17', 'CHN18'] },
  { id: 'poverty', title: 'Child poverty', codes: ['CHN24'] },
  { id: 'other', title: 'Other indicators' },
];

export function indicatorGroupOf(indicator: Pick<ComparisonIndicator, 'code'>): IndicatorGroupId {
  if (COST.test(indicator.code)) return 'costs';
  return GROUPS.find((group) => group.codes?.includes(indicator.code))?.id ?? 'other';
}

/** Every indicator once, in its group; groups in page order, empty ones left out. */
export function groupIndicators<T extends Pick<ComparisonIndicator, 'code'>>(indicators: readonly T[]): Array<IndicatorGroup<T>> {
  return GROUPS.map(({ id, title }) => ({ id, title, indicators: indicators.filter((indicator) => indicatorGroupOf(indicator) === id) })).filter((group) => group.indicators.length > 0);
}
