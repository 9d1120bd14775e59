/**
 * The model step: from a document's layout to the plan model, reading the sheets in the order their
 * references need (priorities, then outcomes, then the action plan, then measures, figures and
 * progress), whichever order the workbook has them in.
 */
import type { Layout, LayoutSheet } from './layout';
import { ActionBuilder } from './model-actions';
import { ModelContext, type ExistingPlan } from './model-context';
import { FigureReader } from './model-figures';
import { HierarchyBuilder } from './model-hierarchy';
import { MeasureRegistry } from './model-measures';
import { planDetails, type PlanOptions } from './model-plan';
import { ProgressReader } from './model-progress';
import type { PlanModel } from './plan-model';
import type { ImportProblem } from './problem';
import type { StatusMap } from './status-words';
import type { TableRole } from './sheet-roles';

export interface ModelOptions {
  planId: string;
  plan?: PlanOptions;
  statuses?: StatusMap;
}

const FIELDS_BY_ROLE: Partial<Record<TableRole, keyof PlanModel['given']>> = { priorities: 'priorities', outcomes: 'outcomes', actions: 'actions', measures: 'measures' };

/** The fields each kind of entity gets from the file: only these are changed in files that exist. */
function givenFields(sheets: LayoutSheet[]): PlanModel['given'] {
  const given: PlanModel['given'] = { priorities: new Set(), outcomes: new Set(), actions: new Set(), measures: new Set() };
  for (const sheet of sheets) {
    const kind = FIELDS_BY_ROLE[sheet.role];
    const fields = new Set(sheet.columns.map((column) => column.field).filter(Boolean) as string[]);
    if (kind) for (const field of fields) given[kind].add(field);
    if (sheet.role === 'actions') {
      // An action plan names the outcomes and priorities its actions serve, and their aims.
      if (fields.has('outcome')) given.outcomes.add('title').add('priority');
      if (fields.has('improvementAim')) given.outcomes.add('improvementAims');
      if (fields.has('group')) given.outcomes.add('group');
      if (fields.has('priority') || sheet.heading) given.priorities.add('title');
      if (fields.has('measure')) given.measures.add('title');
    }
    if (sheet.role === 'outcomes' && fields.has('improvementAim')) given.outcomes.add('improvementAims');
  }
  return given;
}

export function buildModel(layout: Layout, existing: ExistingPlan, options: ModelOptions): { model: PlanModel; problems: ImportProblem[] } {
  const context = new ModelContext(existing);
  const statuses = options.statuses ?? new Map();
  const hierarchy = new HierarchyBuilder(context);
  const measures = new MeasureRegistry(context, hierarchy);
  const actions = new ActionBuilder(context, hierarchy, measures, statuses);
  const figures = new FigureReader(context, measures);
  const progress = new ProgressReader(context, hierarchy, actions, statuses);
  const of = (role: TableRole) => layout.sheets.filter((sheet) => sheet.role === role);

  of('priorities').forEach((sheet) => hierarchy.readPrioritiesSheet(sheet));
  of('outcomes').forEach((sheet) => hierarchy.readOutcomesSheet(sheet));
  of('actions').forEach((sheet) => actions.readActionsSheet(sheet, sheet.columns.some((column) => column.field === 'measure')));
  of('measures').forEach((sheet) => measures.readMeasuresSheet(sheet));
  of('figures').forEach((sheet) => figures.readFiguresSheet(sheet));
  of('progress').forEach((sheet) => progress.readProgressSheet(sheet));

  const model: PlanModel = {
    plan: { id: options.planId },
    priorities: hierarchy.priorities,
    outcomes: hierarchy.outcomes,
    actions: actions.actions,
    measures: measures.measures,
    figures: figures.figures,
    reports: progress.reports,
    given: givenFields(layout.sheets),
    unplaced: [...layout.passedOver, ...context.unplaced],
  };
  model.plan = planDetails(options.planId, layout, options.plan ?? {}, model.unplaced);
  return { model, problems: [...layout.problems, ...context.problems] };
}
