import { countByStatus, displayedStatus, type DisplayedActionStatus, type StatusCounts } from '../lib/action-status';
import { compareLatestReports, currentStatus, type Comparison } from '../lib/progress';
import type { Entry } from '../lib/relations';
import type { TrendStatus } from '../lib/trend';
import type { Action, Measure, Report } from '../schemas';
import type { Site } from './index';
import { actionsOfPriority } from './linked';
import { measureViewOf } from './measures';
import { buildDate } from './page';

/** An action's status after its reports, as readers see it (including "overdue"). */
export function statusOfAction(site: Site, action: Entry<Action>): DisplayedActionStatus {
  return displayedStatus(
    { status: currentStatus(action.data.status, site.progress.actionUpdates.get(action.id)), completionTarget: action.data.completionTarget },
    buildDate,
  );
}

export function statusCounts(site: Site, actions: Entry<Action>[]): StatusCounts {
  return countByStatus(
    actions.map((action) => ({
      status: currentStatus(action.data.status, site.progress.actionUpdates.get(action.id)),
      completionTarget: action.data.completionTarget,
    })),
    buildDate,
  );
}

const TREND_ORDER: TrendStatus[] = ['improving', 'maintaining', 'worsening', 'information only', 'insufficient data'];

export interface TrendCounts {
  count: number;
  byTrend: Array<{ status: TrendStatus; count: number }>;
}

export interface Dashboard {
  actions: StatusCounts;
  /** The plan's own measures. */
  measures: TrendCounts;
  /** Published statistics shown beside them for context, which are not the plan's measures. */
  contextStatistics: TrendCounts;
  /** The newest report that covers this plan or priority. */
  latestReport?: Entry<Report>;
  comparison?: Comparison;
}

function trendCounts(site: Site, measures: Entry<Measure>[]): TrendCounts {
  const counts = new Map<TrendStatus, number>();
  for (const measure of measures) {
    const status = measureViewOf(site, measure.id).trend.status;
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return { count: measures.length, byTrend: TREND_ORDER.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! })) };
}

/** Everything the progress dashboard of a plan, or of one of its priorities, shows. */
export function dashboardOf(site: Site, planId: string, priorityId?: string): Dashboard {
  const priorities = priorityId ? [site.priorityById.get(priorityId)!] : (site.prioritiesByPlan.get(planId) ?? []);
  const actions = priorities.flatMap((priority) => actionsOfPriority(site, priority.id));
  const outcomes = priorities.flatMap((priority) => site.outcomesByPriority.get(priority.id) ?? []);
  const owners = [...priorities, ...outcomes, ...actions].map((entry) => entry.id);
  const measures = [...new Map(owners.flatMap((owner) => site.measuresByOwner.get(owner) ?? []).map((measure) => [measure.id, measure])).values()];


  const inScope = new Set([...owners, ...measures.map((measure) => measure.id)]);
  const priorityIdOf = (report: Entry<Report>) => (report.data.priority ? `${planId}/priorities/${report.data.priority}` : undefined);
  const reports = (site.reportsByPlan.get(planId) ?? []).filter((report) => !priorityId || !report.data.priority || priorityIdOf(report) === priorityId);
  const comparison = compareLatestReports(
    reports,
    site.progress,
    (actionId) => site.actionById.get(actionId)!.data.status,
    (id) => inScope.has(id),
  );

  return {
    actions: statusCounts(site, actions),
    measures: trendCounts(site, measures.filter((measure) => !measure.data.context)),
    contextStatistics: trendCounts(site, measures.filter((measure) => measure.data.context)),
    latestReport: reports[0],
    comparison,
  };
}
