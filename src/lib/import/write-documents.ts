/**
 * The plan's own file and its progress reports. A new plan gets plan.mdx from the plan's details; a
 * plan with a file gets only the details the import gives. A report the plan has already gets the
 * imported updates merged in, one per action or outcome; its other fields and text are kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelReport, PlanModel } from './plan-model';
import { entityChange, splitFile, type FileChange } from './file-change';
import { editableFields, fieldValue, type FieldValue } from './yaml-fields';
import type { Fields } from './entity-fields';

/** The details a new plan's file needs, with what to do when the import does not give one. */
export const NEEDED_PLAN_DETAILS = ['title', 'kind', 'partnership', 'area'] as const;

export function planFile(model: PlanModel, projectRoot: string, sourceFile: string): FileChange[] {
  const plan = model.plan;
  const file = `content/${plan.id}/plan.mdx`;
  const exists = existsSync(path.join(projectRoot, file));
  const fields: Fields = [
    ['title', plan.title],
    ['shortTitle', plan.shortTitle ?? (exists ? undefined : plan.title)],
    ['kind', plan.kind],
    ['partnership', plan.partnership],
    ['area', plan.area],
    ['period', plan.period],
    ['inShort', plan.inShort ?? (exists ? undefined : plan.title)],
    ['vision', plan.vision],
    ['principles', plan.principles as FieldValue | undefined],
    ['source', plan.source ?? (exists ? undefined : path.basename(sourceFile))],
  ];
  const body = plan.introduction?.join('\n\n') ?? '';
  const change = entityChange(projectRoot, file, 'plan', fields, 'all', body);
  return change.change === 'unchanged' && fields.every(([, value]) => value === undefined) ? [] : [change];
}

type Entry = Record<string, unknown>;

/** Merges updates into a report's list: one entry per action (or outcome), the import's replacing the file's. */
function merged(before: Entry[], updates: Entry[], key: 'action' | 'outcome'): Entry[] {
  const list = [...before];
  for (const update of updates) {
    const index = list.findIndex((entry) => entry[key] === update[key]);
    if (index < 0) list.push(update);
    else list[index] = { ...list[index], ...update };
  }
  return list;
}

export function reportFile(model: PlanModel, report: ModelReport, projectRoot: string): FileChange {
  const file = `content/${model.plan.id}/reports/${report.id}.mdx`;
  const full = path.join(projectRoot, file);
  const before = existsSync(full) ? editableFields(splitFile(readFileSync(full, 'utf8'), true).yaml) : undefined;
  const list = (key: string) => (before ? ((fieldValue(before, key) as Entry[] | undefined) ?? []) : []);
  const fields: Fields = [
    ['title', before ? undefined : `Progress report: ${report.period.label}`],
    ['period', before ? undefined : report.period],
    ['overallStatus', before ? undefined : { actions: 'not stated', measures: 'not stated' }],
    ['outcomes', report.outcomes.length > 0 ? (merged(list('outcomes'), report.outcomes, 'outcome') as FieldValue) : undefined],
    ['actions', report.actions.length > 0 ? (merged(list('actions'), report.actions, 'action') as FieldValue) : undefined],
  ];
  return entityChange(projectRoot, file, 'progress report', fields, 'all');
}
