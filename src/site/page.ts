import type { Crumb } from '../components/shared/Breadcrumbs.astro';
import { pageHref } from '../lib/url';
import { readToday } from '../lib/calendar';
import { planIdOf, trailOf } from '../lib/trail';
import type { Site } from './index';
import type { SearchFacets } from '../lib/search-facets';

/** "Today" for overdue actions: the build date, or PLANSITE_TODAY (checked before the build starts). */
const today = readToday(process.env.PLANSITE_TODAY);
export const buildDate = today.ok ? today.value : new Date().toISOString().slice(0, 10);

/** Breadcrumbs, plan and "last updated" for a content page. */
export function pageContext(site: Site, id: string, filePath: string) {
  const trail: Crumb[] = trailOf(site, id).map((step) => ({ title: step.title, href: pageHref(step.id) }));
  return { trail, planId: planIdOf(id), lastUpdated: site.lastUpdated(filePath) };
}

/** The plan's full title, for document titles: "Outcome: … – Anytown Local Outcomes Improvement Plan 2024–27". */
export function planTitle(site: Site, id: string): string {
  return site.planById.get(planIdOf(id))?.data.title ?? '';
}

/** What search knows about a content page: its kind, plan, area, status and themes. */
export function searchFacets(site: Site, id: string, kind: SearchFacets['kind'], details: { status?: string; themes?: string[]; answer?: string } = {}): SearchFacets {
  const plan = site.planById.get(planIdOf(id));
  return {
    kind,
    plan: plan?.data.shortTitle,
    area: plan?.data.area,
    status: details.status,
    themes: (details.themes ?? []).map((theme) => site.themeById.get(theme)?.data.title ?? theme),
    ...(details.answer ? { answer: details.answer } : {}),
  };
}

/** Whether a page shows "Hide this page": set on the page itself, or on any of its themes. */
export function isSensitive(site: Site, page: { hideThisPage: boolean; themes: string[] }): boolean {
  return page.hideThisPage || page.themes.some((theme) => site.themeById.get(theme)?.data.hideThisPage);
}
