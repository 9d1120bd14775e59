/**
 * Progress reports update the plan: an action's status, dated commentary on outcomes and actions,
 * and new figures for measures. This module turns a plan's reports into timelines (newest first),
 * works out each action's current status (the newest report that gives one wins, and history is kept)
 * and compares the latest report with the one before it.
 */
import type { Report } from '../schemas/report';
import type { ActionStatus, RagStatus } from '../schemas/shared';
import { partId, splitPartId } from './entry-id';
import { figureSlot } from './area';
import { addToGroup } from './group';

const planOf = (id: string) => splitPartId(id).plan;

export interface ReportRef {
  id: string;
  title: string;
  periodLabel: string;
  /** ISO date the period ends: when the update was true. */
  periodEnd: string;
}

export interface ActionUpdate {
  report: ReportRef;
  status?: Exclude<ActionStatus, 'not stated'>;
  commentary?: string;
}

export interface OutcomeUpdate {
  report: ReportRef;
  ragStatus: RagStatus;
  commentary?: string;
}

export interface ReportedFigure {
  report: ReportRef;
  period: string;
  value: number;
  area: string;
  footnote: string;
}

export interface Progress {
  /** Newest first, keyed by action id. */
  actionUpdates: Map<string, ActionUpdate[]>;
  /** Newest first, keyed by outcome id. */
  outcomeUpdates: Map<string, OutcomeUpdate[]>;
  /** Oldest report first, keyed by measure id; a later report's figure for the same period replaces an earlier one. */
  figuresByMeasure: Map<string, ReportedFigure[]>;
}

interface ReportEntry {
  id: string;
  data: Report;
}

export function reportRef(report: ReportEntry): ReportRef {
  return { id: report.id, title: report.data.title, periodLabel: report.data.period.label, periodEnd: report.data.period.end };
}

/** Newest first: by the end of the period covered, then by id so the order never depends on file order. */
export function newestFirst<T extends { id: string; data: Report }>(reports: T[]): T[] {
  return [...reports].sort((a, b) => b.data.period.end.localeCompare(a.data.period.end) || b.id.localeCompare(a.id));
}

/** `areaOfPlan` gives each plan's own area, which a figure with no area is for. */
export function collectProgress(reports: ReportEntry[], areaOfPlan: Map<string, string> = new Map()): Progress {
  const actionUpdates = new Map<string, ActionUpdate[]>();
  const outcomeUpdates = new Map<string, OutcomeUpdate[]>();
  const figuresByMeasure = new Map<string, ReportedFigure[]>();
  const ordered = newestFirst(reports);
  for (const report of ordered) {
    const plan = planOf(report.id);
    const ref = reportRef(report);
    for (const update of report.data.actions) {
      addToGroup(actionUpdates, partId(plan, 'actions', update.action), { report: ref, status: update.status, commentary: update.commentary });
    }
    for (const section of report.data.outcomes) {
      addToGroup(outcomeUpdates, partId(plan, 'outcomes', section.outcome), { report: ref, ragStatus: section.ragStatus, commentary: section.commentary });
    }
  }
  for (const report of [...ordered].reverse()) {
    const plan = planOf(report.id);
    for (const figure of report.data.figures) {
      const measureId = partId(plan, 'measures', figure.measure);
      const planArea = areaOfPlan.get(plan) ?? '';
      const slot = figureSlot(figure.period, figure.area, planArea);
      // A later report's figure for the same period and area replaces an earlier report's.
      const figures = (figuresByMeasure.get(measureId) ?? []).filter((earlier) => figureSlot(earlier.period, earlier.area, planArea) !== slot);
      figures.push({ report: reportRef(report), period: figure.period, value: figure.value, area: figure.area, footnote: figure.footnote });
      figuresByMeasure.set(measureId, figures);
    }
  }
  return { actionUpdates, outcomeUpdates, figuresByMeasure };
}

/** The status an action has after its reports: the newest report that gives a status wins over the action's own file. */
export function currentStatus(ownStatus: ActionStatus, updates: ActionUpdate[] = []): ActionStatus {
  return updates.find((update) => update.status !== undefined)?.status ?? ownStatus;
}

export type Change =
  | { kind: 'action status'; id: string; from: ActionStatus; to: ActionStatus }
  | { kind: 'outcome status'; id: string; from?: RagStatus; to: RagStatus }
  | { kind: 'overall status'; of: 'actions' | 'measures'; from: RagStatus; to: RagStatus }
  | { kind: 'commentary'; id: string }
  | { kind: 'figure'; id: string; period: string; value: number; area: string };

export interface Comparison {
  latest: ReportRef;
  /** Undefined when the latest report is the plan's first: then there is nothing to compare. */
  previous?: ReportRef;
  changes: Change[];
}

/**
 * What the latest report changed since the one before it. Reports are a plan's reports;
 * `ownStatus` gives an action's status in its own file; `includes` limits the changes to part of the plan (a priority).
 */
export function compareLatestReports(
  reports: ReportEntry[],
  progress: Progress,
  ownStatus: (actionId: string) => ActionStatus,
  includes: (id: string) => boolean = () => true,
): Comparison | undefined {
  const [latest, previous] = newestFirst(reports);
  if (!latest) return undefined;
  if (!previous) return { latest: reportRef(latest), changes: [] };
  const plan = planOf(latest.id);
  const older = <T extends { report: ReportRef }>(updates: T[] = []) => updates.filter((update) => update.report.id !== latest.id);
  const changes: Change[] = [];
  for (const of of ['actions', 'measures'] as const) {
    const from = previous.data.overallStatus[of];
    const to = latest.data.overallStatus[of];
    if (from !== to) changes.push({ kind: 'overall status', of, from, to });
  }
  for (const section of latest.data.outcomes) {
    const id = partId(plan, 'outcomes', section.outcome);
    if (!includes(id)) continue;
    const from = older(progress.outcomeUpdates.get(id))[0]?.ragStatus;
    if (from !== section.ragStatus) changes.push({ kind: 'outcome status', id, from, to: section.ragStatus });
    if (section.commentary) changes.push({ kind: 'commentary', id });
  }
  for (const update of latest.data.actions) {
    const id = partId(plan, 'actions', update.action);
    if (!includes(id)) continue;
    const from = currentStatus(ownStatus(id), older(progress.actionUpdates.get(id)));
    if (update.status && update.status !== from) changes.push({ kind: 'action status', id, from, to: update.status });
    if (update.commentary) changes.push({ kind: 'commentary', id });
  }
  for (const figure of latest.data.figures) {
    const id = partId(plan, 'measures', figure.measure);
    if (includes(id)) changes.push({ kind: 'figure', id, period: figure.period, value: figure.value, area: figure.area });
  }
  return { latest: reportRef(latest), previous: previous ? reportRef(previous) : undefined, changes };
}
