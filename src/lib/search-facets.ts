import { capitalise } from './format';

/** How a page is described to search: the filters readers can narrow results by, and what each result shows. */
export interface SearchFacets {
  kind: 'Plan' | 'Priority' | 'Outcome' | 'Action' | 'Measure' | 'Report' | 'Theme' | 'Glossary' | 'About' | 'Comparison';
  plan?: string;
  area?: string;
  /** In words, e.g. "not stated", "improving". */
  status?: string;
  themes?: string[];
  /** What the result answers at a glance: an action's lead and status, a measure's latest figure and trend. */
  answer?: string;
}

/**
 * A measure's title counts for less than the title of the priority, outcome or action it measures,
 * so a search for a topic ("foster") lists what the plan will do before how it will be measured.
 */
export function titleWeight(facets: SearchFacets): number | undefined {
  return facets.kind === 'Measure' ? 5 : undefined;
}

/** Pagefind's `name:value` attribute values, one per filter value. */
export function facetAttributes(facets: SearchFacets): { filters: string[]; meta: string[] } {
  const filters = [`kind:${facets.kind}`];
  const meta = [`kind:${facets.kind}`];
  if (facets.plan) {
    filters.push(`plan:${facets.plan}`);
    meta.push(`plan:${facets.plan}`);
  }
  if (facets.area) {
    filters.push(`area:${facets.area}`);
    meta.push(`area:${facets.area}`);
  }
  if (facets.status) {
    filters.push(`status:${facets.status}`);
    meta.push(`status:${facets.status}`);
  }
  for (const theme of facets.themes ?? []) filters.push(`theme:${theme}`);
  if (facets.answer) meta.push(`answer:${facets.answer}`);
  return { filters, meta };
}

/** "Lead: Corporate parenting group · In progress": who leads an action and how it stands. */
export function actionAnswer(lead: string | undefined, status: string): string {
  const standing = status === 'not stated' ? 'Status not stated' : capitalise(status);
  return `Lead: ${lead ?? 'not stated'} · ${standing}`;
}

/** "Latest: 81.38% (2019-20) · Improving", or that no figures are published yet. */
export function measureAnswer(latest: { value: string; period: string } | undefined, trend: string): string {
  if (!latest) return 'No figures published yet';
  return `Latest: ${latest.value} (${latest.period}) · ${capitalise(trend)}`;
}
