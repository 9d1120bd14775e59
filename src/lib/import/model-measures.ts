/**
 * Measures: from a sheet of measures (kind, unit, better direction, baseline, target, source), and
 * from the measure column of an action plan, where a measure is written as free text in an action's
 * row. The same title in several rows is one measure, listed by each of those actions and by its
 * outcome.
 */
import type { Cell } from './grid';
import { cellAddress } from './grid';
import type { HierarchyBuilder } from './model-hierarchy';
import type { LayoutRow, LayoutSheet } from './layout';
import { comparable, type ModelContext } from './model-context';
import { splitNumbering, titleAndReference } from './numbering';
import type { MeasurePoint, ModelMeasure } from './plan-model';
import { normaliseHeader } from './synonyms';
import { units } from '../../schemas/measure';

const KINDS: Record<NonNullable<ModelMeasure['kind']>, string[]> = {
  quantitative: ['quantitative', 'quant', 'number', 'numeric', 'figure', 'figures', 'data', 'statistic', 'performance indicator'],
  milestone: ['milestone', 'milestones', 'yes no', 'in place', 'done or not'],
  qualitative: ['qualitative', 'qual', 'evidence in words', 'narrative', 'evaluation', 'words'],
};

const DIRECTIONS: Record<NonNullable<ModelMeasure['betterDirection']>, string[]> = {
  increase: ['higher', 'higher is better', 'increase', 'up', 'more', 'maximise', 'high'],
  decrease: ['lower', 'lower is better', 'decrease', 'down', 'less', 'fewer', 'reduce', 'minimise', 'low'],
  none: ['none', 'neither', 'information only', 'n a', 'na', 'not applicable', 'context'],
  'not stated': ['not stated'],
};

const UNITS: Record<(typeof units)[number], string[]> = {
  '%': ['%', 'percent', 'percentage', 'per cent', 'pct'],
  'percentage points': ['percentage points', 'pp', 'points'],
  number: ['number', 'no', 'count', 'people', 'children', 'households'],
  'rate per 1,000': ['rate per 1 000', 'rate per 1000', 'per 1 000', 'per 1000', 'rate'],
  '£': ['£', 'gbp', 'pounds', 'money', 'cost'],
  score: ['score', 'points score', 'index'],
};

function fromTable<T extends string>(table: Record<T, string[]>, text: string): T | undefined {
  const word = normaliseHeader(text) || text.trim();
  return (Object.entries(table) as Array<[T, string[]]>).find(([, words]) => words.some((candidate) => (normaliseHeader(candidate) || candidate) === word))?.[0];
}

