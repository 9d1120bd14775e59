import { currentStatus } from './progress';
import type { ContentProblem } from './content-problem';
import type { SiteIndex } from './relations';
import { hasPassed } from './timeframe';

/**
 * Things worth a comms officer's attention that do not stop the site being published.
 * An action whose completion target has passed, with no status from the plan or any report,
 * is one: readers cannot tell whether it happened.
 */
export function contentWarnings(index: SiteIndex, today: string): ContentProblem[] {
  const warnings: ContentProblem[] = [];
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
  return warnings;
}
