/**
 * Turns the rows of a spreadsheet into action or measure files for one plan: which column holds which
 * field, blank (merged) cells filled down, every row checked against the schemas and the plan, and a
 * file name for each row. Nothing here reads or writes files: that is src/cli/import.ts.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { actionSchema, measureSchema } from '../schemas';
import { partId, splitPartId } from './entry-id';
import { unexplainedAbbreviations } from './jargon';
import type { SiteIndex } from './relations';
import { closestId } from './suggest';
import { plainWords, slugFromTitle as titleSlug } from './slug';

export type ImportKind = 'actions' | 'measures';

/** The fields a spreadsheet can fill, in the order they are written to each file (as in the README's examples). */
export const importFields = {
  actions: ['title', 'outcome', 'order', 'improvementAim', 'description', 'plannedOutcome', 'lead', 'partners', 'completionTarget', 'priorityRating', 'status', 'measures', 'themes'],
  measures: ['title', 'kind', 'unit', 'betterDirection', 'order', 'description', 'source', 'frequency', 'nextUpdateDue', 'themes', 'for'],
} as const;

type ActionField = (typeof importFields.actions)[number];
type MeasureField = (typeof importFields.measures)[number];
export type ImportField = ActionField | MeasureField;

const REQUIRED: Record<ImportKind, ImportField[]> = { actions: ['title', 'outcome'], measures: ['title', 'for'] };
/** Written in double quotes, as the README's examples do, so colons and # in the text are safe. */
const QUOTED_FIELDS = new Set<string>(['title', 'description', 'plannedOutcome', 'lead', 'partners', 'completionTarget', 'unit', 'source', 'frequency', 'nextUpdateDue']);
/** Text a reader sees, so the glossary must explain its abbreviations. */
const PUBLISHED_FIELDS = new Set<ImportField>(['title', 'description', 'plannedOutcome', 'lead', 'partners', 'completionTarget', 'source', 'frequency']);
const SINGULAR: Record<ImportKind, string> = { actions: 'action', measures: 'measure' };
const A_KIND: Record<ImportKind, string> = { actions: 'an action', measures: 'a measure' };
const IGNORE = '-';

export interface SheetRow {
  /** The row number the spreadsheet shows: the header is row 1 when it is the first line. */
  row: number;
  cells: string[];
}

export interface Sheet {
  /** The file name, as messages show it. */
  file: string;
  header: SheetRow;
  rows: SheetRow[];
}

export interface ImportProblem {
  row?: number;
  /** The spreadsheet's own name for the column. */
  column?: string;
  message: string;
}

export interface ImportOptions {
  kind: ImportKind;
  plan: string;
  /** --map: "Spreadsheet column=field,Other column=-". */
  map?: string;
  /** --fill-down: field (or column) names. */
  fillDown?: string[];
  force?: boolean;
}

export interface ImportTarget {
  index: SiteIndex;
  /** The files already in the plan's actions/ or measures/ folder: file name without ".yaml" → its title, if it has one. */
  existingFiles: Map<string, string | undefined>;
  /** Glossary terms, their aliases and the site's ignored jargon. */
  knownTerms: Set<string>;
}

export interface PlannedFile {
  row: number;
  id: string;
  /** From the project root: content/<plan>/actions/<id>.yaml */
  path: string;
  title: string;
  text: string;
  replaces: boolean;
}

/** An outcome whose `measures` list gets the new measures. */
export interface OutcomeEdit {
  path: string;
  add: string[];
}

export interface ImportPlan {
  files: PlannedFile[];
  outcomeEdits: OutcomeEdit[];
  problems: ImportProblem[];
}

interface Column {
  index: number;
  name: string;
  field?: ImportField;
}

export interface ImportRecord {
  row: number;
  values: Partial<Record<ImportField, string>>;
  /** The spreadsheet's name for each field's column. */
  columns: Partial<Record<ImportField, string>>;
  /** Fields whose blank cell was filled from a row above, and that row. */
  filledFrom: Partial<Record<ImportField, number>>;
}

interface Named {
  id: string;
  title: string;
}

// ---------------------------------------------------------------- names and text

