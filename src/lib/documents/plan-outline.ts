/**
 * The whole plan in reading order, numbered as the document page and its PDF and Word versions number
 * their headings: priority "2", its outcomes "2.1", "2.2". Each measure appears once, with the outcome
 * (or priority) it belongs to: a measure of an action is shown with that action's outcome.
 */
import type { Action, Measure, Outcome, Priority } from '../../schemas';
import type { Entry, SiteIndex } from '../relations';

export interface OutlineOutcome {
  number: string;
  /** The id of its heading on the document page. */
  anchor: string;
  outcome: Entry<Outcome>;
  actions: Entry<Action>[];
  /** The outcome's own measures, then those of its actions, in action order. */
  measures: Entry<Measure>[];
}

export interface OutlinePriority {
  number: string;
  anchor: string;
  priority: Entry<Priority>;
  /** Measures of the whole priority rather than of one outcome. */
  measures: Entry<Measure>[];
  outcomes: OutlineOutcome[];
}

const slugOf = (id: string) => id.split('/').at(-1)!;

function outlineOutcome(site: SiteIndex, outcome: Entry<Outcome>, number: string): OutlineOutcome {
  const actions = site.actionsByOutcome.get(outcome.id) ?? [];
  const measures = [outcome, ...actions].flatMap((owner) => site.measuresByOwner.get(owner.id) ?? []);
  return { number, anchor: `outcome-${slugOf(outcome.id)}`, outcome, actions, measures: [...new Set(measures)] };
}

export function planOutline(site: SiteIndex, planId: string): OutlinePriority[] {
  return (site.prioritiesByPlan.get(planId) ?? []).map((priority) => {
    const number = String(priority.data.number);
    return {
      number,
      anchor: `priority-${slugOf(priority.id)}`,
      priority,
      measures: site.measuresByOwner.get(priority.id) ?? [],
      outcomes: (site.outcomesByPriority.get(priority.id) ?? []).map((outcome, position) => outlineOutcome(site, outcome, `${number}.${position + 1}`)),
    };
  });
}

/** The titles of the outline in the order the document shows them: for checking it leaves nothing out. */
export function outlineTitles(outline: OutlinePriority[]): string[] {
  return outline.flatMap((entry) => [
    entry.priority.data.title,
    ...entry.measures.map((measure) => measure.data.title),
    ...entry.outcomes.flatMap((outcome) => [outcome.outcome.data.title, ...outcome.actions.map((action) => action.data.title), ...outcome.measures.map((measure) => measure.data.title)]),
  ]);
}
