/**
 * What each sheet lists, recognised from its columns (a sheet of measures has baselines and targets;
 * a progress sheet has a status per quarter), or as the officer says with --sheet "Actions=Sheet2".
 * A plan sheet is a list of labels and values ("Plan title", "Partnership") rather than a table.
 */
import type { Grid } from './grid';
import { findHeader, scoreHeader, type ColumnMap, type HeaderMatch } from './header-row';
import { normaliseHeader, PLAN_LABELS, SHEET_ROLES, type SheetRole } from './synonyms';

export type TableRole = Exclude<SheetRole, 'plan'>;

/** Tried in this order: on a tie, the more particular kind of sheet wins. */
const TABLE_ROLES: TableRole[] = ['progress', 'figures', 'measures', 'actions', 'outcomes', 'priorities'];

/** Words in a sheet's name that say what it lists. */
const NAME_HINTS: Record<SheetRole, RegExp> = {
  plan: /^(plan|about|plan details|details)$/i,
  priorities: /priorit/i,
  outcomes: /outcome/i,
  actions: /action|delivery|project/i,
  measures: /measure|indicator|kpi|performance/i,
  figures: /figure|data|trend|result/i,
  progress: /progress|update|monitor|quarter|q[1-4]/i,
};

export type RecognisedSheet = { grid: Grid; role: 'plan' } | { grid: Grid; role: TableRole; header: HeaderMatch };

/** The plan field a label names: "Plan title" → title. */
export function planLabel(text: string): string | undefined {
  const wanted = normaliseHeader(text);
  return Object.entries(PLAN_LABELS).find(([, labels]) => labels.some((label) => normaliseHeader(label) === wanted))?.[0];
}

/** A sheet of labels and values: most rows start with a label the import knows and have a value beside it. */
function looksLikePlanSheet(grid: Grid): boolean {
  const labelled = grid.rows.filter((row) => {
    const cells = row.cells.filter((cell) => cell?.text);
    return cells.length === 2 && planLabel(cells[0]!.text) !== undefined;
  });
  return labelled.length >= 2 && labelled.length * 2 >= grid.rows.length - 1;
}

/** The sheet's kind as the --sheet option names it: "Actions", "actions" or "action". */
export function roleNamed(text: string): SheetRole | undefined {
  const wanted = normaliseHeader(text).replace(/s$/, '');
  return SHEET_ROLES.find((role) => role.replace(/s$/, '') === wanted);
}

/**
 * What a sheet lists: the kind whose columns its header row names best, or the kind it was told.
 * Undefined when no row of the sheet names the columns of any kind of sheet.
 */
export function recogniseSheet(grid: Grid, told: SheetRole | undefined, map: ColumnMap): RecognisedSheet | undefined {
  if (told === 'plan' || (!told && looksLikePlanSheet(grid))) return { grid, role: 'plan' };
  let best: { role: TableRole; header: HeaderMatch; score: number } | undefined;
  const headers = new Map<TableRole, HeaderMatch>();
  for (const role of told ? [told] : TABLE_ROLES) {
    const header = findHeader(grid, role, map);
    if (!header) continue;
    headers.set(role, header);
    const score = scoreHeader(header.columns) + (NAME_HINTS[role].test(grid.name) ? 2 : 0);
    if (!best || score > best.score) best = { role, header, score };
  }
  const actions = headers.get('actions');
  if (best?.role === 'progress' && actions && isActionPlanWithProgress(actions, best.header)) return { grid, role: 'actions', header: actions };
  return best && { grid, role: best.role, header: best.header };
}

/** Columns only an action plan has: a sheet with them and a status per quarter is an action plan that tracks its progress. */
const ACTION_PLAN_FIELDS = new Set(['lead', 'partners', 'completionTarget', 'measure', 'priority', 'improvementAim', 'description', 'themes']);

function isActionPlanWithProgress(actions: HeaderMatch, progress: HeaderMatch): boolean {
  return actions.headerRow === progress.headerRow && actions.columns.some((column) => column.field && ACTION_PLAN_FIELDS.has(column.field));
}
