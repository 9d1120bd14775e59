/**
 * The layout step: from a document's sheets to rows of named fields. Each sheet's kind and header row
 * are found (sheet-roles.ts, header-row.ts); rows of questions under the header are skipped; a row
 * with only a heading in capitals ("EMOTIONAL AND MENTAL WELLBEING") heads the outcomes below it; and
 * a priority, outcome or improvement aim written once for the rows it covers (a merged or blank cell)
 * is filled down to each of them, starting again when the level above changes.
 */
import { capitalise } from '../format';
import type { Cell, Grid, GridRow, Paragraph, SourceDocument } from './grid';
import { cellAddress } from './grid';
import { findHeader, type ColumnMap, type HeaderMatch, type LayoutColumn } from './header-row';
import type { ImportProblem } from './problem';
import { planLabel, recogniseSheet, roleNamed, type TableRole } from './sheet-roles';
import { COLUMN_SYNONYMS, normaliseHeader, type ImportField, type SheetRole } from './synonyms';

export interface PeriodCell {
  period: string;
  field: 'value' | 'status' | 'commentary';
  cell: Cell;
}

export interface LayoutRow {
  row: number;
  values: Partial<Record<ImportField, Cell>>;
  /** The figures or updates of this row in columns headed by a period. */
  periods: PeriodCell[];
  /** The outcome heading ("Emotional and mental wellbeing") this row comes under, if any. */
  group?: Cell;
}

export interface LayoutSheet {
  name: string;
  role: TableRole;
  headerRow: number;
  columns: LayoutColumn[];
  rows: LayoutRow[];
  /** For a table in a Word document: the heading just before it ("PRIORITY 1 : …"). */
  heading?: Paragraph;
}

export interface Layout {
  sheets: LayoutSheet[];
  /** The plan's own details, from a sheet of labels and values. */
  plan: Partial<Record<string, Cell>>;
  /** Where the plan's details are, for messages: the plan sheet's name. */
  planSheet?: string;
  paragraphs: Paragraph[];
  problems: ImportProblem[];
  /** Sheets of a workbook with no row of column names: not read, and listed in the report. */
  passedOver: Array<{ at: string; text: string; why: string }>;
}

export interface LayoutOptions {
  /** --sheet "Actions=Sheet2": what a sheet lists, by the sheet's name. */
  sheetRoles?: Map<string, SheetRole>;
  /** --map "Header=field": column names, for every sheet. */
  columns?: ColumnMap;
  /** --fill-down lead,partners: more columns whose blank cells continue the cell above. */
  fillDown?: string[];
}

/** Levels written once for the rows below them, highest first. */
const HIERARCHY: ImportField[] = ['priority', 'outcome', 'improvementAim'];

const isQuestionRow = (row: GridRow) => row.cells.some((cell) => cell?.text) && row.cells.every((cell) => !cell?.text || /\?\s*$/.test(cell.text));

/** A row whose only text is a heading in capitals, in the first column. */
function headingOf(row: GridRow): Cell | undefined {
  const filled = row.cells.filter((cell) => cell?.text && !cell.mergedFrom);
  const first = filled[0];
  return filled.length === 1 && row.cells.indexOf(first) === 0 && first!.text.length > 3 && !/\p{Ll}/u.test(first!.text) && /\p{Lu}{2}/u.test(first!.text) ? first : undefined;
}

/** "EMOTIONAL AND MENTAL WELLBEING" → "Emotional and mental wellbeing". */
export function sentenceCase(text: string): string {
  return capitalise(text.toLowerCase());
}

function rowValues(row: GridRow, columns: LayoutColumn[]): Pick<LayoutRow, 'values' | 'periods'> {
  const values: LayoutRow['values'] = {};
  const periods: PeriodCell[] = [];
  for (const column of columns) {
    const cell = row.cells[column.index];
    if (!cell?.text || column.ignored) continue;
    if (column.field) values[column.field] ??= cell;
    else if (column.period && column.periodField) periods.push({ period: column.period, field: column.periodField, cell });
  }
  return { values, periods };
}

/** Fills blank cells of other columns from the row above (--fill-down). */
function fillDownColumns(rows: LayoutRow[], fields: ImportField[]): void {
  const last: Partial<Record<ImportField, Cell>> = {};
  for (const row of rows) {
    for (const field of fields) {
      if (row.values[field]) last[field] = row.values[field];
      else if (last[field]) row.values[field] = last[field];
    }
  }
}

