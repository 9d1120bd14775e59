/**
 * Reads the three LGBF CSV files in content/comparison/. Each problem carries the line and column to
 * fix; the caller adds the file. The same reader serves the content check and the build.
 */
import type { z } from 'zod';
import { councilRowSchema, figureRowSchema, indicatorRowSchema, type Council, type FigureRow, type IndicatorRow } from '../../schemas/comparison';
import { headerNames, readCsvRecords } from '../csv-records';
import type { ContentProblem } from '../content-problem';
import { describeIssue } from '../schema-issues';

export type CsvProblem = Omit<ContentProblem, 'file'>;

/** A row and the line of the file it is on. */
export interface Located<T> {
  line: number;
  row: T;
}

export interface CsvRead<T> {
  rows: Located<T>[];
  problems: CsvProblem[];
}

export const FIGURE_COLUMNS = ['indicator', 'title', 'area', 'year', 'value', 'unit'] as const;
export const COUNCIL_COLUMNS = ['council', 'rurality', 'deprivation_group', 'vulnerability_group'] as const;
export const INDICATOR_COLUMNS = ['indicator', 'title', 'source', 'rank_1_is_highest_value'] as const;

function headerProblems(text: string, columns: readonly string[]): CsvProblem[] {
  const header = headerNames(text);
  const missing = columns.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !columns.includes(name));
  const problems: CsvProblem[] = [];
  const expected = `The columns are: ${columns.join(', ')}.`;
  if (missing.length > 0) problems.push({ line: 1, message: `the first line must name the columns, including ${missing.map((name) => `"${name}"`).join(', ')}. ${expected}` });
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}. ${expected}` });
  return problems;
}

function cellProblem(issue: z.core.$ZodIssue, record: Record<string, string>, line: number): CsvProblem {
  const column = String(issue.path[0] ?? '');
  const cell = record[column] ?? '';
  if (cell.trim() === '') return { line, field: column, message: 'this cell is empty. Fill it in as the source gives it, or remove the row.' };
  const quoted = issue.code === 'invalid_value' || issue.code === 'custom' ? '' : `"${cell}": `;
  return { line, field: column, message: `${quoted}${describeIssue(issue, record)}` };
}

/** Every row of a CSV file with the given columns, each checked with `schema`. */
function readTable<T>(text: string, columns: readonly string[], schema: z.ZodType<T>): CsvRead<T> {
  const read = readCsvRecords(text);
  if ('problem' in read) return { rows: [], problems: [read.problem] };
  const { records } = read;
  const problems = headerProblems(text, columns);
  if (problems.length > 0) return { rows: [], problems };
  const rows: Located<T>[] = [];
  for (const { record, info } of records) {
    const result = schema.safeParse(record);
    if (result.success) rows.push({ line: info.lines, row: result.data });
    else problems.push(...result.error.issues.map((issue) => cellProblem(issue, record, info.lines)));
  }
  return { rows, problems };
}

/** Refuses a second row with the same key, naming the line of the first. */
function once<T>(read: CsvRead<T>, keyOf: (row: T) => string, describe: (row: T, firstLine: number) => CsvProblem): CsvRead<T> {
  const firstLine = new Map<string, number>();
  const rows = read.rows.filter(({ line, row }) => {
    const earlier = firstLine.get(keyOf(row));
    if (earlier !== undefined) read.problems.push({ ...describe(row, earlier), line });
    else firstLine.set(keyOf(row), line);
    return earlier === undefined;
  });
  return { rows, problems: read.problems };
}

/** lgbf-children-all-councils.csv: one figure per indicator, area and year. */
export function readFigures(text: string): CsvRead<FigureRow> {
  return once(
    readTable(text, FIGURE_COLUMNS, figureRowSchema),
    (row) => `${row.indicator}|${row.area}|${row.year}`,
    (row, firstLine) => ({ field: 'year', message: `${row.indicator} for ${row.area} in ${row.year} is already on line ${firstLine}. Keep one row per indicator, area and year, as the source has.` }),
  );
}

/** lgbf-council-groups.csv: one row per council. */
export function readCouncils(text: string): CsvRead<Council> {
  return once(
    readTable(text, COUNCIL_COLUMNS, councilRowSchema),
    (council) => council.name.toLowerCase(),
    (council, firstLine) => ({ field: 'council', message: `"${council.name}" is already on line ${firstLine}. Keep one row per council.` }),
  );
}

/** lgbf-indicators.csv: one row per indicator. */
export function readIndicatorRows(text: string): CsvRead<IndicatorRow> {
  return once(
    readTable(text, INDICATOR_COLUMNS, indicatorRowSchema),
    (indicator) => indicator.code,
    (indicator, firstLine) => ({ field: 'indicator', message: `${indicator.code} is already on line ${firstLine}. Keep one row per indicator.` }),
  );
}
