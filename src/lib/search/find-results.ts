/**
 * From a query plan to an ordered list of pages, with Pagefind (or any search with the same shape)
 * doing each search. Pages with every concept come first; when fewer than ENOUGH pages have every
 * concept, the search is relaxed step by step — without the least informative concept, then any
 * concept — and says so. Within each step pages of the kind asked for come first, then by score.
 */
import type { Concept, QueryPlan } from './query-plan';

export interface Hit {
  id: string;
  score: number;
}

/** One Pagefind search: a query (or null for every page) and, optionally, a kind of page. */
export type SearchFunction = (query: string | null, kind?: string) => Promise<Hit[]>;

export interface FoundPage {
  id: string;
  /** How many of the concepts the page has. */
  matched: number;
}

export interface Found {
  pages: FoundPage[];
  /** True when no page (or too few) had every concept, and pages with most of them are shown. */
  relaxed: boolean;
  /** The other ways of writing the reader's words that were searched ("ELC" for "childcare"). */
  alsoSearched: string[];
}

/** Fewer pages than this with every concept, and the search is relaxed. */
export const ENOUGH = 3;
/** The reader's own words finding fewer pages than this (a page of results), their other ways of writing are searched too. */
export const EXPAND_BELOW = 10;
/** At most this many searches for the combinations of concepts' alternatives. */
const MOST_COMBINATIONS = 12;

/** A concept's pages, by page id: the best score of the alternatives given. */
async function pagesOf(alternatives: string[], search: SearchFunction): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  for (const alternative of alternatives) for (const hit of await search(alternative)) keepBest(pages, hit);
  return pages;
}

/** A page found by several searches keeps its best score. */
function keepBest(pages: Map<string, number>, hit: Hit): void {
  pages.set(hit.id, Math.max(pages.get(hit.id) ?? 0, hit.score));
}

/** The combinations of alternatives to search together, the reader's own words first. */
export function combinations(concepts: Concept[]): string[] {
  let combined: string[][] = [[]];
  for (const concept of concepts) {
    combined = combined.flatMap((partial) => concept.alternatives.map((alternative) => [...partial, alternative]));
    if (combined.length > MOST_COMBINATIONS) combined = combined.slice(0, MOST_COMBINATIONS);
  }
  return combined.map((parts) => parts.join(' '));
}

/**
 * The pages with every concept, scored by Pagefind's search of the words together. Pagefind leaves
 * out a word no page has, so each page is also checked against each concept's own pages: a search
 * for "children hungry" is not a search for "children".
 */
async function withEvery(queries: string[], perConcept: Array<Map<string, number>>, search: SearchFunction): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  for (const query of queries) {
    for (const hit of await search(query)) {
      if (perConcept.every((conceptPages) => conceptPages.has(hit.id))) keepBest(pages, hit);
    }
  }
  return pages;
}

function alsoSearched(plan: QueryPlan): string[] {
  return plan.concepts.flatMap((concept) => concept.others);
}

/** Orders pages: the kind asked for first, then by score. */
function ordered(scores: Map<string, number>, ofKind: Set<string> | undefined): string[] {
  return [...scores].sort(([a, scoreA], [b, scoreB]) => Number(ofKind?.has(b) ?? 0) - Number(ofKind?.has(a) ?? 0) || scoreB - scoreA).map(([id]) => id);
}

/**
 * Relaxed steps: the concepts dropped one by one, least informative first (a concept no page has,
 * then the one most pages have), each step adding the pages with all the concepts left.
 */
function relaxedSteps(plan: QueryPlan, perConcept: Array<Map<string, number>>, ofKind: Set<string> | undefined): FoundPage[] {
  const order = plan.concepts.map((_, index) => index).sort((a, b) => informativeness(perConcept[a]!) - informativeness(perConcept[b]!));
  const shown = new Map<string, FoundPage>();
  const add = (ids: string[], matched: number) => ids.forEach((id) => (shown.has(id) ? undefined : shown.set(id, { id, matched })));
  for (let dropped = 0; dropped < plan.concepts.length; dropped++) {
    const kept = order.slice(dropped);
    const scores = new Map<string, number>();
    for (const [id, score] of perConcept[kept[0]!]!) {
      if (kept.every((index) => perConcept[index]!.has(id))) scores.set(id, score + kept.slice(1).reduce((total, index) => total + perConcept[index]!.get(id)!, 0));
    }
    add(ordered(scores, ofKind), kept.length);
  }
  // Then any concept: pages with more of them first.
  const any = new Map<string, number>();
  perConcept.forEach((pages) => pages.forEach((score, id) => any.set(id, (any.get(id) ?? 0) + score)));
  const matchedCount = (id: string) => perConcept.filter((pages) => pages.has(id)).length;
  [...any].sort(([a, scoreA], [b, scoreB]) => matchedCount(b) - matchedCount(a) || scoreB - scoreA).forEach(([id]) => add([id], matchedCount(id)));
  return [...shown.values()];
}

/** Lower is less informative: a concept on no page first, then the one on the most pages. */
function informativeness(pages: Map<string, number>): number {
  return pages.size === 0 ? -Infinity : -pages.size;
}

export async function findResults(plan: QueryPlan, search: SearchFunction): Promise<Found> {
  const ofKind = plan.kind ? new Set((await search(null, plan.kind)).map((hit) => hit.id)) : undefined;
  const [own, ...others] = combinations(plan.concepts);
  // The reader's own words first; their other ways of writing only when those find less than a page.
  let perConcept = await Promise.all(plan.concepts.map((concept) => pagesOf(concept.alternatives.slice(0, 1), search)));
  let every = await withEvery([own!], perConcept, search);
  const expand = every.size < EXPAND_BELOW && others.length > 0;
  if (expand) {
    perConcept = await Promise.all(plan.concepts.map((concept) => pagesOf(concept.alternatives, search)));
    every = await withEvery([own!, ...others], perConcept, search);
  }
  const complete = ordered(every, ofKind).map((id) => ({ id, matched: plan.concepts.length }));
  const searched = expand ? alsoSearched(plan) : [];
  if (complete.length >= ENOUGH || plan.concepts.length < 2) return { pages: complete, relaxed: false, alsoSearched: searched };
  if (!expand) perConcept = await Promise.all(plan.concepts.map((concept) => pagesOf(concept.alternatives, search)));
  const relaxed = relaxedSteps(plan, perConcept, ofKind);
  const seen = new Set(complete.map((page) => page.id));
  const more = relaxed.filter((page) => !seen.has(page.id));
  return { pages: [...complete, ...more], relaxed: more.length > 0, alsoSearched: alsoSearched(plan) };
}