/** Column and field names match ignoring case, spaces, underscores and hyphens: "Completion target" = completionTarget. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Text as a person compares it: case, runs of spaces and curly quotes do not matter. */
function comparable(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every word of a text joined by hyphens: "Child poverty" → "child-poverty". */
function hyphenated(text: string): string {
  return plainWords(text).join('-');
}

/**
 * A file name from a title, short enough to read in a web address (see slug.ts).
 * "Agree and resource a partnership model of engagement" → "agree-resource-partnership-model-engagement".
 */
export function slugFromTitle(title: string): string {
  return titleSlug(title);
}

/**
 * The first free file name for a title. A file that already has this title is the same action or
 * measure imported before, so it is replaced (with --force) rather than given a new name.
 */
export function uniqueId(title: string, fallback: string, taken: Set<string>, existingFiles: Map<string, string | undefined>): { id: string; replaces: boolean } {
  const base = slugFromTitle(title) || fallback;
  for (let number = 1; ; number++) {
    const id = number === 1 ? base : `${base}-${number}`;
    if (taken.has(id)) continue;
    if (!existingFiles.has(id)) return { id, replaces: false };
    const existingTitle = existingFiles.get(id);
    if (existingTitle !== undefined && comparable(existingTitle) === comparable(title)) return { id, replaces: true };
  }
}

function quotedList(values: string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** "rows 3, 4 and 7" */
function rowList(rows: number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}

/** "A", "B", … "AA": how spreadsheets name a column that has no heading. */
function columnLetter(index: number): string {
  let letters = '';
  for (let number = index + 1; number > 0; number = Math.floor((number - 1) / 26)) letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  return letters;
}

// ---------------------------------------------------------------- cells

/** The text of an Excel cell as the spreadsheet shows it, from the value exceljs reads. */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.text !== undefined) return cellText(cell.text, numFmt);
    if ('result' in cell) return cellText(cell.result, numFmt);
    if (cell.error) return cell.error;
  }
  return '';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date cell in the plan's wording: a cell formatted to show "Mar-23" means the month, not its first day. */
