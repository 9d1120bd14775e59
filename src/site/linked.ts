import { planIdOf, shortTitleOf } from '../lib/trail';
import type { Site } from './index';
import { measureViewOf } from './measures';

/** Pages in other plans linked to `id`, both ways, with titles ready to show. */
export function linkedElsewhere(site: Site, id: string) {
  const describe = (target: string) => ({
    id: target,
    title: shortTitleOf(site, target),
    plan: site.planById.get(planIdOf(target))!.data.shortTitle,
  });
  return {
    contributesTo: (site.contributesTo.get(id) ?? []).map(describe),
    contributedBy: (site.contributedBy.get(id) ?? []).map(describe),
  };
}

/** The measures listed by an owner, with their figures and trend. */
export function measuresOf(site: Site, ownerId: string) {
  return (site.measuresByOwner.get(ownerId) ?? []).map((entry) => ({ entry, view: measureViewOf(site, entry.id) }));
}

/** Every action under a priority, across its outcomes, in order. */
export function actionsOfPriority(site: Site, priorityId: string) {
  return (site.outcomesByPriority.get(priorityId) ?? []).flatMap((outcome) => site.actionsByOutcome.get(outcome.id) ?? []);
}

/** A priority's outcomes with how many actions and measures each has, for outcome lists. */
export function outcomeSummaries(site: Site, priorityId: string) {
  return (site.outcomesByPriority.get(priorityId) ?? []).map((entry) => ({
    entry,
    actionCount: (site.actionsByOutcome.get(entry.id) ?? []).length,
    measureCount: (site.measuresByOwner.get(entry.id) ?? []).length,
  }));
}
