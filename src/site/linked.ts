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

/** The measures listed by any of these owners, each once (an outcome and its actions may list the same one), in the owners' order. */
export function measuresOfAll(site: Site, ownerIds: string[]) {
  const seen = new Set<string>();
  return ownerIds.flatMap((ownerId) => measuresOf(site, ownerId)).filter(({ entry }) => !seen.has(entry.id) && Boolean(seen.add(entry.id)));
}

/** An outcome's measures: its own, then those of its actions, each once. */
export function measuresOfOutcome(site: Site, outcomeId: string) {
  return measuresOfAll(site, [outcomeId, ...(site.actionsByOutcome.get(outcomeId) ?? []).map((action) => action.id)]);
}

/** Every action under a priority, across its outcomes, in order. */
export function actionsOfPriority(site: Site, priorityId: string) {
  return (site.outcomesByPriority.get(priorityId) ?? []).flatMap((outcome) => site.actionsByOutcome.get(outcome.id) ?? []);
}

/** A priority's outcomes with how many actions, measures and context statistics each has, for outcome lists. */
export function outcomeSummaries(site: Site, priorityId: string) {
  return (site.outcomesByPriority.get(priorityId) ?? []).map((entry) => {
    const measures = measuresOfOutcome(site, entry.id);
    return {
      entry,
      actionCount: (site.actionsByOutcome.get(entry.id) ?? []).length,
      measureCount: measures.filter((measure) => !measure.entry.data.context).length,
      contextCount: measures.filter((measure) => measure.entry.data.context).length,
    };
  });
}

/** The actions that list a measure, besides the priority or outcome it belongs to (or the first action that lists it). */
export function actionsMeasuredBy(site: Site, measureId: string) {
  const owner = site.ownerOfMeasure.get(measureId);
  if (!owner) return [];
  const outcomeId = 'outcome' in owner.data ? `${planIdOf(owner.id)}/outcomes/${owner.data.outcome}` : owner.id;
  const candidates = outcomeId.includes('/outcomes/') ? (site.actionsByOutcome.get(outcomeId) ?? []) : actionsOfPriority(site, owner.id);
  return candidates.filter((action) => (site.measuresByOwner.get(action.id) ?? []).some((measure) => measure.id === measureId));
}