function dateText(date: Date, numFmt = ''): string {
  const format = numFmt.toLowerCase().replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const year = date.getUTCFullYear();
  if (/y/.test(format) && !/d/.test(format) && /m/.test(format)) return `${MONTHS[date.getUTCMonth()]} ${year}`;
  if (/y/.test(format) && !/[dm]/.test(format)) return String(year);
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- columns

function fieldNamed(name: string, kind: ImportKind): ImportField | undefined {
  const wanted = normaliseName(name);
  return importFields[kind].find((field) => normaliseName(field) === wanted);
}

/** The field a column name probably means: one whose words it contains ("Lead officer" → lead), or one a few letters away. */
function closestField(name: string, kind: ImportKind): ImportField | undefined {
  const nameWords = new Set(plainWords(name));
  const fieldWords = (field: string) => plainWords(field.replace(/([a-z])([A-Z])/g, '$1 $2'));
  const contained = importFields[kind].filter((field) => fieldWords(field).every((word) => nameWords.has(word)));
  if (contained.length > 0) return contained.sort((a, b) => b.length - a.length)[0];
  const suggestion = closestId(normaliseName(name), importFields[kind].map(normaliseName));
  return importFields[kind].find((field) => normaliseName(field) === suggestion);
}

function fieldList(kind: ImportKind): string {
  return importFields[kind].join(', ');
}

/** Reads --map "Spreadsheet column=field,Other column=-" into normalised column name → field (or "-"). */
export function parseColumnMap(text: string | undefined): { map: Map<string, { column: string; target: string }>; problems: ImportProblem[] } {
  const map = new Map<string, { column: string; target: string }>();
  const problems: ImportProblem[] = [];
  for (const part of (text ?? '').split(',')) {
    if (part.trim() === '') continue;
    const equals = part.lastIndexOf('=');
    const column = part.slice(0, equals).trim();
    const target = part.slice(equals + 1).trim();
    if (equals < 0 || column === '' || target === '') {
      problems.push({ message: `--map: "${part.trim()}" must be written "Spreadsheet column=field" (or "Spreadsheet column=-" to leave a column out), with commas between them.` });
      continue;
    }
    map.set(normaliseName(column), { column, target });
  }
  return { map, problems };
}

type ColumnMap = ReturnType<typeof parseColumnMap>['map'];

/** Where one named column goes: to a field, left out by --map, or a problem. */
function placeColumn(index: number, name: string, kind: ImportKind, map: ColumnMap, placed: Column[], headerRow: number): Column | ImportProblem {
  const mapping = map.get(normaliseName(name));
  if (mapping?.target === IGNORE) return { index, name };
  const field = fieldNamed(mapping?.target ?? name, kind);
  if (!field && mapping) {
    const meant = closestField(mapping.target, kind);
    return {
      message: `--map "${mapping.column}=${mapping.target}": "${mapping.target}" is not a field of ${A_KIND[kind]}.${meant ? ` Did you mean "${meant}"?` : ''} The fields are: ${fieldList(kind)}.`,
    };
  }
  if (!field) {
    const meant = closestField(name, kind);
    return {
      row: headerRow,
      column: name,
      message:
        `this is not a column the import knows.${meant ? ` Did you mean "${meant}"?` : ''} Name the column after one of the fields (${fieldList(kind)}), ` +
        `say which field it holds with --map "${name}=field", or leave it out with --map "${name}=-".`,
    };
  }
  const other = placed.find((column) => column.field === field);
  if (other) {
    return { row: headerRow, column: name, message: `this column and the column "${other.name}" both hold the ${SINGULAR[kind]}'s ${field}. Keep one, or leave this one out with --map "${name}=-".` };
  }
  return { index, name, field };
}

function unusedMappings(sheet: Sheet, map: ColumnMap): ImportProblem[] {
  const names = sheet.header.cells.map(singleLine).filter(Boolean);
  const present = new Set(names.map(normaliseName));
  return [...map]
    .filter(([key]) => !present.has(key))
    .map(([, mapping]) => ({ message: `--map names the column "${mapping.column}", but the first row of the spreadsheet has no column with that name. Its columns are: ${quotedList(names)}.` }));
}

function missingRequired(columns: Column[], kind: ImportKind, headerRow: number): ImportProblem[] {
  return REQUIRED[kind]
    .filter((required) => !columns.some((column) => column.field === required))
    .map((required) => ({
      row: headerRow,
      message: `no column holds the ${required === 'for' ? 'outcome each measure belongs to ("for")' : required}, which every ${SINGULAR[kind]} needs. Add a column named "${required}", or say which column holds it with --map "Your column=${required}".`,
    }));
}

/** Which field each column holds, from its name or --map; problems for columns the import cannot place. */
export function resolveColumns(sheet: Sheet, kind: ImportKind, mapText?: string): { columns: Column[]; problems: ImportProblem[] } {
  const { map, problems } = parseColumnMap(mapText);
  const columns: Column[] = [];
  const headerRow = sheet.header.row;
  const width = Math.max(sheet.header.cells.length, ...sheet.rows.map((data) => data.cells.length));
  for (let index = 0; index < width; index++) {
    const name = singleLine(sheet.header.cells[index] ?? '');
    if (name === '') {
      const hasData = sheet.rows.some((data) => (data.cells[index] ?? '').trim() !== '');
      if (hasData) problems.push({ row: headerRow, column: columnLetter(index), message: 'this column has no name in the first row, but has values below. Give it a name, or delete the column.' });
      continue;
    }
    const placed = placeColumn(index, name, kind, map, columns, headerRow);
    if ('message' in placed) problems.push(placed);
    else columns.push(placed);
  }
  problems.push(...unusedMappings(sheet, map));
  // A required column is most often "missing" because it is misnamed, which is already reported.
  if (problems.length === 0) problems.push(...missingRequired(columns, kind, headerRow));
  return { columns, problems };
}

/** One record per row that has something in a column the import uses; blank rows are skipped. */
export function toRecords(sheet: Sheet, columns: Column[]): ImportRecord[] {
  const records: ImportRecord[] = [];
  for (const { row, cells } of sheet.rows) {
    const record: ImportRecord = { row, values: {}, columns: {}, filledFrom: {} };
    for (const column of columns) {
      if (!column.field) continue;
      record.columns[column.field] = column.name;
      const text = (cells[column.index] ?? '').trim();
      if (text !== '') record.values[column.field] = text;
    }
    if (Object.keys(record.values).length > 0) records.push(record);
  }
  return records;
}

/** The fields --fill-down names, given as fields or as the spreadsheet's column names. */
export function resolveFillDown(names: string[], kind: ImportKind, columns: Column[]): { fields: ImportField[]; problems: ImportProblem[] } {
  const fields: ImportField[] = [];
  const problems: ImportProblem[] = [];
  for (const name of names.map((text) => text.trim()).filter(Boolean)) {
    const field = fieldNamed(name, kind) ?? columns.find((column) => normaliseName(column.name) === normaliseName(name))?.field;
    if (!field) {
      problems.push({ message: `--fill-down: "${name}" is neither a field of ${A_KIND[kind]} nor a column of the spreadsheet. The fields are: ${fieldList(kind)}.` });
    } else if (!columns.some((column) => column.field === field)) {
      problems.push({ message: `--fill-down names "${name}", but no column of the spreadsheet holds it.` });
    } else {
      fields.push(field);
    }
  }
  return { fields, problems };
}

/** Fills each blank cell of the named fields from the row above, as a merged cell in the plan's table reads. */
export function fillDown(records: ImportRecord[], fields: ImportField[]): ImportRecord[] {
  const filled: ImportRecord[] = [];
  for (const record of records) {
    const above = filled[filled.length - 1];
    const next: ImportRecord = { ...record, values: { ...record.values }, filledFrom: { ...record.filledFrom } };
    for (const field of fields) {
      const value = above?.values[field];
      if (next.values[field] !== undefined || !above || value === undefined) continue;
      next.values[field] = value;
      next.filledFrom[field] = above.filledFrom[field] ?? above.row;
    }
    filled.push(next);
  }
  return filled;
}

// ---------------------------------------------------------------- references

/** Finds a page by its file name or its title, written as a person would. */
function findByIdOrTitle<T extends Named>(value: string, candidates: T[]): T | undefined {
  const key = comparable(value);
  return (
    candidates.find((candidate) => candidate.id === key) ??
    candidates.find((candidate) => comparable(candidate.title) === key) ??
    candidates.find((candidate) => candidate.id === hyphenated(value))
  );
}

/** " Did you mean …?" for a file name or title, answered the way it was asked. */
function didYouMean(value: string, candidates: Named[]): string {
  const byKey = new Map<string, string>();
  for (const candidate of candidates) {
    byKey.set(hyphenated(candidate.title), candidate.title);
    byKey.set(candidate.id, candidate.id);
  }
  const best = closestId(hyphenated(value), [...byKey.keys()]);
  return best ? ` Did you mean "${byKey.get(best)}"?` : '';
}

interface PlanParts {
  plan: string;
  outcomes: Array<Named & { filePath: string; aims: Named[] }>;
  themes: Named[];
  measures: Named[];
}

function planParts(index: SiteIndex, plan: string): PlanParts {
  const inPlan = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => splitPartId(entry.id).plan === plan);
  const slugOf = (id: string) => splitPartId(id).slug;
  return {
    plan,
    outcomes: inPlan(index.content.outcomes).map((outcome) => ({
      id: slugOf(outcome.id),
      title: outcome.data.title,
      filePath: outcome.filePath,
      aims: outcome.data.improvementAims,
    })),
    themes: index.content.themes.map((theme) => ({ id: theme.id, title: theme.data.title })),
    measures: (index.measuresByPlan.get(plan) ?? []).map((measure) => ({ id: slugOf(measure.id), title: measure.data.title })),
  };
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map(singleLine)
    .filter(Boolean);
}

