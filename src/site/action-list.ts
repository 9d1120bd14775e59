import { filterOptions, type FilterOption } from '../lib/action-filters';
import type { Site } from './index';
import { statusOfAction } from './progress';

/** A plan's actions grouped by priority, each with its current status and outcome, for the action list pages. */
export function actionsByPriority(site: Site, planId: string) {
  return (site.prioritiesByPlan.get(planId) ?? []).map((priority) => ({
    priority,
    actions: (site.outcomesByPriority.get(priority.id) ?? []).flatMap((outcome) =>
      (site.actionsByOutcome.get(outcome.id) ?? []).map((entry) => ({
        entry,
        status: statusOfAction(site, entry),
        outcome: { title: outcome.data.title, id: outcome.id },
      })),
    ),
  }));
}

export type ActionSections = ReturnType<typeof actionsByPriority>;

/** The status, lead and theme filters of a plan's action list. */
export function actionFiltersOf(site: Site, sections: ActionSections) {
  const actions = sections.flatMap((section) => section.actions);
  return filterOptions(
    actions.map(({ entry, status }) => ({ id: entry.id, status, lead: entry.data.lead, themes: entry.data.themes })),
    (theme) => site.themeById.get(theme)?.data.title ?? theme,
  );
}

/** Only the actions a filter keeps; priorities left with none are dropped. */
export function keepOnly(sections: ActionSections, option: FilterOption): ActionSections {
  const kept = new Set(option.ids);
  return sections
    .map((section) => ({ ...section, actions: section.actions.filter((action) => kept.has(action.entry.id)) }))
    .filter((section) => section.actions.length > 0);
}
