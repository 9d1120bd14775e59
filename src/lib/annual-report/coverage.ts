/**
 * Which parts of a reporting year its reports cover. Quarters come from the reports' dates, not their
 * labels: a report counts for every month its period touches, so a half-year report covers two quarters.
 */
import { financialQuarter } from '../calendar';
import type { ReportingYear } from './reporting-year';

export type QuarterState = 'reported' | 'partly reported' | 'not reported';
export type YearState = 'ended' | 'in progress' | 'not started';

export interface QuarterCoverage {
  number: 1 | 2 | 3 | 4;
  /** "2021/22 Q1". */
  label: string;
  /** "April to June 2021". */
  months: string;
  start: string;
  end: string;
  /** "partly reported" when reports cover only some of its months. */
  state: QuarterState;
  /** Period labels of the reports that cover any of its months, oldest first. */
  reportedIn: string[];
  /** False while the quarter is still running, or yet to come. */
  ended: boolean;
}

export interface Coverage {
  /** Period labels of the year's reports, oldest first. */
  reported: string[];
  quarters: QuarterCoverage[];
  /** Labels of the quarters no report covers at all. */
  missingQuarters: string[];
  /** True when the reports cover every month of the year. */
  complete: boolean;
  /** Whether the year is over on `today`: a report on a year "in progress" must say so. */
  yearState: YearState;
}

interface ReportPeriod {
  label: string;
  start: string;
  end: string;
}

const QUARTER_MONTHS = ['April to June', 'July to September', 'October to December', 'January to March'] as const;

/** Months counted from the year's April (0) to its March (11). */
function monthOfYear(isoDay: string, year: ReportingYear): number {
  return (Number(isoDay.slice(0, 4)) - Number(year.start.slice(0, 4))) * 12 + Number(isoDay.slice(5, 7)) - 4;
}

function monthsCovered(period: ReportPeriod, year: ReportingYear): Set<number> {
  const first = monthOfYear(period.start > year.start ? period.start : year.start, year);
  const last = monthOfYear(period.end < year.end ? period.end : year.end, year);
  const months = new Set<number>();
  for (let month = first; month <= last; month += 1) months.add(month);
  return months;
}

function quarterOf(year: ReportingYear, index: number, periods: Array<{ label: string; months: Set<number> }>, today: string): QuarterCoverage {
  const firstYear = Number(year.start.slice(0, 4));
  const { start, end } = financialQuarter(firstYear, String(firstYear + 1), index + 1)!;
  const months = [0, 1, 2].map((offset) => index * 3 + offset);
  const covered = months.filter((month) => periods.some((period) => period.months.has(month))).length;
  return {
    number: (index + 1) as QuarterCoverage['number'],
    label: `${year.label} Q${index + 1}`,
    months: `${QUARTER_MONTHS[index]} ${end.slice(0, 4)}`,
    start,
    end,
    state: covered === 3 ? 'reported' : covered > 0 ? 'partly reported' : 'not reported',
    reportedIn: periods.filter((period) => months.some((month) => period.months.has(month))).map((period) => period.label),
    ended: end < today,
  };
}

export function yearStateOn(year: ReportingYear, today: string): YearState {
  if (today > year.end) return 'ended';
  return today < year.start ? 'not started' : 'in progress';
}

/** `periods` are the year's reports' periods, oldest first. */
export function coverageOf(year: ReportingYear, periods: ReportPeriod[], today: string): Coverage {
  const withMonths = periods.map((period) => ({ label: period.label, months: monthsCovered(period, year) }));
  const quarters = QUARTER_MONTHS.map((_, index) => quarterOf(year, index, withMonths, today));
  return {
    reported: periods.map((period) => period.label),
    quarters,
    missingQuarters: quarters.filter((quarter) => quarter.state === 'not reported').map((quarter) => quarter.label),
    complete: quarters.every((quarter) => quarter.state === 'reported'),
    yearState: yearStateOn(year, today),
  };
}