// ---------------------------------------------------------------- rows

interface CheckedRow {
  record: ImportRecord;
  /** What is written to the file, before the order and id are known. */
  fields: Record<string, unknown>;
  outcome?: string;
}

/** A checked row with its file name; `replaces` when a file of that name and title is already there. */
type NamedRow = CheckedRow & { id: string; replaces: boolean };

interface RowContext {
  parts: PlanParts;
  knownTerms: Set<string>;
  /** The spreadsheet's column names, in order, to list each row's problems from left to right. */
  columnNames: string[];
}

function problemAt(record: ImportRecord, field: ImportField, message: string): ImportProblem {
  return { row: record.row, column: record.columns[field], message };
}

function resolveOutcome(record: ImportRecord, field: 'outcome' | 'for', context: RowContext, problems: ImportProblem[]) {
  const value = record.values[field];
  if (value === undefined) return undefined;
  const outcome = findByIdOrTitle(value, context.parts.outcomes);
  if (!outcome) {
    problems.push(
      problemAt(
        record,
        field,
        `there is no outcome "${singleLine(value)}" in ${context.parts.plan}.${didYouMean(value, context.parts.outcomes)} ` +
          `Write the outcome's title as the plan gives it, or its file name from content/${context.parts.plan}/outcomes/ (without ".mdx").`,
      ),
    );
  }
  return outcome;
}

function resolveAim(record: ImportRecord, outcome: PlanParts['outcomes'][number] | undefined, problems: ImportProblem[]): string | undefined {
  const value = record.values.improvementAim;
  if (value === undefined || !outcome) return undefined;
  const aim = findByIdOrTitle(value, outcome.aims);
  if (aim) return aim.id;
  const fix =
    outcome.aims.length === 0
      ? `It has no improvement aims: leave this cell blank, or add the aim to ${outcome.filePath} first.`
      : `Its aims are: ${quotedList(outcome.aims.map((candidate) => candidate.title))}. Write one of them (or its id), or add the aim to ${outcome.filePath} first.`;
  problems.push(problemAt(record, 'improvementAim', `the outcome "${outcome.title}" has no improvement aim "${singleLine(value)}".${didYouMean(value, outcome.aims)} ${fix}`));
  return undefined;
}

