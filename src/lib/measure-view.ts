import type { Measure } from '../schemas/measure';
import { areaLabel } from './area';
import { summariseFigures } from './measure-summary';
import { comparePeriods, parsePeriod, type Period } from './period';
import {
  assessTarget,
  assessTrend,
  DEFAULT_CRITERIA,
  describeCriteria,
  type CriteriaForChange,
  type Point,
  type TargetAssessment,
  type TrendAssessment,
} from './trend';

export interface SeriesRowInput {
  period: string;
  value: number;
  area: string;
  flag: string;
  footnote: string;
}

export interface ViewRow extends SeriesRowInput {
  /** The area the figure is for, with the plan's own area filled in. */
  area: string;
  parsedPeriod: Period;
}

export interface MeasureView {
  /** The plan's own area, which figures without an area are for. */
  area: string;
  /** Every figure, in time order, the plan's own area first within a period. */
  rows: ViewRow[];
  /** The plan's own area's figures, in time order. */
  points: Point[];
  /** Other areas (e.g. Scotland), for comparison. */
  comparators: Array<{ area: string; points: Point[] }>;
  trend: TrendAssessment;
  target?: TargetAssessment;
  criteria: CriteriaForChange;
  criteriaText: string;
  summary: string;
}

function toPeriod(label: string): Period {
  const result = parsePeriod(label);
  // Series periods are checked when the CSV is read; this cannot fail on validated content.
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Everything a page says about a measure's figures: its series by area, trend, target and summary sentence. */
export function viewMeasure(measure: Measure, seriesRows: SeriesRowInput[], planArea: string): MeasureView {
  const spellings = new Map<string, string>();
  const rows: ViewRow[] = seriesRows
    .map((row) => ({ ...row, area: areaLabel(row.area, planArea, spellings), parsedPeriod: toPeriod(row.period) }))
    .sort((a, b) => comparePeriods(a.parsedPeriod, b.parsedPeriod) || Number(b.area === planArea) - Number(a.area === planArea) || a.area.localeCompare(b.area));
  const pointsIn = (area: string): Point[] => rows.filter((row) => row.area === area).map((row) => ({ period: row.parsedPeriod, value: row.value }));
  const points = pointsIn(planArea);
  const comparators = [...new Set(rows.map((row) => row.area))].filter((area) => area !== planArea).map((area) => ({ area, points: pointsIn(area) }));

  const criteria: CriteriaForChange = measure.criteriaForChange ? { ...measure.criteriaForChange, stated: true } : DEFAULT_CRITERIA;
  const baseline = measure.baseline?.value !== undefined && measure.baseline.period ? { period: measure.baseline.period, value: measure.baseline.value } : undefined;
  const trend = assessTrend(points, measure.betterDirection, criteria, baseline);
  const target = measure.target ? assessTarget(points, measure.betterDirection, measure.target) : undefined;
  return {
    area: planArea,
    rows,
    points,
    comparators,
    trend,
    target,
    criteria,
    criteriaText: describeCriteria(criteria, measure.unit),
    summary: summariseFigures({ area: planArea, points, comparators, unit: measure.unit, trend, baselineStated: baseline !== undefined, target: measure.target, targetStatus: target }),
  };
}

/** The figures as a grid: one row per period, in time order, and one column per area, the plan's own area first. */
export interface FigureGrid {
  periods: string[];
  areas: string[];
  /** `figures[p][a]` is the figure for `periods[p]` in `areas[a]`; undefined where that area has none for the period. */
  figures: Array<Array<ViewRow | undefined>>;
}

export function figureGrid(view: Pick<MeasureView, 'area' | 'rows'>): FigureGrid {
  // "2019/20" and "2019-20" are one period: rows are grouped by when the period runs, and labelled as first written.
  const when = (row: ViewRow) => `${row.parsedPeriod.start}|${row.parsedPeriod.end}`;
  const labels = new Map<string, string>();
  for (const row of view.rows) if (!labels.has(when(row))) labels.set(when(row), row.parsedPeriod.label);
  const areas = [...new Set(view.rows.map((row) => row.area))].sort((a, b) => Number(b === view.area) - Number(a === view.area));
  // The content check allows one figure per period and area, so a key finds at most one row.
  const byPeriodAndArea = new Map(view.rows.map((row) => [`${when(row)}\0${row.area}`, row]));
  return { periods: [...labels.values()], areas, figures: [...labels.keys()].map((period) => areas.map((area) => byPeriodAndArea.get(`${period}\0${area}`))) };
}

/** A figure's flag and footnote as one note ("estimated. Smaller sample during the pandemic"); empty when it has neither. */
export function figureNote(figure: Pick<ViewRow, 'flag' | 'footnote'> | undefined): string {
  return figure ? [figure.flag, figure.footnote].filter(Boolean).join('. ') : '';
}
