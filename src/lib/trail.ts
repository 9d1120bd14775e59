import { splitPartId } from './entry-id';
import type { SiteIndex } from './relations';

/** A page above another in the site's hierarchy; id "" is the home page. */
export interface TrailStep {
  id: string;
  title: string;
}

const HOME: TrailStep = { id: '', title: 'Home' };

/** The name a page goes by in breadcrumbs and links. */
export function shortTitleOf(index: SiteIndex, id: string): string {
  const plan = index.planById.get(id);
  if (plan) return plan.data.shortTitle;
  const entry =
    index.priorityById.get(id) ??
    index.outcomeById.get(id) ??
    index.actionById.get(id) ??
    index.measureById.get(id) ??
    index.reportById.get(id);
  if (!entry) throw new Error(`No page has the id "${id}".`);
  return entry.data.title;
}

function parentOf(index: SiteIndex, id: string): string {
  const { plan, kind, slug } = splitPartId(id);
  switch (kind) {
    case 'priorities':
      return plan;
    case 'outcomes':
      return `${plan}/priorities/${index.outcomeById.get(id)!.data.priority}`;
    case 'actions':
      return `${plan}/outcomes/${index.actionById.get(id)!.data.outcome}`;
    case 'measures':
      return index.ownerOfMeasure.get(id)!.id;
    default:
      throw new Error(`"${id}" (${slug}) is not a page inside a plan.`);
  }
}

/** The pages above `id`, from the home page down, not including `id` itself. */
export function trailOf(index: SiteIndex, id: string): TrailStep[] {
  if (index.planById.has(id)) return [HOME];
  if (index.reportById.has(id)) {
    const plan = planIdOf(id);
    return [...trailOf(index, plan), { id: plan, title: shortTitleOf(index, plan) }, { id: `${plan}/reports`, title: 'Progress reports' }];
  }
  const parent = parentOf(index, id);
  return [...trailOf(index, parent), { id: parent, title: shortTitleOf(index, parent) }];
}

/** The plan a page belongs to. */
export function planIdOf(id: string): string {
  return splitPartId(id).plan;
}
