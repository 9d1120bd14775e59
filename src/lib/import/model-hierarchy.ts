/**
 * Priorities, outcomes and improvement aims, from sheets that list them and from the priority,
 * outcome and aim columns of an action plan (or the heading above a Word table). A sheet that lists
 * outcomes is the list: an action sheet naming an outcome that is not on it is a mistake. Without
 * such a sheet, the outcomes an action plan names are the plan's outcomes.
 */
import type { Cell } from './grid';
import { cellAddress } from './grid';
import type { LayoutRow, LayoutSheet } from './layout';
import { comparable, type ModelContext } from './model-context';
import { splitNumbering, titleAndReference, wholeNumberIn } from './numbering';
import type { ModelOutcome, ModelPriority } from './plan-model';
import { closestId } from '../suggest';

export interface Hierarchy {
  priorities: ModelPriority[];
  outcomes: ModelOutcome[];
}

const at = (sheet: Pick<LayoutSheet, 'name'>, cell: Cell) => cellAddress(sheet, cell.ref);

/** Several aims in one cell, one per line or separated by semicolons. */
export function splitItems(text: string): string[] {
  return text.split(/\s*(?:\n|;)\s*/).map((item) => item.replace(/^[•·\-–*]\s*/, '').trim()).filter(Boolean);
}

export class HierarchyBuilder {
  readonly priorities: ModelPriority[] = [];
  readonly outcomes: ModelOutcome[] = [];
  /** Whether the file lists priorities (or outcomes) on a sheet of their own: then it is the whole list. */
  private listed = { priorities: false, outcomes: false };

  constructor(private readonly context: ModelContext) {}

  /** A priority from a priorities sheet's row, or from an action plan's priority cell. */
  addPriority(text: string, where: string, extra: { number?: number; inShort?: string; id?: string; reference?: string } = {}): ModelPriority {
    const { reference, title } = titleAndReference(text, extra.reference);
    const known = (extra.id ? this.priorities.find((priority) => priority.id === extra.id) : undefined) ?? this.findPriority(text);
    if (known) return known;
    const existing = this.context.match('priorities', { id: extra.id, reference, title });
    const number = extra.number ?? existing?.position ?? wholeNumberIn(reference) ?? this.nextPriorityNumber();
    const id = existing?.id ?? extra.id ?? this.context.newId('priorities', title, `priority-${number}`);
    this.context.claim('priorities', id);
    const priority: ModelPriority = { id, title, number, inShort: extra.inShort ?? title, at: where, ...(reference ? { reference } : {}) };
    this.priorities.push(priority);
    return priority;
  }

  private nextPriorityNumber(): number {
    const used = [...this.priorities.map((priority) => priority.number), ...this.context.existing.priorities.map((priority) => priority.position ?? 0)];
    return Math.max(0, ...used) + 1;
  }

  /** The priority a cell names: by its reference ("SO1"), its number ("1", "Priority 1") or its title. */
  findPriority(text: string): ModelPriority | undefined {
    const { reference, title } = splitNumbering(text);
    const wanted = comparable(title);
    return this.priorities.find(
      (priority) =>
        priority.id === text.trim() ||
        comparable(priority.title) === wanted ||
        comparable(priority.title) === comparable(text) ||
        (reference && priority.reference && comparable(priority.reference) === comparable(reference)) ||
        (/^\d+$/.test(text.trim()) && priority.number === Number(text.trim())) ||
        (priority.reference && comparable(priority.reference) === comparable(text)),
    );
  }

