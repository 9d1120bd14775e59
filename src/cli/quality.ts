/**
 * npm run quality — a scorecard per plan against the criteria for its kind of plan
 * (content/health-check/<kind>.yaml), worked out from the content, with what to fix first. Advice, not
 * an error: it never fails the build, and exits 0 unless the content cannot be read at all.
 */
import path from 'node:path';
import { ranDirectly } from './ran-directly';
import { readContent } from '../integrations/read-content';
import { assessPlan, shortfallLabel, type CriterionResult } from '../lib/health-check';
import { planFacts } from '../lib/health-facts';
import { buildSiteIndex } from '../lib/relations';

const ORDER: Record<string, number> = { 'not met': 0, 'partly met': 1, 'not stated': 2, 'not assessable': 3, 'self-assessed': 4, met: 5 };

function scorecard(title: string, criteriaTitle: string, results: CriterionResult[]): string[] {
  const lines = [title, `  (${criteriaTitle})`, ''];
  for (const result of results) lines.push(`  ${result.status.padEnd(14)} ${`${result.id}.`.padEnd(4)} ${result.name}: ${result.evidence[0] ?? ''}`);
  const toFix = results.filter((result) => result.basis === 'computed' && (result.status === 'not met' || result.status === 'partly met')).sort((a, b) => ORDER[a.status]! - ORDER[b.status]!);
  if (toFix.length > 0) {
    lines.push('', '  Fix first:');
    for (const result of toFix) {
      lines.push(`  - ${result.id}. ${result.name}: ${result.improve ?? ''}`);
      for (const shortfall of result.shortfalls) {
        const shown = shortfall.ids.slice(0, 5).map((id) => id.split('/').pop()).join(', ');
        lines.push(`      ${shortfallLabel(shortfall)}: ${shown}${shortfall.ids.length > 5 ? ', …' : ''}`);
      }
    }
  }
  const unstated = results.filter((result) => result.status === 'not stated').map((result) => result.id);
  if (unstated.length > 0) lines.push('', `  Criteria ${unstated.join(', ')} need the authors' own statement (selfAssessment in plan.mdx).`);
  return [...lines, ''];
}

export function runQuality(projectRoot: string): { exitCode: number; output: string } {
  const { content, problems } = readContent(path.join(projectRoot, 'content'), projectRoot);
  const { index } = buildSiteIndex(content, { reportOrphans: false });
  const lines = ['How each plan measures up to the criteria for its kind of plan', '(worked out from the content; advice, not an error — see each plan’s "How this plan measures up" page)', ''];
  if (problems.length > 0) lines.push(`Note: ${problems.length} content problems (run npm run check); the scorecards use what could be read.`, '');
  for (const plan of index.plans) {
    const definition = (content.healthChecks ?? []).find((entry) => entry.id === plan.data.kind);
    if (!definition) {
      lines.push(`${plan.data.title} (${plan.id})`, `  No criteria for this kind of plan (content/health-check/${plan.data.kind}.yaml does not exist).`, '');
      continue;
    }
    lines.push(...scorecard(`${plan.data.title} (${plan.id})`, definition.data.title, assessPlan(planFacts(index, plan.id), definition.data.criteria)));
  }
  return { exitCode: 0, output: lines.join('\n') };
}

if (ranDirectly(import.meta.url)) console.log(runQuality(process.cwd()).output);
