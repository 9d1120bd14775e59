import { countByStatus, displayedStatus, type DisplayedActionStatus, type StatusCounts } from '../lib/action-status';
import { compareLatestReports, currentStatus, type Comparison } from '../lib/progress';
import type { Entry } from '../lib/relations';
import type { TrendStatus } from '../lib/trend';
import type { Action, Report } from '../schemas';
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

export interface Dashboard {
  actions: StatusCounts;
  measureTrends: Array<{ status: TrendStatus; count: number }>;
  measureCount: number;
  /** The newest report that covers this plan or priority. */
  latestReport?: Entry<Report>;
  comparison?: Comparison;
}

/** Everything the progress dashboard of a plan, or of one of its priorities, shows. */
export function dashboardOf(site: Site, planId: string, priorityId?: string): Dashboard {
  const priorities = priorityId ? [site.priorityById.get(priorityId)!] : (site.prioritiesByPlan.get(planId) ?? []);
  const actions = priorities.flatMap((priority) => actionsOfPriority(site, priority.id));
  const outcomes = priorities.flatMap((priority) => site.outcomesByPriority.get(priority.id) ?? []);
  const owners = [...priorities, ...outcomes, ...actions].map((entry) => entry.id);
  const measures = owners.flatMap((owner) => site.measuresByOwner.get(owner) ?? []);

  const trendCounts = new Map<TrendStatus, number>();
  for (const measure of measures) {
    const status = measureViewOf(site, measure.id).trend.status;
    trendCounts.set(status, (trendCounts.get(status) ?? 0) + 1);
  }

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
    measureTrends: TREND_ORDER.filter((status) => trendCounts.has(status)).map((status) => ({ status, count: trendCounts.get(status)! })),
    measureCount: measures.length,
    latestReport: reports[0],
    comparison,
  };
}
