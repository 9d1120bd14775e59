/**
 * The whole import, without writing: read the file, lay out its sheets, build the plan model, and
 * work out each file it means. Then the files are tried in a copy of content/ and checked the way
 * `npm run check` checks, so an import either leaves the site valid or writes nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewContent } from '../../integrations/content-check';
import { readContent } from '../../integrations/read-content';
import { formatProblem } from '../content-problem';
import { unexplainedAbbreviations } from '../jargon';
import { buildModel } from './build-model';
import type { FileChange } from './file-change';
import type { SourceDocument } from './grid';
import { layoutDocument, type LayoutOptions } from './layout';
import { existingPlan } from './model-context';
import type { PlanOptions } from './model-plan';
import type { PlanModel } from './plan-model';
import type { ImportProblem } from './problem';
import type { StatusMap } from './status-words';
import { NEEDED_PLAN_DETAILS } from './write-documents';
import { planChanges } from './write-plan';

export interface ImportRequest {
  planId: string;
  layout?: LayoutOptions;
  plan?: PlanOptions;
  statuses?: StatusMap;
}

export interface PreparedImport {
  changes: FileChange[];
  model?: PlanModel;
  problems: ImportProblem[];
  /** The plan's files the import does not mention: left as they are. */
  untouched: number;
}

const PLAN_OPTION: Record<(typeof NEEDED_PLAN_DETAILS)[number], string> = { title: '--plan-title', kind: '--plan-kind', partnership: '--partnership', area: '--area' };

function missingPlanDetails(model: PlanModel, planExists: boolean): ImportProblem[] {
  if (planExists) return [];
  return NEEDED_PLAN_DETAILS.filter((field) => !model.plan[field]).map((field) => ({
    message: `the plan "${model.plan.id}" is new, and the file does not give its ${field === 'kind' ? 'kind' : field}. Add a "Plan" sheet with a row for it, or give ${PLAN_OPTION[field]} "…" on the command line.`,
  }));
}

/** Abbreviations in imported text that the glossary does not explain, at their cells. */
function jargonProblems(model: PlanModel, known: Set<string>): ImportProblem[] {
  const texts: Array<{ at: string; text: string }> = [
    ...model.priorities.map((entry) => ({ at: entry.at, text: entry.title })),
    ...model.outcomes.flatMap((entry) => [{ at: entry.at, text: entry.title }, ...entry.improvementAims.map((aim) => ({ at: entry.at, text: aim.title }))]),
    ...model.actions.flatMap((entry) => [entry.title, entry.lead, entry.description, ...(entry.partners ?? [])].filter(Boolean).map((text) => ({ at: entry.at, text: text! }))),
    ...model.measures.flatMap((entry) => [entry.title, entry.source, entry.description].filter(Boolean).map((text) => ({ at: entry.at, text: text! }))),
    ...model.reports.flatMap((report) => [...report.actions, ...report.outcomes].filter((update) => update.commentary).map((update) => ({ at: report.at, text: update.commentary! }))),
  ];
  const seen = new Set<string>();
  return texts.flatMap(({ at, text }) =>
    unexplainedAbbreviations(text, known)
      .filter(({ word }) => !seen.has(word) && seen.add(word))
      .map(({ word }) => ({ at, message: `"${word}" looks like an abbreviation, and the glossary does not explain it. Add content/glossary/${word.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml with its expansion (see "Glossary term" in docs/authoring.md), or write it out in full.` })),
  );
}

/** Writes the changes into a copy of the project's content and checks it; the problems the import would add. */
function problemsOnceWritten(projectRoot: string, changes: FileChange[]): ImportProblem[] {
  const copy = mkdtempSync(path.join(tmpdir(), 'plansite-import-check-'));
  try {
    cpSync(path.join(projectRoot, 'content'), path.join(copy, 'content'), { recursive: true });
    if (existsSync(path.join(projectRoot, 'public'))) symlinkSync(path.join(projectRoot, 'public'), path.join(copy, 'public'));
    for (const change of changes.filter((entry) => entry.change !== 'unchanged')) {
      mkdirSync(path.dirname(path.join(copy, change.file)), { recursive: true });
      writeFileSync(path.join(copy, change.file), change.text);
    }
    const before = new Set(reviewContent(projectRoot).errors.map(formatProblem));
    return reviewContent(copy)
      .errors.map(formatProblem)
      .filter((problem) => !before.has(problem))
      .map((problem) => ({ message: `once imported, the site would have this problem: ${problem}` }));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function prepareImport(document: SourceDocument, request: ImportRequest, projectRoot: string): PreparedImport {
  const layout = layoutDocument(document, request.layout);
  const { content, settings } = readContent(path.join(projectRoot, 'content'), projectRoot);
  const existing = existingPlan(content, request.planId);
  const planArea = content.plans.find((plan) => plan.id === request.planId)?.data.area;
  const { model, problems } = buildModel(layout, existing, { planId: request.planId, plan: request.plan, statuses: request.statuses });
  const known = new Set([...(settings?.jargon.ignore ?? []), ...content.glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases])]);
  problems.push(...missingPlanDetails(model, existing.exists), ...jargonProblems(model, known));
  if (problems.length > 0) return { changes: [], model, problems, untouched: 0 };
  const changes = planChanges(model, projectRoot, document.file, planArea);
  const mentioned = new Set(changes.map((change) => change.file));
  const ofPlan = [...content.priorities, ...content.outcomes, ...content.actions, ...content.measures, ...content.reports].filter((entry) => entry.id.startsWith(`${request.planId}/`));
  const untouched = ofPlan.filter((entry) => !mentioned.has(entry.filePath)).length;
  return { changes, model, problems: problemsOnceWritten(projectRoot, changes), untouched };
}
