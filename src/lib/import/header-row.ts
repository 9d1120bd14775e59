/**
 * Where a sheet's table starts, and what each column holds: the header row is the first row (below
 * any title rows) whose cells name the columns of that kind of sheet. A column whose header is a
 * period ("2021/22", or "2024/25 Q1 RAG" in a progress sheet) holds that period's figures or updates.
 */
import { parsePeriod } from '../period';
import type { Grid, GridRow } from './grid';
import { COMMENTARY, fieldForHeader, KEY_FIELDS, normaliseHeader, STATUS, type ImportField, type SheetRole } from './synonyms';

/** The rows searched for a header: title rows above it are few. */
const HEADER_SEARCH_ROWS = 12;

export interface LayoutColumn {
  /** 0 is column A. */
  index: number;
  /** The header as written (two header rows joined, when a period spans the columns below it). */
  header: string;
  /** The cell of the header, for messages: "C3". */
  ref: string;
  field?: ImportField;
  /** A column of one period's figures or updates: the period as written ("2021/22", "2024/25 Q1"). */
  period?: string;
  /** For a period column of a progress sheet: whether it holds the status or the commentary. */
  periodField?: 'value' | 'status' | 'commentary';
  /** Left out on purpose (--map "Notes=-"). */
  ignored?: boolean;
}

export interface HeaderMatch {
  /** The row number of the (last) header row. */
  headerRow: number;
  columns: LayoutColumn[];
}

/** Column names given with --map, for this sheet: normalised header → field, or '-' to leave it out. */
export type ColumnMap = Map<string, ImportField | '-'>;

/**
 * The progress columns' own names (synonyms.ts), longest first, so "RAG status" and "Progress update"
 * are taken whole rather than as "RAG" or "update".
 */
const PERIOD_FIELD_WORDS = [
  ...STATUS.map((name) => ({ field: 'status' as const, name: normaliseHeader(name) })),
  ...COMMENTARY.map((name) => ({ field: 'commentary' as const, name: normaliseHeader(name) })),
].sort((a, b) => b.name.length - a.name.length);

/** "2024/25 Q1 RAG" → the period "2024/25 Q1" and the status; undefined when the header is not a period's. */
export function periodColumn(role: SheetRole, header: string): Pick<LayoutColumn, 'period' | 'periodField'> | undefined {
  const text = header.replace(/\s+/g, ' ').trim();
  if (role === 'figures') return parsePeriod(text).ok ? { period: text, periodField: 'value' } : undefined;
  if (role !== 'progress') return undefined;
  const normalised = normaliseHeader(text);
  for (const { field, name } of PERIOD_FIELD_WORDS) {
    if (!normalised.endsWith(` ${name}`) && !normalised.startsWith(`${name} `)) continue;
    const word = name.replace(/ /g, '\\W+');
    const period = text.replace(new RegExp(`(^${word}[\\s:,–—-]*|[\\s:,–—-]*${word}$)`, 'i'), '').trim();
    if (period && /\d{4}/.test(period)) return { period, periodField: field };
  }
  return undefined;
}

/** A header cell with the period written once above it ("2024/25 Q1" over "RAG" and "Update"). */
function headerText(text: string, over: string | undefined): string {
  return over && over !== text && parsePeriod(over).ok ? `${over} ${text}` : text;
}

function columnsOf(role: SheetRole, row: GridRow, above: GridRow | undefined, map: ColumnMap): LayoutColumn[] {
  const columns: LayoutColumn[] = [];
  row.cells.forEach((cell, index) => {
    if (!cell?.text) return;
    const header = headerText(cell.text, above?.cells[index]?.text);
    const base = { index, header, ref: cell.ref };
    const mapped = map.get(normaliseHeader(header)) ?? map.get(normaliseHeader(cell.text));
    if (mapped === '-') columns.push({ ...base, ignored: true });
    else if (mapped) columns.push({ ...base, field: mapped });
    else {
      const field = fieldForHeader(role, header);
      columns.push(field ? { ...base, field } : { ...base, ...periodColumn(role, header) });
    }
  });
  return columns;
}

/**
 * A progress sheet per quarter, named for it ("2024/25 Q1") with plain "Status" and "Update" columns:
 * those columns are that quarter's.
 */
function withSheetPeriod(role: Exclude<SheetRole, 'plan'>, sheetName: string, columns: LayoutColumn[]): LayoutColumn[] {
  if (role !== 'progress' || columns.some((column) => column.period || column.field === 'period')) return columns;
  if (!parsePeriod(sheetName.trim()).ok) return columns;
  return columns.map((column) =>
    column.field === 'status' || column.field === 'commentary'
      ? { index: column.index, header: column.header, ref: column.ref, period: sheetName.trim(), periodField: column.field }
      : column,
  );
}

/**
 * True when the known columns include one of each group of key fields of the role. A sheet of
 * figures or progress also needs its periods: a column per period, or a column naming each row's.
 */
function hasKeyFields(role: Exclude<SheetRole, 'plan'>, columns: LayoutColumn[]): boolean {
  const fields = new Set(columns.map((column) => column.field ?? (column.periodField === 'value' ? 'value' : column.periodField)));
  if (!KEY_FIELDS[role].every((group) => group.some((field) => fields.has(field)))) return false;
  if (role === 'figures') return fields.has('value');
  if (role === 'progress') return fields.has('period') || columns.some((column) => column.period);
  return true;
}

/** How well a row names the columns of a kind of sheet: the number of columns it recognises. */
export function scoreHeader(columns: LayoutColumn[]): number {
  return columns.filter((column) => column.field || column.period || column.ignored).length;
}

/** The header row of a sheet of this kind, and its columns; undefined when no row names its key columns. */
export function findHeader(grid: Grid, role: Exclude<SheetRole, 'plan'>, map: ColumnMap = new Map()): HeaderMatch | undefined {
  const candidates = grid.rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [position, row] of candidates.entries()) {
    const above = position > 0 && candidates[position - 1]!.row === row.row - 1 ? candidates[position - 1] : undefined;
    const columns = withSheetPeriod(role, grid.name, columnsOf(role, row, above, map));
    if (scoreHeader(columns) >= 2 && hasKeyFields(role, columns)) return { headerRow: row.row, columns };
  }
  return undefined;
}
