/**
 * The statutory annual report of a plan for one reporting year (1 April to 31 March), composed from
 * that year's progress reports and figures: plain data for the page `/<plan>/annual-report/<year>/`.
 * Nothing is filled in: a quarter with no report, an outcome a report does not cover and a measure
 * with no figure in the year are all kept and marked, for the page to say so.
 */
import type { Plan, Report } from '../schemas';
import type { Entry, SiteIndex } from './relations';
import { actionsAtYearEnd, actionYearScope, type ActionGroup } from './annual-report/actions';
import { coverageOf, type Coverage } from './annual-report/coverage';
import { measuresOverYear, type MeasureOverYear } from './annual-report/measures';
import { outcomesOverYear, type PriorityOverYear } from './annual-report/outcomes';
import {
  changeRequestsOfYear,
  deliveryPlanCompletionOfYear,
  nextStepsOfYear,
  risksOverYear,
  type NextStep,
  type RiskOverYear,
} from './annual-report/report-sections';
import { reportingYearFromId, reportingYearOf, type ReportingYear } from './annual-report/reporting-year';
import { ANNUAL_REPORT_REQUIRED_BY, NOT_IN_QUARTERLY_REPORTS, type StatutoryRequirement } from './annual-report/statutory';

export { reportingYearFromId, reportingYearOf, reportingYears, type ReportingYear } from './annual-report/reporting-year';
export type { ActionAtYearEnd, ActionGroup, ActionGroupName, ActionUpdateInYear } from './annual-report/actions';
export type { Coverage, QuarterCoverage, QuarterState, YearState } from './annual-report/coverage';
export type { ChangeOverYear, FigureInYear, MeasureOverYear } from './annual-report/measures';
export type { OutcomeInReport, OutcomeOverYear, PriorityOverYear } from './annual-report/outcomes';
export type { NextStep, RiskOverYear } from './annual-report/report-sections';
export type { StatutoryRequirement } from './annual-report/statutory';

export interface AnnualReport {
  plan: Entry<Plan>;
  year: ReportingYear;
  /** The day statuses are given at: the year's last day, or `today` while the year is still running. */
  asAt: string;
  /** The law that asks for the report, for the kinds of plan it applies to. */
  requiredBy?: string;
  /** The reports whose period starts in the year, oldest first. */
  reports: Entry<Report>[];
  coverage: Coverage;
  /** Every outcome of the plan, by priority in plan order, with one entry per report. */
  outcomes: PriorityOverYear[];
  /** Every action of the plan, grouped by its status at `asAt`. */
  actions: ActionGroup[];
  /** Every measure of the plan, in plan order. */
  measures: MeasureOverYear[];
  /** Every risk the year's reports raise, each once, in the order first raised. */
  risks: RiskOverYear[];
  /** The forward look: the next steps of the year's latest report; undefined when the year has no report. */
  nextSteps?: { periodLabel: string; steps: NextStep[] };
  changeRequests: Array<{ periodLabel: string; changeRequests: string }>;
  deliveryPlanCompletion: Array<{ periodLabel: string; percent: number }>;
  /** What the law asks the annual report to cover that the progress reports do not record. */
  notInReports: StatutoryRequirement[];
}

function yearNamed(yearId: string): ReportingYear {
  const year = reportingYearFromId(yearId);
  if (!year) throw new Error(`"${yearId}" is not a reporting year. Write it like 2021-22.`);
  return year;
}

/** `today` is an ISO date: statuses and "overdue" are as at the end of the year, or today if that is earlier. */
export function composeAnnualReport(site: SiteIndex, planId: string, yearId: string, today: string): AnnualReport {
  const plan = site.planById.get(planId);
  if (!plan) throw new Error(`No plan has the id "${planId}".`);
  const year = yearNamed(yearId);
  const asAt = today < year.end ? today : year.end;
  const planReports = site.reportsByPlan.get(planId) ?? [];
  // reportsByPlan is newest first; read backwards it is oldest first, ties in id order.
  const reports = planReports.filter((report) => reportingYearOf(report.data.period.start).id === year.id).reverse();
  return {
    plan,
    year,
    asAt,
    requiredBy: ANNUAL_REPORT_REQUIRED_BY[plan.data.kind],
    reports,
    coverage: coverageOf(year, reports.map((report) => report.data.period), today),
    outcomes: outcomesOverYear(site, planId, reports),
    actions: actionsAtYearEnd(site, planId, actionYearScope(planReports, reports, year.end, asAt)),
    measures: measuresOverYear(site, planId, year),
    risks: risksOverYear(reports),
    nextSteps: nextStepsOfYear(reports),
    changeRequests: changeRequestsOfYear(reports),
    deliveryPlanCompletion: deliveryPlanCompletionOfYear(reports),
    notInReports: NOT_IN_QUARTERLY_REPORTS[plan.data.kind],
  };
}
