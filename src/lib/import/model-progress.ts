/**
 * Progress: a status and a commentary per action (or a RAG colour per outcome) for each quarter,
 * from a progress sheet with a pair of columns per quarter ("2024/25 Q1 RAG", "2024/25 Q1 Update")
 * or a row per update with a period column. Each period becomes one progress report; a report the
 * plan already has for that period is the same report.
 */
import { parsePeriod } from '../period';
import { reportSlug } from '../scaffold';
import type { Cell } from './grid';
import { cellAddress } from './grid';
import type { LayoutRow, LayoutSheet } from './layout';
import { comparable, type ModelContext } from './model-context';
import type { ActionBuilder } from './model-actions';
import type { HierarchyBuilder } from './model-hierarchy';
import { splitNumbering } from './numbering';
import type { ModelAction, ModelOutcome, ModelReport } from './plan-model';
import { readActionStatus, readRag, statusWordsMessage, type StatusMap } from './status-words';

type Update = { period: string; periodAt: string; status?: Cell; commentary?: Cell };

export class ProgressReader {
  readonly reports: ModelReport[] = [];

  constructor(
    private readonly context: ModelContext,
    private readonly hierarchy: HierarchyBuilder,
    private readonly actions: ActionBuilder,
    private readonly statuses: StatusMap,
  ) {}

  /** The report for a period as written: the plan's own for that period, or a new one. */
  private reportFor(period: string, at: string): ModelReport | undefined {
    const read = parsePeriod(period);
    // One quarter may be written two ways ("2024/25 Q1", "Q1 2024/25"): the same days are the same report.
    const found = this.reports.find(
      (report) => comparable(report.period.label) === comparable(period) || (read.ok && report.period.start === read.value.start && report.period.end === read.value.end),
    );
    if (found) return found;
    const existing = this.context.existing.reports.find((report) => comparable(report.label) === comparable(period));
    if (!existing && !read.ok) {
      this.context.problem(at, `the period "${period}" cannot be read, so its report cannot be dated. ${read.error}`);
      return undefined;
    }
    const sameDates = read.ok ? this.context.existing.reports.find((report) => report.start === read.value.start && report.end === read.value.end) : undefined;
    const match = existing ?? sameDates;
    const id = match?.id ?? this.context.newId('reports', reportSlug(period), 'report');
    const report: ModelReport = {
      id,
      period: match ? { label: match.label, start: match.start, end: match.end } : { label: period, start: read.ok ? read.value.start : '', end: read.ok ? read.value.end : '' },
      actions: [],
      outcomes: [],
      at,
    };
    this.reports.push(report);
    return report;
  }

  private updatesOf(sheet: LayoutSheet, row: LayoutRow): Update[] {
    const headerAt = new Map(sheet.columns.filter((column) => column.period).map((column) => [column.period!, cellAddress(sheet, column.ref)]));
    const updates = new Map<string, Update>();
    for (const { period, field, cell } of row.periods) {
      const update = updates.get(period) ?? { period, periodAt: headerAt.get(period)! };
      if (field === 'status') update.status = cell;
      if (field === 'commentary') update.commentary = cell;
      updates.set(period, update);
    }
    if (row.values.period && (row.values.status || row.values.commentary)) {
      updates.set(row.values.period.text, { period: row.values.period.text, periodAt: cellAddress(sheet, row.values.period.ref), status: row.values.status, commentary: row.values.commentary });
    }
    return [...updates.values()];
  }

  /** The action or outcome a progress row is about. */
  private subjectOf(sheet: LayoutSheet, row: LayoutRow): { action: ModelAction } | { outcome: ModelOutcome } | undefined {
    const { id, reference, action, outcome } = row.values;
    const named = action ?? reference ?? id;
    if (named) {
      const wantedReference = reference && comparable(reference.text);
      const wantedTitle = action && comparable(splitNumbering(action.text).title);
      const found = this.actions.actions.find(
        (candidate) =>
          (id && candidate.id === id.text) ||
          (wantedReference && candidate.reference && comparable(candidate.reference) === wantedReference) ||
          (wantedTitle && comparable(candidate.title) === wantedTitle),
      );
      const existing = found ? undefined : this.context.match('actions', { id: id?.text, reference: reference?.text, title: action ? splitNumbering(action.text).title : '' });
      if (found || existing) return { action: found ?? ({ id: existing!.id, title: existing!.title } as ModelAction) };
      if (wantedTitle && this.actions.rejected.has(wantedTitle)) return undefined;
      this.context.problem(cellAddress(sheet, named.ref), `there is no action "${named.text}" in the action plan or the plan. Write its reference or title as the action plan does.`);
      return undefined;
    }
    if (outcome) {
      const found = this.hierarchy.findOutcome(outcome.text);
      const existing = found ? undefined : this.context.match('outcomes', { title: splitNumbering(outcome.text).title });
      if (found || existing) return { outcome: found ?? ({ id: existing!.id, title: existing!.title } as ModelOutcome) };
      this.context.problem(cellAddress(sheet, outcome.ref), `there is no outcome "${outcome.text}" in the plan. Write it as the action plan does.`);
    }
    return undefined;
  }

  readProgressSheet(sheet: LayoutSheet): void {
    for (const row of sheet.rows) {
      const updates = this.updatesOf(sheet, row).filter((update) => update.status || update.commentary);
      if (updates.length === 0) continue;
      const subject = this.subjectOf(sheet, row);
      if (!subject) continue;
      for (const update of updates) {
        const report = this.reportFor(update.period, update.periodAt);
        if (report) this.addUpdate(sheet, report, subject, update);
      }
    }
  }

  private addUpdate(sheet: LayoutSheet, report: ModelReport, subject: { action: ModelAction } | { outcome: ModelOutcome }, update: Update): void {
    const commentary = update.commentary?.text;
    if ('action' in subject) {
      const status = update.status ? readActionStatus(update.status.text, this.statuses) : undefined;
      if (update.status && !status) return void this.context.problem(cellAddress(sheet, update.status.ref), statusWordsMessage(update.status.text));
      report.actions.push({ action: subject.action.id, ...(status ? { status } : {}), ...(commentary ? { commentary } : {}) });
      return;
    }
    const rag = update.status ? readRag(update.status.text) : undefined;
    if (update.status && !rag) return void this.context.problem(cellAddress(sheet, update.status.ref), `the RAG status "${update.status.text}" is not red, amber or green. Write one of those, or leave it blank.`);
    report.outcomes.push({ outcome: subject.outcome.id, ragStatus: rag ?? 'not stated', ...(commentary ? { commentary } : {}) });
  }
}
