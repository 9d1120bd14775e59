import { planIdOf } from '../lib/trail';
import type { Site } from './index';

interface Listed {
  id: string;
  data: { title: string };
}

export interface AtoZSection {
  title: string;
  entries: Listed[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
const byPlan = new WeakMap<Site, Array<{ title: string; entries: Map<string, Listed[]> }>>();

/**
 * A plan's pages by kind, each kind in alphabetical order. Each plan has its own A to Z, so the list
 * stays a size a phone can load however many plans the site holds; the kinds are sorted into plans
 * once per build.
 */
export function planAtoZ(site: Site, planId: string): AtoZSection[] {
  let kinds = byPlan.get(site);
  if (!kinds) {
    kinds = [
      { title: 'Priorities', entries: site.content.priorities },
      { title: 'Outcomes', entries: site.content.outcomes },
      { title: 'Actions', entries: site.content.actions },
      { title: 'Measures', entries: site.content.measures },
      { title: 'Progress reports', entries: site.content.reports },
    ].map(({ title, entries }) => ({ title, entries: Map.groupBy<string, Listed>(entries, (entry) => planIdOf(entry.id)) }));
    byPlan.set(site, kinds);
  }
  return kinds
    .map(({ title, entries }) => ({ title, entries: [...(entries.get(planId) ?? [])].sort((a, b) => collator.compare(a.data.title, b.data.title)) }))
    .filter((section) => section.entries.length > 0);
}

/** How many pages a plan's A to Z lists. */
export function planAtoZCount(site: Site, planId: string): number {
  return planAtoZ(site, planId).reduce((total, section) => total + section.entries.length, 0);
}