  addOutcome(text: string, priority: ModelPriority, where: string, extra: { inShort?: string; group?: string; target?: string; order?: number; id?: string; reference?: string } = {}): ModelOutcome {
    const known = (extra.id ? this.outcomes.find((outcome) => outcome.id === extra.id) : undefined) ?? this.findOutcome(text);
    if (known) return known;
    const { reference, title } = titleAndReference(text, extra.reference);
    const existing = this.context.match('outcomes', { id: extra.id, reference, title, parent: priority.id });
    const siblings = this.outcomes.filter((outcome) => outcome.priority === priority.id);
    const order = extra.order ?? existing?.position ?? Math.max(0, ...siblings.map((outcome) => outcome.order)) + 1;
    const id = existing?.id ?? extra.id ?? this.context.newId('outcomes', title, `outcome-${order}`);
    this.context.claim('outcomes', id);
    const outcome: ModelOutcome = {
      id,
      title,
      priority: priority.id,
      order,
      inShort: extra.inShort ?? title,
      improvementAims: [],
      at: where,
      ...(reference ? { reference } : {}),
      ...(extra.group ? { group: extra.group } : {}),
      ...(extra.target ? { target: extra.target } : {}),
    };
    this.outcomes.push(outcome);
    return outcome;
  }

  findOutcome(text: string): ModelOutcome | undefined {
    const { reference, title } = splitNumbering(text);
    const wanted = comparable(title);
    return this.outcomes.find(
      (outcome) => outcome.id === text.trim() || comparable(outcome.title) === wanted || comparable(outcome.title) === comparable(text) || (reference && outcome.reference && comparable(outcome.reference) === comparable(reference)) || (outcome.reference && comparable(outcome.reference) === comparable(text)),
    );
  }

  /** An improvement aim of an outcome, with a file-name-like id unique within the outcome. */
  addAim(outcome: ModelOutcome, title: string): string {
    const found = outcome.improvementAims.find((aim) => comparable(aim.title) === comparable(title));
    if (found) return found.id;
    const existing = this.context.existing.outcomes.find((entry) => entry.id === outcome.id)?.aims?.find((aim) => comparable(aim.title) === comparable(title));
    const id = existing?.id ?? this.uniqueAimId(outcome, title);
    outcome.improvementAims.push({ id, title });
    return id;
  }

