import { currentStatus } from './progress';
import type { ContentProblem } from './content-problem';
import { dateWarnings } from './date-warnings';
import type { SiteIndex } from './relations';
import { hasPassed } from './timeframe';

/**
 * Things worth a comms officer's attention that do not stop the site being published. A plan with no
 * priorities yet is one: its page says so, but it is an empty shell. An action whose completion
 * target has passed, with no status from the plan or any report, is another: readers cannot tell
 * whether it happened.
 */
export function contentWarnings(index: SiteIndex, today: string): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const plan of index.plans) {
    if (index.prioritiesByPlan.has(plan.id)) continue;
    warnings.push({
      file: plan.filePath,
      message: `this plan has no priorities yet, so its page is an empty shell that says "No priorities are listed for this plan yet". Add its first priority (npm run new -- priority --plan ${plan.id} --title "…") before you publish it.`,
    });
  }
  for (const action of index.content.actions) {
    const target = action.data.completionTarget;
    if (!target || !hasPassed(target, today)) continue;
    const updates = index.progress.actionUpdates.get(action.id) ?? [];
    const status = currentStatus(action.data.status, updates);
    if (status !== 'not stated') continue;
    warnings.push({
      file: action.filePath,
      field: 'completionTarget',
      message: `the completion target "${target.text}" has passed, and neither the plan nor a progress report says whether this action happened. Give its status in the next report's \`actions\` list (see "Report progress" in README.md).`,
    });
  }
  warnings.push(...dateWarnings(index.content));
  return warnings;
}
