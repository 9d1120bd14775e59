/**
 * Each kind of entity's fields as its file writes them, in the order plansite's own files (and
 * `npm run new`'s templates) give them, and which of them an import sets. An import only changes the
 * fields its file gives: a column the workbook has no column for is never touched.
 */
import { parseTimeframe } from '../timeframe';
import type { FieldValue } from './yaml-fields';
import type { ModelAction, ModelMeasure, ModelOutcome, ModelPriority, PlanModel } from './plan-model';

export type Fields = Array<[string, FieldValue | undefined]>;

/** One aim is written as its id, several as a list, as the hand-written files do. */
const aims = (ids: string[]): FieldValue | undefined => (ids.length === 0 ? undefined : ids.length === 1 ? ids[0] : ids);

const point = (value: ModelMeasure['baseline']): FieldValue | undefined =>
  value && { ...(value.period ? { period: value.period } : {}), ...(value.value !== undefined ? { value: value.value } : {}), text: value.text };

export function priorityFields(priority: ModelPriority): Fields {
  return [
    ['title', priority.title],
    ['reference', priority.reference],
    ['number', priority.number],
    ['inShort', priority.inShort],
  ];
}

export function outcomeFields(outcome: ModelOutcome): Fields {
  return [
    ['title', outcome.title],
    ['reference', outcome.reference],
    ['priority', outcome.priority],
    ['order', outcome.order],
    ['group', outcome.group],
    ['inShort', outcome.inShort],
    ['target', outcome.target],
    ['improvementAims', outcome.improvementAims.length > 0 ? outcome.improvementAims.map((aim) => ({ id: aim.id, title: aim.title })) : undefined],
  ];
}

export function actionFields(action: ModelAction): Fields {
  return [
    ['title', action.title],
    ['reference', action.reference],
    ['outcome', action.outcome],
    ['order', action.order],
    ['improvementAim', aims(action.improvementAim)],
    ['description', action.description],
    ['lead', action.lead],
    ['partners', action.partners],
    ['completionTarget', action.completionTarget],
    ['status', action.status],
    ['measures', action.measures],
    ['themes', action.themes],
  ];
}

export function measureFields(measure: ModelMeasure): Fields {
  return [
    ['title', measure.title],
    ['reference', measure.reference],
    ['kind', measure.kind ?? 'quantitative'],
    ['description', measure.description],
    ['unit', measure.unit],
    ['betterDirection', measure.betterDirection],
    ['baseline', point(measure.baseline)],
    ['target', point(measure.target)],
    ['source', measure.source ? { name: measure.source } : undefined],
    ['frequency', measure.frequency],
  ];
}

/** The file's fields the import sets: the columns its sheets have, and what they imply. */
export function givenFieldsOf(kind: keyof PlanModel['given'], model: PlanModel): Set<string> {
  const given = new Set(model.given[kind]);
  const implied: Record<keyof PlanModel['given'], Record<string, string[]>> = {
    priorities: { title: ['title', 'reference'], number: ['number'] },
    outcomes: { title: ['title', 'reference'], improvementAim: ['improvementAims'] },
    actions: { title: ['title', 'reference', 'outcome'], improvementAim: ['improvementAim'], measure: ['measures'] },
    measures: { title: ['title', 'reference'], baseline: ['baseline'], baselineValue: ['baseline'], baselinePeriod: ['baseline'], target: ['target'], targetValue: ['target'], targetPeriod: ['target'], for: [] },
  };
  for (const field of [...given]) for (const extra of implied[kind][field] ?? []) given.add(extra);
  return given;
}

/** Two values of a field are the same when the site reads them the same way. */
export function sameValue(field: string, before: unknown, after: unknown): boolean {
  if (field === 'completionTarget' && typeof before === 'string' && typeof after === 'string') {
    const [a, b] = [parseTimeframe(before), parseTimeframe(after)];
    if (a.ok && b.ok) return a.value.text === b.value.text && a.value.start === b.value.start && a.value.end === b.value.end;
  }
  if (field === 'improvementAim') return JSON.stringify(listOf(before)) === JSON.stringify(listOf(after));
  return JSON.stringify(normalised(before)) === JSON.stringify(normalised(after));
}

const listOf = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Trimmed text, and no empty lists, as the schemas read them. */
function normalised(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalised);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, normalised(item)]));
  return value;
}
