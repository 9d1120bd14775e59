import type { Action, Comparison, GlossaryTerm, HealthCheck, Measure, Outcome, Plan, Priority, Report, SeriesRow, SearchWords, Theme, YoungPeoplePage } from '../schemas';
import type { ContentProblem } from './content-problem';
import type { Progress } from './progress';
import { byId, type IndexContext, type Lookups } from './relations/context';
import { indexComparisonLinks, type ComparisonLinks } from './relations/comparison';
import { checkHealthChecks } from './relations/health-checks';
import { indexLinks } from './relations/links';
import { indexMeasures } from './relations/measures';
import { indexPlanTree } from './relations/plan-tree';
import { indexReports } from './relations/reports';

export interface Entry<T> {
  /** The page's content path without extension, e.g. "city-loip/outcomes/safe-streets". */
  id: string;
  /** Path of the file from the project root. */
  filePath: string;
  data: T;
}

export interface SeriesFile {
  /** The id of the measure this series belongs to. */
  measure: string;
  rows: SeriesRow[];
}

export interface SiteContent {
  plans: Entry<Plan>[];
  priorities: Entry<Priority>[];
  outcomes: Entry<Outcome>[];
  actions: Entry<Action>[];
  measures: Entry<Measure>[];
  reports: Entry<Report>[];
  themes: Entry<Theme>[];
  glossary: Entry<GlossaryTerm>[];
  /** The criteria each kind of plan is checked against, by plan kind (content/health-check/). */
  healthChecks?: Entry<HealthCheck>[];
  series: Entry<SeriesFile>[];
  /** Charts placed in MDX pages with <MeasureChart measure="…" />. */
  embeds?: Array<{ filePath: string; line: number; measure: string }>;
  /** Outcome sections placed in MDX bodies with <OutcomeProgress outcome="…" />, by the id of the page they are in. */
  outcomeSections?: Array<{ filePath: string; id: string; line: number; outcome: string }>;
  /** The "For young people" page, when the site has one. */
  youngPeople?: Entry<YoungPeoplePage>;
  /** The words people search with and the plans' words for them (content/search-words.yaml), when the site has them. */
  searchWords?: Entry<SearchWords>;
  /** The LGBF figures for every council (content/comparison/), when the site has them. */
  comparison?: Comparison;
}

export type MeasureOwner = Entry<Priority> | Entry<Outcome> | Entry<Action>;

/** Everything a page needs to find its neighbours, computed once per build. */
export interface SiteIndex extends ComparisonLinks {
  content: SiteContent;
  plans: Entry<Plan>[];
  planById: Map<string, Entry<Plan>>;
  priorityById: Map<string, Entry<Priority>>;
  outcomeById: Map<string, Entry<Outcome>>;
  actionById: Map<string, Entry<Action>>;
  measureById: Map<string, Entry<Measure>>;
  reportById: Map<string, Entry<Report>>;
  themeById: Map<string, Entry<Theme>>;
  prioritiesByPlan: Map<string, Entry<Priority>[]>;
  outcomesByPriority: Map<string, Entry<Outcome>[]>;
  actionsByOutcome: Map<string, Entry<Action>[]>;
  measuresByOwner: Map<string, Entry<Measure>[]>;
  /** In the order of the measure files, as content.measures has them. */
  measuresByPlan: Map<string, Entry<Measure>[]>;
  ownerOfMeasure: Map<string, MeasureOwner>;
  /** Newest first. */
  reportsByPlan: Map<string, Entry<Report>[]>;
  /** What the reports say about actions, outcomes and measures. */
  progress: Progress;
  /** Figures from CSV files and from reports. */
  seriesByMeasure: Map<string, Entry<SeriesFile>>;
  /** Pages in other plans that a page contributes to, and the reverse. */
  contributesTo: Map<string, string[]>;
  contributedBy: Map<string, string[]>;
  /** Ids of the priorities, outcomes, actions and measures tagged with a theme. */
  taggedWith: Map<string, string[]>;
}

/**
 * Resolves every cross reference in the content and indexes it both ways, one relation at a time
 * (see relations/). Returns the problems (broken references, duplicates, orphans) instead of
 * throwing, so a check can report all of them at once.
 */
export function buildSiteIndex(
  content: SiteContent,
  options: {
    /** Orphans are not reported when some files could not be read: their owner may be among them. */
    reportOrphans?: boolean;
    /** Ids of files that exist but could not be read: references to them are not reported as missing. */
    unreadable?: Set<string>;
  } = {},
): { index: SiteIndex; problems: ContentProblem[] } {
  const lookups: Lookups = {
    planById: byId(content.plans),
    priorityById: byId(content.priorities),
    outcomeById: byId(content.outcomes),
    actionById: byId(content.actions),
    measureById: byId(content.measures),
    reportById: byId(content.reports),
    themeById: byId(content.themes),
  };
  const context: IndexContext = { content, problems: [], reportOrphans: options.reportOrphans ?? true, unreadable: options.unreadable ?? new Set(), ...lookups };
  const tree = indexPlanTree(context);
  const measures = indexMeasures(context);
  const reports = indexReports(context, measures.seriesByMeasure);
  const links = indexLinks(context, measures.seriesByMeasure);
  const comparison = indexComparisonLinks(context);
  checkHealthChecks(context);
  const plans = [...content.plans].sort(
    (a, b) => a.data.area.localeCompare(b.data.area) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  return { index: { content, plans, ...lookups, ...tree, ...measures, ...reports, ...links, ...comparison }, problems: context.problems };
}
