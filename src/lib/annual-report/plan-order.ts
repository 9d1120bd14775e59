/** A plan's outcomes, actions and measures in the plan's own order: priority number, then outcome and action order. */
import type { Action, Measure, Outcome, Priority } from '../../schemas';
import type { Entry, SiteIndex } from '../relations';

export function outcomesByPriorityOf(site: SiteIndex, planId: string): Array<{ priority: Entry<Priority>; outcomes: Entry<Outcome>[] }> {
  return (site.prioritiesByPlan.get(planId) ?? []).map((priority) => ({ priority, outcomes: site.outcomesByPriority.get(priority.id) ?? [] }));
}

export function actionsInPlanOrder(site: SiteIndex, planId: string): Entry<Action>[] {
  return outcomesByPriorityOf(site, planId).flatMap(({ outcomes }) => outcomes.flatMap((outcome) => site.actionsByOutcome.get(outcome.id) ?? []));
}

/** Each measure once, where the plan lists it: under its priority, then its outcomes and their actions. */
export function measuresInPlanOrder(site: SiteIndex, planId: string): Entry<Measure>[] {
  const owners = outcomesByPriorityOf(site, planId).flatMap(({ priority, outcomes }) => [
    priority.id,
    ...outcomes.flatMap((outcome) => [outcome.id, ...(site.actionsByOutcome.get(outcome.id) ?? []).map((action) => action.id)]),
  ]);
  const measures = new Map<string, Entry<Measure>>();
  for (const measure of owners.flatMap((owner) => site.measuresByOwner.get(owner) ?? [])) measures.set(measure.id, measures.get(measure.id) ?? measure);
  // A measure nothing lists is a content problem, but it is still the plan's: keep it rather than drop it.
  for (const measure of site.measuresByPlan.get(planId) ?? []) if (!measures.has(measure.id)) measures.set(measure.id, measure);
  return [...measures.values()];
}
