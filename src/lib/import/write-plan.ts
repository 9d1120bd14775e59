/**
 * The writer step: what the plan model means for the files in content/<plan>/, worked out without
 * writing anything. A new entity gets a new file; an entity with a file keeps it, and only the fields
 * the imported file gives are changed, when their values differ. Every other field, comment and page
 * text stays as it was, so importing the same file again changes nothing, and hand edits to fields the
 * workbook has no column for are kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionFields, givenFieldsOf, measureFields, outcomeFields, priorityFields, type Fields } from './entity-fields';
import { entityChange, splitFile, type FileChange } from './file-change';
import { figureFiles } from './write-figures';
import { planFile, reportFile } from './write-documents';
import type { PlanModel } from './plan-model';
import { editableFields, fieldValue, type FieldValue } from './yaml-fields';

export type { FileChange };

/** Adds the measures this import gives an outcome or priority to its `measures:` list, after those it has. */
function withOwnedMeasures(model: PlanModel, folder: 'priorities' | 'outcomes', id: string, fields: Fields, projectRoot: string, file: string): Fields {
  const owned = model.measures.filter((measure) => measure.owner?.folder === folder && measure.owner.id === id).map((measure) => measure.id);
  if (owned.length === 0) return fields;
  const full = path.join(projectRoot, file);
  const before = existsSync(full) ? ((fieldValue(editableFields(splitFile(readFileSync(full, 'utf8'), true).yaml), 'measures') as string[] | undefined) ?? []) : [];
  const list = [...before, ...owned.filter((measure) => !before.includes(measure))];
  return [...fields, ['measures', list as FieldValue]];
}

/** An outcome's improvement aims: those its file has, then the new ones this import names. Aims are never taken away. */
function withKeptAims(fields: Fields, projectRoot: string, file: string): Fields {
  const full = path.join(projectRoot, file);
  if (!existsSync(full)) return fields;
  const before = (fieldValue(editableFields(splitFile(readFileSync(full, 'utf8'), true).yaml), 'improvementAims') as Array<{ id: string; title: string }> | undefined) ?? [];
  return fields.map(([key, value]) => {
    if (key !== 'improvementAims' || !Array.isArray(value)) return [key, value];
    const added = (value as Array<{ id: string }>).filter((aim) => !before.some((old) => old.id === aim.id));
    return [key, [...before, ...added] as FieldValue];
  });
}

/** `planArea`: the area of a plan that exists, for figures whose area is blank. */
export function planChanges(model: PlanModel, projectRoot: string, sourceFile: string, planArea?: string): FileChange[] {
  const base = `content/${model.plan.id}`;
  const given = (kind: keyof PlanModel['given']) => givenFieldsOf(kind, model);
  const withMeasures = (set: Set<string>) => new Set([...set, 'measures']);
  return [
    ...planFile(model, projectRoot, sourceFile),
    ...model.priorities.map((priority) => {
      const file = `${base}/priorities/${priority.id}.mdx`;
      return entityChange(projectRoot, file, 'priority', withOwnedMeasures(model, 'priorities', priority.id, priorityFields(priority), projectRoot, file), withMeasures(given('priorities')));
    }),
    ...model.outcomes.map((outcome) => {
      const file = `${base}/outcomes/${outcome.id}.mdx`;
      const fields = withKeptAims(withOwnedMeasures(model, 'outcomes', outcome.id, outcomeFields(outcome), projectRoot, file), projectRoot, file);
      return entityChange(projectRoot, file, 'outcome', fields, withMeasures(given('outcomes')));
    }),
    ...model.actions.map((action) => entityChange(projectRoot, `${base}/actions/${action.id}.yaml`, 'action', actionFields(action), given('actions'))),
    ...model.measures.map((measure) => entityChange(projectRoot, `${base}/measures/${measure.id}.yaml`, 'measure', measureFields(measure), given('measures'))),
    ...figureFiles(model, projectRoot, model.plan.area ?? planArea ?? ''),
    ...model.reports.map((report) => reportFile(model, report, projectRoot)),
  ];
}