/** A ";"-separated list of ids or titles, each found among `candidates`, or a problem naming the one that is not. */
function resolveList(record: ImportRecord, field: 'themes' | 'measures', candidates: Named[], problems: ImportProblem[], notFound: (name: string) => string): string[] | undefined {
  const value = record.values[field];
  if (value === undefined) return undefined;
  return splitList(value).flatMap((name) => {
    const found = findByIdOrTitle(name, candidates);
    if (found) return [found.id];
    problems.push(problemAt(record, field, notFound(name)));
    return [];
  });
}

function resolveThemes(record: ImportRecord, context: RowContext, problems: ImportProblem[]): string[] | undefined {
  const { themes } = context.parts;
  return resolveList(record, 'themes', themes, problems, (name) => `there is no theme "${name}".${didYouMean(name, themes)} Write a theme's file name from content/themes/ (without ".yaml"), with ";" between several.`);
}

function resolveMeasures(record: ImportRecord, context: RowContext, problems: ImportProblem[]): string[] | undefined {
  const { measures, plan } = context.parts;
  return resolveList(
    record,
    'measures',
    measures,
    problems,
    (name) => `there is no measure "${name}" in ${plan}.${didYouMean(name, measures)} Write a measure's file name from content/${plan}/measures/ (without ".yaml"), with ";" between several.`,
  );
}

function wholeNumber(record: ImportRecord, field: 'order' | 'priorityRating', problems: ImportProblem[]): number | undefined {
  const value = record.values[field];
  if (value === undefined) return undefined;
  const allowed = field === 'order' ? /^\d+$/ : /^[1-5]$/;
  if (allowed.test(value.trim())) return Number(value.trim());
  problems.push(
    problemAt(
      record,
      field,
      field === 'order'
        ? `"${value}" is not a whole number. Write the position in the list, like 3, or leave the cell blank to put it after the ones already there.`
        : `"${value}" is not a priority rating. Write 1 (high), 2, 3 (low), 4 (ongoing) or 5 (on hold), or leave the cell blank.`,
    ),
  );
  return undefined;
}

/**
 * A choice from a fixed list is matched without regard to case: "In Progress" is "in progress".
 * "Not stated" is what the site shows for a blank, so it is left out like one.
 */
function choice(value: string | undefined): string | undefined {
  const chosen = value === undefined ? undefined : comparable(value);
  return chosen === 'not stated' ? undefined : chosen;
}

function optionalLine(value: string | undefined): string | undefined {
  return value === undefined ? undefined : singleLine(value);
}

function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

function actionFields(record: ImportRecord, context: RowContext, problems: ImportProblem[]): CheckedRow {
  const { values } = record;
  const outcome = resolveOutcome(record, 'outcome', context, problems);
  const fields = withoutEmpty({
    title: optionalLine(values.title),
    outcome: outcome?.id,
    order: wholeNumber(record, 'order', problems),
    improvementAim: resolveAim(record, outcome, problems),
    description: values.description?.trim(),
    plannedOutcome: values.plannedOutcome?.trim(),
    lead: optionalLine(values.lead),
    partners: values.partners === undefined ? undefined : splitList(values.partners),
    completionTarget: optionalLine(values.completionTarget),
    priorityRating: wholeNumber(record, 'priorityRating', problems),
    status: choice(values.status),
    measures: resolveMeasures(record, context, problems),
    themes: resolveThemes(record, context, problems),
  });
  return { record, fields, outcome: outcome?.id };
}

function measureFields(record: ImportRecord, context: RowContext, problems: ImportProblem[]): CheckedRow {
  const { values } = record;
  const outcome = resolveOutcome(record, 'for', context, problems);
  const fields = withoutEmpty({
    title: optionalLine(values.title),
    kind: choice(values.kind) ?? 'quantitative',
    unit: choice(values.unit),
    betterDirection: choice(values.betterDirection),
    order: wholeNumber(record, 'order', problems),
    description: values.description?.trim(),
    source: values.source === undefined ? undefined : { name: singleLine(values.source) },
    frequency: optionalLine(values.frequency),
    nextUpdateDue: optionalLine(values.nextUpdateDue),
    themes: resolveThemes(record, context, problems),
  });
  return { record, fields, outcome: outcome?.id };
}

