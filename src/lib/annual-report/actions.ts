/**
 * Each action's status at the end of the year (or on `today`, while the year runs): the newest status
 * in that year's or an earlier year's report, else the action's own, judged overdue by the site's one
 * rule (action-status.ts) on that day. Later years' reports are left out: they were not yet written.
 */
import type { Action, Report } from '../../schemas';
import { displayedStatus, type DisplayedActionStatus } from '../action-status';
import { currentStatus, type ActionUpdate } from '../progress';
import type { Entry, SiteIndex } from '../relations';
import { actionsInPlanOrder } from './plan-order';

export interface ActionUpdateInYear {
  periodLabel: string;
  status?: ActionUpdate['status'];
  commentary?: string;
}

export interface ActionAtYearEnd {
  action: Entry<Action>;
  status: DisplayedActionStatus;
  /** Period label of the report that gave the status; undefined when it is the action's own. */
  statusReportedIn?: string;
  /** The year's reports' updates, oldest first. */
  updates: ActionUpdateInYear[];
}

export type ActionGroupName = 'complete' | 'in progress' | 'overdue' | 'other';

export interface ActionGroup {
  /** "other" holds not started, on hold and not stated: each action keeps its own `status`. */
  group: ActionGroupName;
  actions: ActionAtYearEnd[];
}

const GROUPS: ActionGroupName[] = ['complete', 'in progress', 'overdue', 'other'];

const groupOf = (status: DisplayedActionStatus): ActionGroupName =>
  status === 'complete' || status === 'in progress' || status === 'overdue' ? status : 'other';

export interface ActionYearScope {
  /** Ids of the reports of this year and earlier years. */
  reportsSoFar: Set<string>;
  /** Ids of this year's reports. */
  yearReports: Set<string>;
  /** The day statuses are given at. */
  asAt: string;
}

function actionAtYearEnd(site: SiteIndex, action: Entry<Action>, scope: ActionYearScope): ActionAtYearEnd {
  const updates = (site.progress.actionUpdates.get(action.id) ?? []).filter((update) => scope.reportsSoFar.has(update.report.id));
  const status = currentStatus(action.data.status, updates);
  return {
    action,
    status: displayedStatus({ status, completionTarget: action.data.completionTarget }, scope.asAt),
    statusReportedIn: updates.find((update) => update.status !== undefined)?.report.periodLabel,
    updates: updates
      .filter((update) => scope.yearReports.has(update.report.id))
      .reverse()
      .map((update) => ({ periodLabel: update.report.periodLabel, status: update.status, commentary: update.commentary })),
  };
}

/** Every action of the plan, in plan order within four groups that are always present, in the order complete, in progress, overdue, other. */
export function actionsAtYearEnd(site: SiteIndex, planId: string, scope: ActionYearScope): ActionGroup[] {
  const actions = actionsInPlanOrder(site, planId).map((action) => actionAtYearEnd(site, action, scope));
  return GROUPS.map((group) => ({ group, actions: actions.filter((action) => groupOf(action.status) === group) }));
}

/** The scope for a year whose reports are `yearReports`, among all the plan's `planReports`. */
export function actionYearScope(planReports: Entry<Report>[], yearReports: Entry<Report>[], yearEnd: string, asAt: string): ActionYearScope {
  return {
    reportsSoFar: new Set(planReports.filter((report) => report.data.period.start <= yearEnd).map((report) => report.id)),
    yearReports: new Set(yearReports.map((report) => report.id)),
    asAt,
  };
}
