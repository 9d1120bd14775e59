/**
 * Actions, from the rows of an action plan. A row whose action cell is blank (or merged with the one
 * above) continues the action above: its improvement aim and measures are that action's too, as
 * plans' tables pair each action with the measures of its rows. A measure in a row with no action
 * belongs to the row's outcome.
 */
import { parseTimeframe } from '../timeframe';
import type { Cell } from './grid';
import { cellAddress } from './grid';
import type { LayoutRow, LayoutSheet } from './layout';
import { comparable, type ModelContext } from './model-context';
import { splitItems, type HierarchyBuilder } from './model-hierarchy';
import type { MeasureRegistry } from './model-measures';
import { splitNumbering, titleAndReference } from './numbering';
import type { ModelAction, ModelOutcome } from './plan-model';
import { readActionStatus, statusWordsMessage, type StatusMap } from './status-words';

/** Timescales that say there is no date: the action has no completion target. */
const UNDATED = /^(ongoing|on-going|continuous|tbc|tbd|to be confirmed|to be agreed|n\/?a|various|throughout|annual(ly)?|as required)\.?$/i;

export class ActionBuilder {
  readonly actions: ModelAction[] = [];
  /** Titles of action rows already reported as wrong: a progress row that names one adds no second message. */
  readonly rejected = new Set<string>();
  /** The first cell of each action, to name it when a second action has the same title. */
  private readonly firstCell = new Map<ModelAction, string>();

  constructor(
    private readonly context: ModelContext,
    private readonly hierarchy: HierarchyBuilder,
    private readonly measures: MeasureRegistry,
    private readonly statuses: StatusMap,
  ) {}

  readActionsSheet(sheet: LayoutSheet, withMeasures: boolean): void {
    let current: ModelAction | undefined;
    let currentOutcome: ModelOutcome | undefined;
    for (const row of sheet.rows) {
      const title = row.values.title;
      const outcome = title || row.values.outcome ? this.hierarchy.outcomeOf(sheet, row) : currentOutcome;
      if (!outcome) {
        if (title) this.rejected.add(comparable(splitNumbering(title.text).title));
        continue;
      }
      if (outcome !== currentOutcome) current = undefined;
      currentOutcome = outcome;
      if (title && !(title.mergedFrom && current)) current = this.addAction(sheet, row, title, outcome);
      this.addAims(row, outcome, current);
      if (withMeasures) this.addMeasures(sheet, row, outcome, current);
    }
  }

  private addAction(sheet: LayoutSheet, row: LayoutRow, title: Cell, outcome: ModelOutcome): ModelAction | undefined {
    const where = cellAddress(sheet, title.ref);
    const numbered = titleAndReference(title.text, row.values.reference?.text);
    const reference = numbered.reference;
    const twin = this.actions.find((action) => action.outcome === outcome.id && comparable(action.title) === comparable(numbered.title));
    if (twin) {
      this.context.problem(where, `there is already an action "${twin.title}" in the outcome "${outcome.title}" (${this.firstCell.get(twin)}). Give each action its own title; if it is the same action, leave this cell blank (or merge it with the one above) so its row continues that action.`);
      return undefined;
    }
    const existing = this.context.match('actions', { id: row.values.id?.text, reference, title: numbered.title, parent: outcome.id });
    const siblings = this.actions.filter((action) => action.outcome === outcome.id);
    const order = existing?.position ?? Math.max(0, ...siblings.map((action) => action.order)) + 1;
    const id = existing?.id ?? row.values.id?.text ?? this.context.newId('actions', numbered.title, `action-${order}`);
    this.context.claim('actions', id);
    const action: ModelAction = { id, title: numbered.title, outcome: outcome.id, order, improvementAim: [], at: where, ...(reference ? { reference } : {}), ...this.details(sheet, row) };
    this.actions.push(action);
    this.firstCell.set(action, where);
    return action;
  }

  private details(sheet: LayoutSheet, row: LayoutRow): Partial<ModelAction> {
    const { values } = row;
    const details: Partial<ModelAction> = {};
    if (values.lead) details.lead = values.lead.text;
    if (values.partners) details.partners = splitItems(values.partners.text);
    if (values.description) details.description = values.description.text;
    if (values.themes) details.themes = splitItems(values.themes.text).map((theme) => theme.toLowerCase().replace(/\s+/g, '-'));
    if (values.completionTarget) {
      const cell = values.completionTarget;
      const read = parseTimeframe(cell.text);
      if (read.ok) details.completionTarget = cell.text;
      else if (UNDATED.test(cell.text.trim())) this.context.unplaced.push({ at: cellAddress(sheet, cell.ref), text: cell.text, why: 'a timescale with no date is not a completion target, so the action has none' });
      else this.context.problem(cellAddress(sheet, cell.ref), `the date "${cell.text}" cannot be read: ${read.error}`);
    }
    if (values.status) {
      const status = readActionStatus(values.status.text, this.statuses);
      if (status) details.status = status;
      else this.context.problem(cellAddress(sheet, values.status.ref), statusWordsMessage(values.status.text));
    }
    return details;
  }

  private addAims(row: LayoutRow, outcome: ModelOutcome, action: ModelAction | undefined): void {
    if (!row.values.improvementAim) return;
    for (const aim of splitItems(row.values.improvementAim.text)) {
      const id = this.hierarchy.addAim(outcome, aim);
      if (action && !action.improvementAim.includes(id)) action.improvementAim.push(id);
    }
  }

  private addMeasures(sheet: LayoutSheet, row: LayoutRow, outcome: ModelOutcome, action: ModelAction | undefined): void {
    if (action) action.measures ??= [];
    const cell = row.values.measure;
    if (!cell) return;
    for (const title of splitItems(cell.text)) {
      const measure = this.measures.named(title, { folder: 'outcomes', id: outcome.id }, cellAddress(sheet, cell.ref));
      if (action && !action.measures!.includes(measure.id)) action.measures!.push(measure.id);
    }
  }
}
