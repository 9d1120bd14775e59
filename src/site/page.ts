import type { Crumb } from '../components/shared/Breadcrumbs.astro';
import { pageHref } from '../lib/url';
import { planIdOf, trailOf } from '../lib/trail';
import type { Site } from './index';

/** The date the site is built: "today" for overdue actions. */
export const buildDate = new Date().toISOString().slice(0, 10);

/** Breadcrumbs, plan and "last updated" for a content page. */
export function pageContext(site: Site, id: string, filePath: string) {
  const trail: Crumb[] = trailOf(site, id).map((step) => ({ title: step.title, href: pageHref(step.id) }));
  return { trail, planId: planIdOf(id), lastUpdated: site.lastUpdated(filePath) };
}

/** The plan's full title, for document titles: "Outcome: … – Moray Children's Services Plan 2020–23". */
export function planTitle(site: Site, id: string): string {
  return site.planById.get(planIdOf(id))?.data.title ?? '';
}