  private uniqueAimId(outcome: ModelOutcome, title: string): string {
    const taken = new Set([...outcome.improvementAims.map((aim) => aim.id), ...(this.context.existing.outcomes.find((entry) => entry.id === outcome.id)?.aims ?? []).map((aim) => aim.id)]);
    const base = splitNumbering(title).title;
    let id = comparable(base).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 6).join('-') || 'aim';
    for (let suffix = 2; taken.has(id); suffix++) id = `${id.replace(/-\d+$/, '')}-${suffix}`;
    return id;
  }

  /** Rows of a sheet of priorities. */
  readPrioritiesSheet(sheet: LayoutSheet): void {
    this.listed.priorities = true;
    for (const row of sheet.rows) {
      const title = row.values.title;
      if (!title) continue;
      const number = row.values.number ? Number(row.values.number.text) : undefined;
      if (row.values.number && !Number.isInteger(number)) this.context.problem(at(sheet, row.values.number), `the priority number "${row.values.number.text}" is not a whole number. Write 1, 2, 3…, or leave it blank.`);
      this.addPriority(title.text, at(sheet, title), { number: Number.isInteger(number) ? number : undefined, inShort: row.values.inShort?.text, id: row.values.id?.text, reference: row.values.reference?.text });
    }
  }

  /** Rows of a sheet of outcomes: each names its priority. */
  readOutcomesSheet(sheet: LayoutSheet): void {
    this.listed.outcomes = true;
    for (const row of sheet.rows) {
      const title = row.values.title;
      if (!title) continue;
      const priority = this.priorityOf(sheet, row);
      if (!priority) continue;
      const outcome = this.addOutcome(title.text, priority, at(sheet, title), {
        inShort: row.values.inShort?.text,
        group: row.values.group?.text ?? row.group?.text,
        target: row.values.target?.text,
        id: row.values.id?.text,
        reference: row.values.reference?.text,
        order: row.values.order && Number.isInteger(Number(row.values.order.text)) ? Number(row.values.order.text) : undefined,
      });
      if (row.values.improvementAim) for (const aim of splitItems(row.values.improvementAim.text)) this.addAim(outcome, aim);
    }
  }

  /** The priority of an outcome or action row: its own cell, the table's heading, or the plan's only priority. */
  priorityOf(sheet: LayoutSheet, row: LayoutRow): ModelPriority | undefined {
    const cell = row.values.priority;
    if (cell) {
      const found = this.findPriority(cell.text) ?? this.knownPriority(cell.text, at(sheet, cell));
      if (found) return found;
      if (!this.listed.priorities) return this.addPriority(cell.text, at(sheet, cell));
      this.context.problem(at(sheet, cell), `the priority "${cell.text}" is not on the sheet of priorities.${this.suggest(cell.text, this.priorities.map((priority) => priority.title))} Write a priority as the priorities sheet names it (or its number or reference).`);
      return undefined;
    }
    if (sheet.heading) return this.findPriority(sheet.heading.text) ?? this.addPriority(sheet.heading.text, `the heading "${sheet.heading.text}"`);
    if (this.priorities.length === 1) return this.priorities[0];
    const where = row.values.title ?? row.values.outcome;
    this.context.problem(where ? at(sheet, where) : `${sheet.name} row ${row.row}`, 'this row does not say which priority it comes under. Add a priority column (or a sheet of outcomes that names each outcome’s priority).');
    return undefined;
  }

  /** The outcome an action row names, made from it when no sheet lists the outcomes. */
  outcomeOf(sheet: LayoutSheet, row: LayoutRow): ModelOutcome | undefined {
    const cell = row.values.outcome;
    if (!cell) {
      const where = row.values.title ? at(sheet, row.values.title) : `${sheet.name} row ${row.row}`;
      this.context.problem(where, 'this action does not say which outcome it serves. Fill in its outcome cell (or the cell above it, for the rows it covers).');
      return undefined;
    }
    const found = this.findOutcome(cell.text) ?? this.knownOutcome(cell.text, at(sheet, cell));
    if (found) return found;
    if (this.listed.outcomes) {
      this.context.problem(at(sheet, cell), `the outcome "${cell.text}" is not on the sheet of outcomes.${this.suggest(cell.text, this.outcomes.map((outcome) => outcome.title))} Write the outcome as the outcomes sheet names it, or add it there.`);
      return undefined;
    }
    const priority = this.priorityOf(sheet, row);
    return priority && this.addOutcome(cell.text, priority, at(sheet, cell), { group: row.values.group?.text ?? row.group?.text });
  }

  /** A cell holding only a reference ("SO1", "1.1"): splitNumbering reads it as a title with no number. */
  private byReferenceAlone(folder: 'priorities' | 'outcomes', text: string) {
    return this.context.existing[folder].find((entity) => entity.reference && comparable(entity.reference) === comparable(text));
  }

  /** A priority the plan has already, named by its title, reference, number or file name. */
  private knownPriority(text: string, where: string): ModelPriority | undefined {
    const { reference, title } = splitNumbering(text);
    const number = /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
    const existing =
      this.context.match('priorities', { id: text.trim(), reference, title }) ??
      this.byReferenceAlone('priorities', text) ??
      this.context.existing.priorities.find((priority) => number !== undefined && priority.position === number);
    return existing && this.addPriority(existing.title, where, { id: existing.id, number: existing.position, reference: existing.reference });
  }

  /** An outcome the plan has already: the rows that name it add actions to it, under its own priority. */
  private knownOutcome(text: string, where: string): ModelOutcome | undefined {
    const { reference, title } = splitNumbering(text);
    const existing = this.context.match('outcomes', { id: text.trim(), reference, title }) ?? this.byReferenceAlone('outcomes', text);
    if (!existing?.parent) return undefined;
    const priority = this.findPriority(existing.parent) ?? this.knownPriority(existing.parent, where);
    return priority && this.addOutcome(existing.title, priority, where, { id: existing.id, order: existing.position, reference: existing.reference });
  }

  private suggest(text: string, titles: string[]): string {
    const closest = closestId(comparable(splitNumbering(text).title), titles.map(comparable));
    const title = closest ? titles.find((candidate) => comparable(candidate) === closest) : undefined;
    return title ? ` Did you mean "${title}"?` : '';
  }
}
