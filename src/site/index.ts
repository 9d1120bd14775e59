import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-problem';
import { lastChangedFromGitLog } from '../lib/last-updated';
import { findMeasureEmbeds, findOutcomeSections } from '../lib/embeds';
import type { SiteSettings } from '../schemas';
import { buildSiteIndex, type Entry, type SiteIndex } from '../lib/relations';

type RenderableCollection = 'plans' | 'priorities' | 'outcomes' | 'reports' | 'youngPeople';

export interface Site extends SiteIndex {
  /** The collection entry behind a page, for rendering its MDX body. */
  source: Map<string, CollectionEntry<RenderableCollection>>;
  settings: SiteSettings;
  /** ISO date a content file last changed. */
  lastUpdated: (filePath: string) => string;
}

function plain<T>(entry: { id: string; filePath?: string; data: T }): Entry<T> {
  return { id: entry.id, filePath: entry.filePath ?? `content/${entry.id}`, data: entry.data };
}

function readLastChanged(): Map<string, string> {
  try {
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return lastChangedFromGitLog(log);
  } catch {
    return new Map();
  }
}

async function load(): Promise<Site> {
  const [settings, plans, priorities, outcomes, actions, measures, reports, themes, glossary, series, youngPeople, healthChecks, searchWords, comparison] = await Promise.all([
    getCollection('site'),
    getCollection('plans'),
    getCollection('priorities'),
    getCollection('outcomes'),
    getCollection('actions'),
    getCollection('measures'),
    getCollection('reports'),
    getCollection('themes'),
    getCollection('glossary'),
    getCollection('series'),
    getCollection('youngPeople'),
    getCollection('healthChecks'),
    getCollection('searchWords'),
    getCollection('comparison'),
  ]);
  const { index, problems } = buildSiteIndex({
    plans: plans.map(plain),
    priorities: priorities.map(plain),
    outcomes: outcomes.map(plain),
    actions: actions.map(plain),
    measures: measures.map(plain),
    reports: reports.map(plain),
    themes: themes.map(plain),
    glossary: glossary.map(plain),
    healthChecks: healthChecks.map(plain),
    series: series.map(plain),
    youngPeople: youngPeople.map(plain)[0],
    searchWords: searchWords.map(plain)[0],
    comparison: comparison[0]?.data,
    embeds: [...plans, ...priorities, ...outcomes, ...reports].flatMap((entry) =>
      findMeasureEmbeds(entry.body ?? '').map((embed) => ({ filePath: entry.filePath ?? entry.id, ...embed })),
    ),
    outcomeSections: [...plans, ...priorities, ...outcomes, ...reports].flatMap((entry) =>
      findOutcomeSections(entry.body ?? '').map((section) => ({ filePath: entry.filePath ?? entry.id, id: entry.id, ...section })),
    ),
  });
  if (problems.length > 0) throw new ContentError(problems);

  const source = new Map<string, CollectionEntry<RenderableCollection>>();
  for (const entry of [...plans, ...priorities, ...outcomes, ...reports, ...youngPeople]) source.set(entry.id, entry);

  const lastChanged = readLastChanged();
  const lastUpdated = (filePath: string): string => {
    const fromGit = lastChanged.get(filePath);
    if (fromGit) return fromGit;
    try {
      return statSync(filePath).mtime.toISOString().slice(0, 10);
    } catch {
      return new Date().toISOString().slice(0, 10);
    }
  };

  const siteSettings = settings[0];
  if (!siteSettings) throw new ContentError([{ file: 'content/site.yaml', message: 'this file is missing. It names the website and its publisher.' }]);
  return { ...index, settings: siteSettings.data, source, lastUpdated };
}

let site: Promise<Site> | undefined;

/** The whole site's content, indexed once per build. The only module that reads collections. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