/** zod's finding, reworded for the person fixing the spreadsheet. */
function describeIssue(issue: z.core.$ZodIssue, fields: Record<string, unknown>): string {
  const value = fields[String(issue.path[0])];
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `"${String(value)}" is not one of the choices. Write one of: ${quotedList(issue.values.filter((allowed) => allowed !== 'not stated').map(String))}, or leave the cell blank.`;
  }
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}

function schemaProblems(row: CheckedRow, kind: ImportKind): ImportProblem[] {
  // The order is not known yet; a placeholder lets the schema check everything else.
  const candidate = { order: 0, ...row.fields, ...(kind === 'actions' && row.outcome === undefined ? { outcome: 'placeholder' } : {}) };
  const result = (kind === 'actions' ? actionSchema : measureSchema).safeParse(candidate);
  if (result.success) return [];
  const seen = new Set<string>();
  return result.error.issues.flatMap((issue) => {
    const field = String(issue.path[0]) as ImportField;
    if (seen.has(field)) return [];
    seen.add(field);
    return [problemAt(row.record, field, describeIssue(issue, row.fields))];
  });
}

function requiredProblems(record: ImportRecord, kind: ImportKind, fillDown: ImportField[]): ImportProblem[] {
  return REQUIRED[kind].flatMap((field) => {
    if (record.values[field] !== undefined) return [];
    const what = field === 'for' ? 'the outcome it belongs to' : field === 'title' ? 'a title' : `an ${field}`;
    const hint = field !== 'title' && !fillDown.includes(field) ? ` If the cell is blank because it is merged with the one above, add --fill-down ${field}.` : '';
    return [problemAt(record, field, `this cell is blank, and every ${SINGULAR[kind]} needs ${what}. Write it in.${hint}`)];
  });
}

function jargonProblems(record: ImportRecord, knownTerms: Set<string>): ImportProblem[] {
  return publishedText(record).flatMap(([field, value]) =>
    unexplainedAbbreviations(value, knownTerms).map(({ word }) =>
      problemAt(
        record,
        field,
        `"${word}" looks like an abbreviation, and the glossary does not explain it, so the site would not build. ` +
          `Add content/glossary/${word.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml first (copy another file in content/glossary/), ` +
          `or, if it needs no explanation, add it to \`jargon: ignore:\` in content/site.yaml.`,
      ),
    ),
  );
}

function publishedText(record: ImportRecord): Array<[ImportField, string]> {
  return (Object.entries(record.values) as Array<[ImportField, string]>).filter(([field]) => PUBLISHED_FIELDS.has(field));
}

/** A measure belongs to one owner: one the plan already gives an owner, or two rows listing it, would stop the build. */
function measureOwnerProblems(rows: NamedRow[], index: SiteIndex, plan: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const listedIn = new Map<string, number>();
  for (const row of rows) {
    for (const measure of (row.fields.measures as string[] | undefined) ?? []) {
      const owner = index.ownerOfMeasure.get(partId(plan, 'measures', measure));
      const earlierRow = listedIn.get(measure);
      if (owner && owner.id !== partId(plan, 'actions', row.id)) {
        problems.push(problemAt(row.record, 'measures', `the measure "${measure}" is already listed by ${owner.filePath}, and a measure belongs to one outcome, priority or action. Leave it out here, or remove it from that file first.`));
      } else if (earlierRow !== undefined) {
        problems.push(problemAt(row.record, 'measures', `the measure "${measure}" is also listed in row ${earlierRow}, and a measure belongs to one action. Keep it in one row.`));
      }
      listedIn.set(measure, row.record.row);
    }
  }
  return problems;
}

/** A measure replaced with --force keeps its place: moving it to another outcome would leave it listed twice. */
function replacedMeasureOwnerProblems(rows: NamedRow[], index: SiteIndex, plan: string): ImportProblem[] {
  return rows.flatMap((row) => {
    const owner = row.replaces ? index.ownerOfMeasure.get(partId(plan, 'measures', row.id)) : undefined;
    if (!owner || !row.outcome || owner.id === partId(plan, 'outcomes', row.outcome)) return [];
    return [problemAt(row.record, 'for', `the measure "${row.id}" already belongs to ${owner.filePath}. Write that outcome here, or remove "${row.id}" from its \`measures\` list first.`)];
  });
}

