/**
 * What the editor's configuration needs to know about the site's content, read from content/ each time
 * the editor loads it: the plans, the pages one plan may say it contributes to, and where each plan's
 * next progress report starts.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { reportUpdates } from '../cli/new';
import { splitFrontmatter } from '../lib/frontmatter';
import { nextQuarter } from '../lib/import/next-quarter';
import { parsePeriod } from '../lib/period';

export interface EditorPlan {
  id: string;
  title: string;
  /** The pages a report lists to update, as `npm run new -- report` lists them. */
  reportOutcomes: string[];
  reportActions: string[];
  /** The quarter after the plan's latest report, when its latest report covers a quarter. */
  nextReportPeriod?: { label: string; start: string; end: string };
  /** The health check's criteria for the plan's kind that only its authors can judge: the keys of its selfAssessment. */
  selfAssessed: Array<{ key: string; label: string }>;
}

export interface EditorSite {
  plans: EditorPlan[];
  /** Every priority and outcome page, as a plan's `contributesTo` names it: "city-loip/outcomes/safe-streets". */
  pages: Array<{ value: string; label: string }>;
}

function fieldsOf(file: string): Record<string, unknown> {
  try {
    const text = readFileSync(file, 'utf8');
    const yaml = file.endsWith('.mdx') ? splitFrontmatter(text) : { yaml: text };
    return 'yaml' in yaml ? ((parse(yaml.yaml) ?? {}) as Record<string, unknown>) : {};
  } catch {
    // A file the check will report: the editor lists what it can read.
    return {};
  }
}

const textOr = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback);

function latestReportPeriod(planDir: string): { start: string; end: string } | undefined {
  const periods = globSync('reports/*.mdx', { cwd: planDir })
    .map((file) => fieldsOf(path.join(planDir, file)).period as { start?: unknown; end?: unknown } | undefined)
    .filter((period): period is { start: string; end: string } => typeof period?.start === 'string' && typeof period.end === 'string')
    .sort((a, b) => a.end.localeCompare(b.end));
  return periods.at(-1);
}

function nextReport(planDir: string): EditorPlan['nextReportPeriod'] {
  const label = nextQuarter(latestReportPeriod(planDir));
  const period = label ? parsePeriod(label) : undefined;
  return period?.ok ? { label: period.value.label, start: period.value.start, end: period.value.end } : undefined;
}

function selfAssessed(contentDir: string, kind: unknown): EditorPlan['selfAssessed'] {
  if (typeof kind !== 'string') return [];
  const criteria = fieldsOf(path.join(contentDir, 'health-check', `${kind}.yaml`)).criteria;
  if (!Array.isArray(criteria)) return [];
  return criteria
    .filter((criterion: { check?: unknown; id?: unknown }) => criterion.check === 'people' && (typeof criterion.id === 'string' || typeof criterion.id === 'number'))
    .map((criterion: { id: string | number; name?: unknown }) => ({ key: String(criterion.id), label: `${criterion.id}: ${textOr(criterion.name, '')}`.replace(/: $/, '') }));
}

export function readEditorSite(contentDir: string): EditorSite {
  const planIds = globSync('*/plan.mdx', { cwd: contentDir }).map((file) => path.dirname(file)).sort();
  const plans = planIds.map((id) => {
    const planDir = path.join(contentDir, id);
    const fields = fieldsOf(path.join(planDir, 'plan.mdx'));
    const { outcomes, actions } = reportUpdates(planDir);
    return { id, title: textOr(fields.shortTitle, textOr(fields.title, id)), reportOutcomes: outcomes, reportActions: actions, nextReportPeriod: nextReport(planDir), selfAssessed: selfAssessed(contentDir, fields.kind) };
  });
  const pages = plans.flatMap((plan) =>
    (['priorities', 'outcomes'] as const).flatMap((folder) =>
      globSync(`${folder}/*.mdx`, { cwd: path.join(contentDir, plan.id) })
        .sort()
        .map((file) => {
          const id = path.basename(file, '.mdx');
          return { value: `${plan.id}/${folder}/${id}`, label: `${plan.title}: ${textOr(fieldsOf(path.join(contentDir, plan.id, file)).title, id)}` };
        }),
    ),
  );
  return { plans, pages };
}