/** A figure as councils write it: "62", "62%", "£4,422.45", "1,204". Undefined when it is not a number. */
export function readNumber(text: string): number | undefined {
  const plain = text.trim().replace(/^£\s*/, '').replace(/\s*%$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

export class MeasureRegistry {
  readonly measures: ModelMeasure[] = [];

  constructor(
    private readonly context: ModelContext,
    private readonly hierarchy: HierarchyBuilder,
  ) {}

  /** The measure a cell names: by its file name, its reference or its title. */
  find(text: string): ModelMeasure | undefined {
    const { reference, title } = splitNumbering(text);
    return (
      this.measures.find((measure) => measure.id === text.trim()) ??
      this.measures.find((measure) => comparable(measure.title) === comparable(title) || comparable(measure.title) === comparable(text) || (reference && measure.reference && comparable(measure.reference) === comparable(reference)) || (measure.reference && comparable(measure.reference) === comparable(text)))
    );
  }

  /** A measure named in an action's row: one per title, belonging to the row's outcome. */
  named(text: string, owner: ModelMeasure['owner'], where: string, id?: string, ownReference?: string): ModelMeasure {
    const found = (id ? this.measures.find((measure) => measure.id === id) : undefined) ?? this.find(text);
    if (found) return found;
    const existingById = this.context.existing.measures.find((measure) => measure.id === (id ?? text.trim()));
    const { reference, title } = existingById ? { reference: existingById.reference, title: existingById.title } : titleAndReference(text, ownReference);
    const existing = existingById ?? this.context.match('measures', { reference, title });
    const measureId = existing?.id ?? id ?? this.context.newId('measures', title, 'measure');
    this.context.claim('measures', measureId);
    const measure: ModelMeasure = { id: measureId, title, at: where, ...(owner ? { owner } : {}), ...(reference ? { reference } : {}) };
    this.measures.push(measure);
    return measure;
  }

  /** The rows of a sheet of measures; a measure an action plan named already gets its details. */
  readMeasuresSheet(sheet: LayoutSheet): void {
    const hasOwnerColumn = sheet.columns.some((column) => column.field === 'for');
    const hasValueColumns = { baseline: sheet.columns.some((column) => column.field === 'baselineValue'), target: sheet.columns.some((column) => column.field === 'targetValue') };
    for (const row of sheet.rows) {
      const title = row.values.title;
      if (!title) continue;
      const where = cellAddress(sheet, title.ref);
      const id = row.values.id?.text;
      const named = (id ? this.measures.find((measure) => measure.id === id) : undefined) ?? (id ? undefined : this.find(title.text));
      const owner = this.ownerOf(sheet, row, Boolean(named), hasOwnerColumn);
      if (owner === null) continue;
      const measure = named ?? this.named(title.text, owner, where, id, row.values.reference?.text);
      if (owner) measure.owner = owner;
      // A blank owner cell in an owner column: the measure belongs to the actions that list it.
      else if (hasOwnerColumn) delete measure.owner;
      if (row.values.reference) measure.reference = row.values.reference.text;
      Object.assign(measure, this.details(sheet, row, hasValueColumns));
    }
  }

  /** The owner a measures row names; undefined for none, null when the row cannot be placed. */
  private ownerOf(sheet: LayoutSheet, row: LayoutRow, namedByAnAction: boolean, hasOwnerColumn: boolean): ModelMeasure['owner'] | null {
    const cell = row.values.for;
    if (!cell) {
      if (namedByAnAction) return undefined;
      this.context.problem(cellAddress(sheet, row.values.title!.ref), `the measure "${row.values.title!.text}" does not say which outcome it measures, and no action names it. ${hasOwnerColumn ? 'Fill in its outcome' : 'Add an "Outcome" column'}, or name the measure in its action's row.`);
      return null;
    }
    const outcome = this.hierarchy.findOutcome(cell.text);
    if (outcome) return { folder: 'outcomes', id: outcome.id };
    const priority = this.hierarchy.findPriority(cell.text);
    if (priority) return { folder: 'priorities', id: priority.id };
    this.context.problem(cellAddress(sheet, cell.ref), `there is no outcome (or priority) "${cell.text}" in the plan for this measure to belong to. Write the outcome as the action plan names it, or its number.`);
    return null;
  }

  private details(sheet: LayoutSheet, row: LayoutRow, hasValueColumns: { baseline: boolean; target: boolean }): Partial<ModelMeasure> {
    const values = row.values;
    const details: Partial<ModelMeasure> = {};
    const choose = <T extends string>(cell: Cell | undefined, table: Record<T, string[]>, what: string): T | undefined => {
      if (!cell) return undefined;
      const value = fromTable(table, cell.text);
      if (!value) this.context.problem(cellAddress(sheet, cell.ref), `the ${what} "${cell.text}" is not one the import knows. Use one of: ${Object.values<string[]>(table).map((words) => `"${words[0]}"`).join(', ')}.`);
      return value;
    };
    details.kind = choose(values.kind, KINDS, 'kind of measure') ?? (values.baseline || values.targetValue || values.unit ? 'quantitative' : undefined);
    const unit = choose(values.unit, UNITS, 'unit');
    if (unit) details.unit = unit;
    const direction = choose(values.betterDirection, DIRECTIONS, 'direction (which way is better)');
    if (direction) details.betterDirection = direction;
    const baseline = this.point(sheet, values.baseline, values.baselineValue, values.baselinePeriod, hasValueColumns.baseline);
    if (baseline) details.baseline = baseline;
    const target = this.point(sheet, values.target, values.targetValue, values.targetPeriod, hasValueColumns.target);
    if (target) details.target = target;
    for (const field of ['source', 'frequency', 'description'] as const) if (values[field]) details[field] = values[field]!.text;
    return details;
  }

  /** A baseline or target: its wording, its number (from its own column, or else the wording when that is a number), and its period. */
  private point(sheet: LayoutSheet, text: Cell | undefined, value: Cell | undefined, period: Cell | undefined, hasValueColumn: boolean): MeasurePoint | undefined {
    if (!text && !value) return undefined;
    const number = value ? readNumber(value.text) : text && !hasValueColumn ? readNumber(text.text) : undefined;
    if (value && number === undefined) this.context.problem(cellAddress(sheet, value.ref), `"${value.text}" is not a number. Write a plain number (62, 4422.45), or leave the cell blank.`);
    return { text: (text ?? value)!.text, ...(number !== undefined ? { value: number } : {}), ...(period ? { period: period.text } : {}) };
  }
}
