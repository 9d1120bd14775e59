import type { Measure, Unit } from '../schemas/measure';
import { formatValue } from './format';
import { midYear, type Period } from './period';

export type Direction = Measure['betterDirection'];
export type TrendStatus = 'improving' | 'maintaining' | 'worsening' | 'information only' | 'insufficient data';
export type TargetStatus = 'target met' | 'on track' | 'off track' | 'no figure to check' | 'insufficient data';

export interface Point {
  period: Period;
  value: number;
}

export interface CriteriaForChange {
  kind: 'relative' | 'absolute';
  tolerance: number;
  /** False when the measure states no criteria and the site's default is used. */
  stated: boolean;
}

/** Used when a measure states no criteria for change: a change under 5% of the earlier value is no real change. */
export const DEFAULT_CRITERIA: CriteriaForChange = { kind: 'relative', tolerance: 5, stated: false };

/** Whether going from one value to another is better, worse or no real change. */
export function judgeChange(from: number, to: number, direction: Direction, criteria: CriteriaForChange): Exclude<TrendStatus, 'insufficient data'> {
  if (direction === 'none' || direction === 'not stated') return 'information only';
  const threshold = criteria.kind === 'relative' ? (Math.abs(from) * criteria.tolerance) / 100 : criteria.tolerance;
  const change = to - from;
  if (Math.abs(change) <= threshold + Number.EPSILON * Math.max(1, Math.abs(from))) return 'maintaining';
  const better = direction === 'increase' ? change > 0 : change < 0;
  return better ? 'improving' : 'worsening';
}

export interface TrendAssessment {
  /** The latest figure against the one before it. */
  status: TrendStatus;
  /** The latest figure against the baseline (or the first figure when no baseline is stated). */
  sinceBaseline: TrendStatus;
  latest?: Point;
  previous?: Point;
  baseline?: Point;
}

/** `points` must be sorted by period. */
export function assessTrend(points: Point[], direction: Direction, criteria: CriteriaForChange, baseline?: Point): TrendAssessment {
  const latest = points.at(-1);
  const previous = points.at(-2);
  const start = baseline ?? (points.length > 1 ? points[0] : undefined);
  return {
    status: latest && previous ? judgeChange(previous.value, latest.value, direction, criteria) : 'insufficient data',
    sinceBaseline: latest && start && start !== latest ? judgeChange(start.value, latest.value, direction, criteria) : 'insufficient data',
    latest,
    previous,
    baseline: start,
  };
}

/** Least-squares straight line through the points, in value per year. */
function fitLine(points: Point[]): { slope: number; intercept: number } {
  const xs = points.map((point) => midYear(point.period));
  const ys = points.map((point) => point.value);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  const spread = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  const slope = spread === 0 ? 0 : xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index]! - meanY), 0) / spread;
  return { slope, intercept: meanY - slope * meanX };
}

export interface TargetAssessment {
  status: TargetStatus;
  /** Where the trend line reaches by the target period, when projected. */
  projected?: number;
}

/**
 * Met when the latest figure has reached the target; otherwise on track when a straight line
 * through the figures reaches it by the target's period, and off track when it does not.
 */
export function assessTarget(points: Point[], direction: Direction, target: { value?: number; period?: Period }): TargetAssessment {
  if (target.value === undefined || direction === 'none' || direction === 'not stated') return { status: 'no figure to check' };
  const latest = points.at(-1);
  if (!latest) return { status: 'insufficient data' };
  const reached = (value: number) => (direction === 'increase' ? value >= target.value! : value <= target.value!);
  if (reached(latest.value)) return { status: 'target met' };
  if (points.length < 2 || !target.period) return { status: 'insufficient data' };
  const { slope, intercept } = fitLine(points);
  const projected = slope * midYear(target.period) + intercept;
  return { status: reached(projected) ? 'on track' : 'off track', projected };
}

/** The criteria for change in words, shown beside the status so readers can see how it was judged. */
export function describeCriteria(criteria: CriteriaForChange, unit?: Unit): string {
  const size = criteria.kind === 'relative' ? `${criteria.tolerance}% of the earlier figure` : formatValue(criteria.tolerance, unit);
  const rule = `A change of ${size} or less counts as maintaining; a bigger change counts as improving or worsening.`;
  return criteria.stated ? rule : `${rule} (The plan states no criteria for this measure, so this site's standard rule is used.)`;
}