/** Fills each level of the hierarchy down from the row above, until a level above it changes. */
function fillDown(rows: LayoutRow[]): void {
  const current: Partial<Record<ImportField, Cell>> = {};
  for (const row of rows) {
    HIERARCHY.forEach((field, level) => {
      const own = row.values[field];
      if (own && own.text !== current[field]?.text) {
        current[field] = own;
        for (const lower of HIERARCHY.slice(level + 1)) if (!row.values[lower]) delete current[lower];
      } else if (!own && current[field]) row.values[field] = current[field];
    });
  }
}

function unknownColumns(grid: Grid, role: TableRole, columns: LayoutColumn[], headerRow: number): ImportProblem[] {
  const known = Object.keys(COLUMN_SYNONYMS[role]);
  return columns
    .filter((column) => !column.field && !column.period && !column.ignored)
    .filter((column) => grid.rows.some((row) => row.row > headerRow && row.cells[column.index]?.text))
    .map((column) => ({
      at: cellAddress(grid, column.ref),
      message: `the column "${column.header}" is not one the import reads in a sheet of ${role}. Rename it to a column name from the table in docs/authoring.md ("Importing a whole plan"), or leave it out with --map "${column.header}=-". The fields of this sheet are: ${known.join(', ')}.`,
    }));
}

/** The fields that say which action (or outcome) a progress column's cells are about. */
const PROGRESS_SUBJECT_FIELDS: ImportField[] = ['action', 'reference', 'id', 'outcome'];

/**
 * An action plan with a status and an update column per quarter to its right: those columns, with the
 * columns that name each row's action, read as a progress sheet of the same rows. Undefined when the
 * action plan has no quarter's columns.
 */
function progressColumns(grid: Grid, actions: HeaderMatch, map: ColumnMap): LayoutColumn[] | undefined {
  const progress = findHeader(grid, 'progress', map);
  if (!progress || progress.headerRow !== actions.headerRow) return undefined;
  const columns = progress.columns.filter((column) => (column.period && column.periodField) || (column.field && PROGRESS_SUBJECT_FIELDS.includes(column.field)));
  return columns.some((column) => column.period) ? columns : undefined;
}

/** The action plan's columns, less those the progress reading takes (left out here, so never "unknown"). */
function withoutProgressColumns(columns: LayoutColumn[], progress: LayoutColumn[]): LayoutColumn[] {
  const quarters = new Set(progress.filter((column) => column.period).map((column) => column.index));
  return columns.filter((column) => !quarters.has(column.index));
}

function layoutTable(grid: Grid, role: TableRole, header: { headerRow: number; columns: LayoutColumn[] }, extraFillDown: ImportField[]): LayoutSheet {
  const below = grid.rows.filter((row) => row.row > header.headerRow);
  const body = below.length > 0 && isQuestionRow(below[0]!) ? below.slice(1) : below;
  const rows: LayoutRow[] = [];
  let group: Cell | undefined;
  for (const row of body) {
    const heading = role === 'actions' || role === 'outcomes' ? headingOf(row) : undefined;
    if (heading) {
      group = { ...heading, text: sentenceCase(heading.text) };
      continue;
    }
    rows.push({ row: row.row, ...rowValues(row, header.columns), ...(group ? { group } : {}) });
  }
  if (role === 'actions' || role === 'outcomes') fillDown(rows);
  fillDownColumns(rows, extraFillDown);
  return { name: grid.name, role, headerRow: header.headerRow, columns: header.columns, rows };
}

function planValues(grid: Grid): Layout['plan'] {
  const values: Layout['plan'] = {};
  for (const row of grid.rows) {
    const [label, value] = row.cells.filter((cell) => cell?.text);
    const field = label && planLabel(label.text);
    if (field && value) values[field] ??= value;
  }
  return values;
}

/** The heading paragraph just before each table of a Word document, by table number. */
function headingsBeforeTables(paragraphs: Paragraph[]): Map<number, Paragraph> {
  const headings = new Map<number, Paragraph>();
  let lastHeading: Paragraph | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.heading || /^\s*priority\b/i.test(paragraph.text)) lastHeading = paragraph;
    if (paragraph.beforeTable !== undefined && lastHeading) headings.set(paragraph.beforeTable, lastHeading);
  }
  return headings;
}

function toldRole(grid: Grid, options: LayoutOptions): SheetRole | undefined {
  for (const [name, role] of options.sheetRoles ?? []) if (normaliseHeader(name) === normaliseHeader(grid.name)) return role;
  return undefined;
}

