/**
 * What the search page needs besides the index, as JSON in an attribute of the search's container:
 * the groups of words that mean the same (content/search-words.yaml and the glossary), and the topics
 * to suggest when a search finds nothing (themes, glossary terms, priorities).
 */
import { synonymGroups } from '../lib/search/synonym-groups';
import { pageHref, withBase } from '../lib/url';
import type { Site } from './index';

export interface SearchTopic {
  title: string;
  /** "Theme", "Glossary", or the plan's short title for a priority. */
  kind: string;
  href: string;
}

export interface SearchPageWords {
  synonyms: string[][];
  topics: SearchTopic[];
}

export function searchPageWords(site: Site): SearchPageWords {
  const glossary = site.content.glossary.map((entry) => entry.data);
  const topics: SearchTopic[] = [
    ...site.content.themes.map((theme) => ({ title: theme.data.title, kind: 'Theme', href: withBase(`themes/${theme.id}/`) })),
    ...site.content.glossary.map((entry) => ({
      title: entry.data.expansion ? `${entry.data.term} (${entry.data.expansion})` : entry.data.term,
      kind: 'Glossary',
      href: `${withBase('glossary/')}#${entry.id}`,
    })),
    ...site.content.priorities.map((priority) => ({ title: priority.data.title, kind: site.planById.get(priority.id.split('/')[0]!)?.data.shortTitle ?? 'Priority', href: pageHref(priority.id) })),
  ];
  return { synonyms: synonymGroups(site.content.searchWords?.data.synonyms ?? [], glossary), topics };
}
