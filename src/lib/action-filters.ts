/**
 * The ways readers can narrow a plan's list of actions: by status, by lead and by theme.
 * Each option becomes its own page (e.g. /city-loip/actions/status/in-progress/), so filtering
 * works without JavaScript.
 */
import { slug as slugOf } from 'github-slugger';
import { STATUS_ORDER, type DisplayedActionStatus } from './action-status';
import { capitalise } from './format';

export const ACTION_FACETS = ['status', 'lead', 'theme'] as const;
export type ActionFacet = (typeof ACTION_FACETS)[number];

export const FACET_NAMES: Record<ActionFacet, string> = { status: 'Status', lead: 'Lead', theme: 'Theme' };

export interface FilterableAction {
  id: string;
  status: DisplayedActionStatus;
  lead?: string;
  themes: string[];
}

export interface FilterOption {
  facet: ActionFacet;
  /** The last part of the filter page's address. */
  value: string;
  label: string;
  /** The actions the option keeps, in the order given. */
  ids: string[];
}

export const NO_LEAD = 'No lead named';
const MAX_SLUG_LENGTH = 80;

/** A short, unique address part for free text such as a lead's name and role. */
function uniqueSlugs(labels: string[]): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const label of labels) {
    // Accents become plain letters ("Àrd" → "ard") and anything else outside a–z and 0–9 a hyphen.
    let base = slugOf(label.normalize('NFKD').replace(/\p{M}/gu, ''))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (base.length > MAX_SLUG_LENGTH) base = base.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '').replace(/-$/, '');
    base ||= 'lead';
    let candidate = base;
    for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${base}-${suffix}`;
    taken.add(candidate);
    slugs.set(label, candidate);
  }
  return slugs;
}

function group(actions: FilterableAction[], keysOf: (action: FilterableAction) => string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const action of actions) {
    for (const key of keysOf(action)) groups.set(key, [...(groups.get(key) ?? []), action.id]);
  }
  return groups;
}

/** Every filter that keeps at least one action, by facet, in a stable order. */
export function filterOptions(actions: FilterableAction[], themeTitle: (theme: string) => string): Record<ActionFacet, FilterOption[]> {
  const byStatus = group(actions, (action) => [action.status]);
  const status = STATUS_ORDER.filter((value) => byStatus.has(value)).map((value) => ({
    facet: 'status' as const,
    value: slugOf(value),
    label: capitalise(value),
    ids: byStatus.get(value)!,
  }));

  const byLead = group(actions, (action) => [action.lead ?? NO_LEAD]);
  const leads = [...byLead.keys()].filter((label) => label !== NO_LEAD).sort((a, b) => a.localeCompare(b, 'en-GB'));
  if (byLead.has(NO_LEAD)) leads.push(NO_LEAD);
  const leadSlugs = uniqueSlugs(leads);
  const lead = leads.map((label) => ({ facet: 'lead' as const, value: leadSlugs.get(label)!, label, ids: byLead.get(label)! }));

  const byTheme = group(actions, (action) => action.themes);
  const theme = [...byTheme.keys()]
    .map((id) => ({ facet: 'theme' as const, value: id, label: themeTitle(id), ids: byTheme.get(id)! }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));

  return { status, lead, theme };
}
