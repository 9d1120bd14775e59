/**
 * The year a plan's annual report covers: 1 April to 31 March. It is the "one-year period" of a
 * children's services plan (Children and Young People (Scotland) Act 2014, s.13) and the "reporting
 * year" of a local outcomes improvement plan (Community Empowerment (Scotland) Act 2015, s.8(3)).
 */
import { isoDate } from '../calendar';

export interface ReportingYear {
  /** As it appears in addresses: "2021-22". */
  id: string;
  /** As plans write it: "2021/22". */
  label: string;
  /** ISO date: 1 April. */
  start: string;
  /** ISO date: 31 March. */
  end: string;
}

export function reportingYearStartingIn(firstYear: number): ReportingYear {
  const second = String((firstYear + 1) % 100).padStart(2, '0');
  return { id: `${firstYear}-${second}`, label: `${firstYear}/${second}`, start: isoDate(firstYear, 3, 1), end: isoDate(firstYear + 1, 2, 31) };
}

/** The year a day belongs to; a day in January to March belongs to the year that began the April before. */
export function reportingYearOf(isoDay: string): ReportingYear {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDay);
  if (!match) throw new Error(`"${isoDay}" is not an ISO date (2021-04-01).`);
  const year = Number(match[1]);
  return reportingYearStartingIn(Number(match[2]) >= 4 ? year : year - 1);
}

/** "2021-22" as a reporting year; undefined when it is not one (e.g. "2021-23" or "2021/22"). */
export function reportingYearFromId(id: string): ReportingYear | undefined {
  const match = /^(\d{4})-\d{2}$/.exec(id);
  if (!match) return undefined;
  const year = reportingYearStartingIn(Number(match[1]));
  return year.id === id ? year : undefined;
}

/** The years in which at least one report's period starts, oldest first. */
export function reportingYears(reports: Array<{ data: { period: { start: string } } }>): ReportingYear[] {
  const firstDays = new Set(reports.map((report) => reportingYearOf(report.data.period.start).start));
  return [...firstDays].sort().map(reportingYearOf);
}

/** Whether a period lies wholly inside the year: "2021/22", a quarter, a month or a day in it. */
export function isWithinYear(period: { start: string; end: string }, year: ReportingYear): boolean {
  return period.start >= year.start && period.end <= year.end;
}
