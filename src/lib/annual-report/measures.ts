/**
 * What a year brought for each measure: the plan's own area's figures for periods inside the year, the
 * change over the year, and the trend as the measure page would have judged it on the year's last day
 * (figures for later periods left out, so an old year's report does not change as new figures arrive).
 */
import { measureKinds, type Measure } from '../../schemas/measure';
import { viewMeasure, type MeasureView, type SeriesRowInput } from '../measure-view';
import { parsePeriod } from '../period';
import type { Entry, SiteIndex } from '../relations';
import { judgeChange, type Point, type TargetStatus, type TrendStatus } from '../trend';
import { measuresInPlanOrder } from './plan-order';
import { isWithinYear, type ReportingYear } from './reporting-year';

export interface FigureInYear {
  period: string;
  value: number;
  flag: string;
  footnote: string;
}

export interface ChangeOverYear {
  from: { period: string; value: number };
  to: { period: string; value: number };
  /** True when `from` is the latest figure before the year; false when it is the year's first. */
  fromBeforeYear: boolean;
  status: Exclude<TrendStatus, 'insufficient data'>;
}

export interface MeasureOverYear {
  measure: Entry<Measure>;
  /** "Figures over time", "Milestone" or "Evidence in words". */
  kindLabel: (typeof measureKinds)[Measure['kind']];
  /** A published statistic shown for context, not one of the plan's own measures. */
  context: boolean;
  /** The year's figures for the plan's own area, in time order; empty when there are none ("No new figures this year"). */
  figures: FigureInYear[];
  /** Undefined when there are not two figures to compare. */
  change?: ChangeOverYear;
  /** Latest figure against the one before, as the measure page judged it at the end of the year. */
  trend: TrendStatus;
  /** Against the target, where the measure has one. */
  target?: TargetStatus;
}

const endsBy = (row: SeriesRowInput, day: string) => {
  const period = parsePeriod(row.period);
  return period.ok && period.value.end <= day;
};

const figure = (point: Point) => ({ period: point.period.label, value: point.value });

function changeOverYear(view: MeasureView, measure: Measure, year: ReportingYear): ChangeOverYear | undefined {
  const before = view.points.filter((point) => point.period.end < year.start).at(-1);
  const within = view.points.filter((point) => isWithinYear(point.period, year));
  const from = before ?? within[0];
  const to = within.at(-1);
  if (!from || !to || from === to) return undefined;
  return { from: figure(from), to: figure(to), fromBeforeYear: before !== undefined, status: judgeChange(from.value, to.value, measure.betterDirection, view.criteria) };
}

function measureOverYear(site: SiteIndex, measure: Entry<Measure>, planArea: string, year: ReportingYear): MeasureOverYear {
  const rows = (site.seriesByMeasure.get(measure.id)?.data.rows ?? []).filter((row) => endsBy(row, year.end));
  const view = viewMeasure(measure.data, rows, planArea);
  return {
    measure,
    kindLabel: measureKinds[measure.data.kind],
    context: measure.data.context,
    figures: view.rows
      .filter((row) => row.area === view.area && isWithinYear(row.parsedPeriod, year))
      .map((row) => ({ period: row.parsedPeriod.label, value: row.value, flag: row.flag, footnote: row.footnote })),
    change: changeOverYear(view, measure.data, year),
    trend: view.trend.status,
    target: view.target?.status,
  };
}

export function measuresOverYear(site: SiteIndex, planId: string, year: ReportingYear): MeasureOverYear[] {
  const planArea = site.planById.get(planId)?.data.area ?? '';
  return measuresInPlanOrder(site, planId).map((measure) => measureOverYear(site, measure, planArea, year));
}