function overwriteProblems(rows: NamedRow[], folder: string): ImportProblem[] {
  return rows
    .filter((row) => row.replaces)
    .map((row) => ({
      row: row.record.row,
      message: `${folder}/${row.id}.yaml already exists, with the same title. Run the import again with --force to replace it (what the file says that the spreadsheet does not is lost), or remove this row.`,
    }));
}

/** A problem in a filled-down cell is explained at the row it came from; rows inheriting it say so. */
function explainFilledCells(problems: ImportProblem[], records: ImportRecord[]): ImportProblem[] {
  const recordAt = new Map(records.map((record) => [record.row, record]));
  return problems.map((problem) => {
    const record = problem.row === undefined ? undefined : recordAt.get(problem.row);
    const field = record && (Object.keys(record.columns) as ImportField[]).find((candidate) => record.columns[candidate] === problem.column);
    const source = field && record.filledFrom[field];
    if (!source) return problem;
    const sourceHasIt = problems.some((other) => other.row === source && other.column === problem.column && other.message === problem.message);
    return sourceHasIt ? problem : { ...problem, message: `${problem.message} (This cell is blank, so --fill-down took its value from row ${source}.)` };
  });
}

/** In the order a person reads the spreadsheet: down the rows (a stable sort keeps each row's columns in order). */
function byRow(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** The same problem in the same column on several rows is reported once, naming every row. */
export function groupProblems(problems: ImportProblem[]): Array<{ rows: number[]; column?: string; message: string }> {
  const groups: Array<{ rows: number[]; column?: string; message: string }> = [];
  for (const problem of problems) {
    const group = groups.find((candidate) => candidate.column === problem.column && candidate.message === problem.message && problem.row !== undefined && candidate.rows.length > 0);
    if (group) group.rows.push(problem.row!);
    else groups.push({ rows: problem.row === undefined ? [] : [problem.row], column: problem.column, message: problem.message });
  }
  return groups;
}

export function formatImportProblems(file: string, problems: ImportProblem[]): string[] {
  return groupProblems(problems).map(({ rows, column, message }) => {
    const where = [file, rows.length > 0 ? rowList(rows) : undefined, column ? `column "${column}"` : undefined].filter(Boolean).join(', ');
    return `${where}: ${message}`;
  });
}

// ---------------------------------------------------------------- files

function yamlText(fields: Record<string, unknown>, order: readonly string[]): string {
  const document = new Document({});
  for (const key of order) {
    if (fields[key] === undefined) continue;
    const node = document.createNode(fields[key]);
    if (QUOTED_FIELDS.has(key)) {
      visit(node, {
        Scalar(position, scalar) {
          if (position !== 'key' && typeof scalar.value === 'string') scalar.type = 'QUOTE_DOUBLE';
        },
      });
    }
    if (isMap(node)) node.flow = true;
    document.set(key, node);
  }
  return document.toString({ lineWidth: 0 });
}

/** Adds measure ids to the `measures` list in an outcome's frontmatter, keeping its comments and layout. */
export function addMeasuresToOutcome(fileText: string, measures: string[]): string {
  const match = fileText.match(/^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/);
  if (!match) throw new Error('the outcome file has no frontmatter between two --- lines');
  const document = parseDocument(match[2]!);
  const list = document.get('measures', true);
  if (isSeq(list)) {
    const present = new Set(list.items.map((item) => (isScalar(item) ? String(item.value) : '')));
    if (list.items.length === 0) list.flow = false;
    for (const measure of measures) if (!present.has(measure)) list.add(document.createNode(measure));
  } else {
    document.set('measures', document.createNode(measures));
  }
  return match[1]! + document.toString({ lineWidth: 0 }) + match[3]! + fileText.slice(match[0].length);
}

/** Rows without an order go after the outcome's other actions (or measures), in the spreadsheet's order. */
function nextOrders(rows: NamedRow[], orderTaken: (outcome: string) => number[]): Map<NamedRow, number> {
  const highest = new Map<string, number>();
  for (const row of rows) {
    if (!row.outcome) continue;
    const current = highest.get(row.outcome) ?? Math.max(0, ...orderTaken(row.outcome));
    highest.set(row.outcome, Math.max(current, (row.fields.order as number | undefined) ?? 0));
  }
  const orders = new Map<NamedRow, number>();
  for (const row of rows) {
    if (row.fields.order !== undefined || !row.outcome) continue;
    const order = (highest.get(row.outcome) ?? 0) + 1;
    highest.set(row.outcome, order);
    orders.set(row, order);
  }
  return orders;
}

function unknownPlan(plan: string, index: SiteIndex): ImportProblem {
  const plans = [...index.planById.keys()].sort();
  const suggestion = closestId(plan, plans);
  return { message: `there is no plan "${plan}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Write the name of a plan's folder in content/: ${quotedList(plans)}.` };
}

/** One row's fields and everything wrong with them, in the order of the spreadsheet's columns. */
function checkRow(record: ImportRecord, kind: ImportKind, context: RowContext, fillFields: ImportField[]): { row: CheckedRow; problems: ImportProblem[] } {
  const problems = requiredProblems(record, kind, fillFields);
  const row = kind === 'actions' ? actionFields(record, context, problems) : measureFields(record, context, problems);
  problems.push(...schemaProblems(row, kind).filter((problem) => !problems.some((other) => other.column === problem.column)));
  problems.push(...jargonProblems(record, context.knownTerms));
  const position = (problem: ImportProblem) => context.columnNames.indexOf(problem.column ?? '');
  return { row, problems: problems.sort((a, b) => position(a) - position(b)) };
}

function nameRows(rows: CheckedRow[], kind: ImportKind, existingFiles: Map<string, string | undefined>): NamedRow[] {
  const taken = new Set<string>();
  return rows.map((row) => {
    const named = uniqueId(String(row.fields.title ?? ''), SINGULAR[kind], taken, existingFiles);
    taken.add(named.id);
    return { ...row, ...named };
  });
}

function outcomeEditsFor(rows: NamedRow[], outcomes: PlanParts['outcomes']): OutcomeEdit[] {
  return outcomes.flatMap((outcome) => {
    const add = rows.filter((row) => row.outcome === outcome.id).map((row) => row.id);
    return add.length > 0 ? [{ path: outcome.filePath, add }] : [];
  });
}

/**
 * Everything an import would write, or the problems that stop it. All or nothing: with any problem
 * in any row, no file is planned.
 */
export function planImport(sheet: Sheet, options: ImportOptions, target: ImportTarget): ImportPlan {
  const { kind, plan } = options;
  const { index } = target;
  const none = (problems: ImportProblem[]): ImportPlan => ({ files: [], outcomeEdits: [], problems });
  if (!index.planById.has(plan)) return none([unknownPlan(plan, index)]);

  const { columns, problems: columnProblems } = resolveColumns(sheet, kind, options.map);
  const { fields: fillFields, problems: fillProblems } = resolveFillDown(options.fillDown ?? [], kind, columns);
  if (columnProblems.length + fillProblems.length > 0) return none([...columnProblems, ...fillProblems]);
  const records = fillDown(toRecords(sheet, columns), fillFields);
  if (records.length === 0) return none([{ message: 'the spreadsheet has no rows below its column names, so there is nothing to import.' }]);

  const context: RowContext = { parts: planParts(index, plan), knownTerms: target.knownTerms, columnNames: columns.map((column) => column.name) };
  const checked = records.map((record) => checkRow(record, kind, context, fillFields));
  const rows = nameRows(checked.map(({ row }) => row), kind, target.existingFiles);
  const folder = `content/${plan}/${kind}`;
  const problems = [
    ...checked.flatMap((check) => check.problems),
    ...(kind === 'actions' ? measureOwnerProblems(rows, index, plan) : replacedMeasureOwnerProblems(rows, index, plan)),
    ...(options.force ? [] : overwriteProblems(rows, folder)),
  ];
  if (problems.length > 0) return none(explainFilledCells(byRow(problems), records));

  const replaced = new Set(rows.filter((row) => row.replaces).map((row) => partId(plan, kind, row.id)));
  const orders = nextOrders(rows, (outcome) => {
    const outcomeId = partId(plan, 'outcomes', outcome);
    const siblings = kind === 'actions' ? (index.actionsByOutcome.get(outcomeId) ?? []) : (index.measuresByOwner.get(outcomeId) ?? []);
    return siblings.filter((sibling) => !replaced.has(sibling.id)).map((sibling) => sibling.data.order);
  });
  const files = rows.map((row): PlannedFile => {
    const fields: Record<string, unknown> = { ...row.fields, order: row.fields.order ?? orders.get(row) };
    return { row: row.record.row, id: row.id, path: `${folder}/${row.id}.yaml`, title: String(fields.title), text: yamlText(fields, importFields[kind]), replaces: row.replaces };
  });
  return { files, outcomeEdits: kind === 'measures' ? outcomeEditsFor(rows, context.parts.outcomes) : [], problems: [] };
}