export function layoutDocument(document: SourceDocument, options: LayoutOptions = {}): Layout {
  const layout: Layout = { sheets: [], plan: {}, paragraphs: document.paragraphs, problems: [], passedOver: [] };
  const headings = headingsBeforeTables(document.paragraphs);
  for (const [name] of options.sheetRoles ?? []) {
    if (!document.grids.some((grid) => normaliseHeader(grid.name) === normaliseHeader(name))) {
      layout.problems.push({ message: `--sheet names a sheet "${name}", but ${document.file} has none. Its sheets are: ${document.grids.map((grid) => `"${grid.name}"`).join(', ')}.` });
    }
  }
  for (const [position, grid] of document.grids.entries()) {
    const recognised = recogniseSheet(grid, toldRole(grid, options), options.columns ?? new Map());
    if (!recognised) {
      if (toldRole(grid, options) || document.grids.length === 1) layout.problems.push(noHeaderProblem(grid, toldRole(grid, options)));
      else layout.passedOver.push(passedOver(grid));
      continue;
    }
    if (recognised.role === 'plan') {
      layout.plan = { ...planValues(grid), ...layout.plan };
      layout.planSheet ??= grid.name;
      continue;
    }
    const progress = recognised.role === 'actions' ? progressColumns(grid, recognised.header, options.columns ?? new Map()) : undefined;
    const header = progress ? { ...recognised.header, columns: withoutProgressColumns(recognised.header.columns, progress) } : recognised.header;
    layout.problems.push(...unknownColumns(grid, recognised.role, header.columns, header.headerRow));
    const sheet = layoutTable(grid, recognised.role, header, (options.fillDown ?? []) as ImportField[]);
    const heading = document.format === 'docx' ? headings.get(position + 1) : undefined;
    layout.sheets.push(heading ? { ...sheet, heading } : sheet);
    if (progress) layout.sheets.push(layoutTable(grid, 'progress', { headerRow: header.headerRow, columns: progress }, []));
  }
  return layout;
}

function noHeaderProblem(grid: Grid, told: SheetRole | undefined): ImportProblem {
  const what = told ? `a sheet of ${told}` : 'any kind of sheet the import reads';
  const progress =
    told === 'progress'
      ? ' A progress sheet also needs its quarter: a pair of columns per quarter ("2024/25 Q1 Status", "2024/25 Q1 Update"), a "Period" column, or the quarter as the sheet’s name ("2024/25 Q1").'
      : '';
  return {
    at: `sheet "${grid.name}"`,
    message: `no row in the first 12 names the columns of ${what}. The row of column names needs at least two names from the table in docs/authoring.md ("Importing a whole plan"), such as "Action" and "Lead officer".${progress}`,
  };
}

function passedOver(grid: Grid): Layout['passedOver'][number] {
  const first = grid.rows[0]?.cells.find((cell) => cell?.text);
  return {
    at: `sheet "${grid.name}"`,
    text: first?.text ?? '(empty)',
    why: 'no row in its first 12 names the columns of any kind of sheet the import reads, so the sheet was not read; say what it lists with --sheet "Actions=' + grid.name + '" if it should be',
  };
}

/** --sheet "Actions=Sheet2,Measures=KPIs" → the role of each named sheet, or the problems with it. */
export function parseSheetRoles(text: string | undefined): { roles: Map<string, SheetRole>; problems: ImportProblem[] } {
  const roles = new Map<string, SheetRole>();
  const problems: ImportProblem[] = [];
  for (const part of (text ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const [roleText, sheet] = part.split('=').map((entry) => entry.trim());
    const role = roleText ? roleNamed(roleText) : undefined;
    if (!role || !sheet) problems.push({ message: `--sheet "${part}" should say what a sheet lists, then =, then the sheet's name, like --sheet "Actions=Sheet2". What a sheet can list: plan, priorities, outcomes, actions, measures, figures, progress.` });
    else roles.set(sheet, role);
  }
  return { roles, problems };
}

/** Every field a column can be mapped to, on any kind of sheet. */
export const MAPPABLE_FIELDS = [...new Set(Object.values(COLUMN_SYNONYMS).flatMap((fields) => Object.keys(fields)))].sort() as ImportField[];

/** --map "Timescale=completionTarget,Notes=-": what each named column holds, or - to leave it out. */
export function parseColumnMap(text: string | undefined): { map: ColumnMap; problems: ImportProblem[] } {
  const map: ColumnMap = new Map();
  const problems: ImportProblem[] = [];
  for (const part of (text ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const at = part.lastIndexOf('=');
    const header = part.slice(0, at).trim();
    const field = part.slice(at + 1).trim();
    const known = MAPPABLE_FIELDS.find((candidate) => candidate.toLowerCase() === field.replace(/[\s_-]+/g, '').toLowerCase());
    if (at <= 0 || (!known && field !== '-')) problems.push({ message: `--map "${part}" should be a column's name, then =, then the field it holds (or - to leave it out). The fields are: ${MAPPABLE_FIELDS.join(', ')}.` });
    else map.set(normaliseHeader(header), known ?? '-');
  }
  return { map, problems };
}
