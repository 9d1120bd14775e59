/**
 * The council area pages: /areas/ lists all 32 councils, /areas/<council>/ shows one on every LGBF
 * indicator, with its plans on this site. Their addresses, and what each page needs, looked up once.
 */
import { councilSlug } from '../lib/compare/councils';
import { councilView, type CouncilStanding, type CouncilView } from '../lib/compare/council-view';
import { groupIndicators, type IndicatorGroup } from '../lib/compare/indicator-groups';
import type { Entry } from '../lib/relations';
import { pageHref } from '../lib/url';
import type { Council, Plan } from '../schemas';
import { areaHref, indicatorHref } from './compare-paths';
import { getSite, type Site } from './index';

// One address for each page, wherever it is linked from: the comparison pages' module gives them.
export { areaHref, indicatorHref };

export function areasHref(): string {
  return pageHref('areas');
}

/** getStaticPaths for /areas/<council>/: every council in the comparison data, with or without a plan here. */
export async function areaPaths() {
  const site = await getSite();
  return (site.comparison?.councils ?? []).map((council) => ({ params: { council: councilSlug(council.name) } }));
}

/** The plans on this site whose area is the council, in the site's order of plans. */
export function plansOfCouncil(site: Pick<Site, 'plans' | 'councilOfPlan'>, council: Council): Entry<Plan>[] {
  return site.plans.filter((plan) => site.councilOfPlan.get(plan.id)?.name === council.name);
}

/** Every council by name as the source writes it, alphabetically, with its plans on this site. */
export function councilsWithPlans(site: Pick<Site, 'plans' | 'councilOfPlan' | 'comparison'>): Array<{ council: Council; plans: Entry<Plan>[] }> {
  const councils = [...(site.comparison?.councils ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return councils.map((council) => ({ council, plans: plansOfCouncil(site, council) }));
}

export interface AreaPage extends CouncilView {
  plans: Entry<Plan>[];
  /** The indicators in the compare index's groups, each with the council's standing on it. */
  groups: Array<IndicatorGroup & { standings: CouncilStanding[] }>;
}

/** What /areas/<slug>/ shows; undefined when no council has that address. */
export function areaPageOf(site: Pick<Site, 'plans' | 'councilOfPlan' | 'comparison'>, slug: string): AreaPage | undefined {
  const index = site.comparison;
  const council = index?.councilBySlug.get(slug);
  const view = index && council && councilView(index, council.name);
  if (!view) return undefined;
  const standingOf = new Map(view.standings.map((standing) => [standing.indicator.code, standing]));
  const groups = groupIndicators(index.indicators).map((group) => ({ ...group, standings: group.indicators.map((indicator) => standingOf.get(indicator.code)!) }));
  return { ...view, plans: plansOfCouncil(site, view.council), groups };
}
