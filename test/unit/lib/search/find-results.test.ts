import { describe, expect, test } from 'vitest';
import { combinations, ENOUGH, EXPAND_BELOW, findResults, type SearchFunction } from '../../../../src/lib/search/find-results';
import type { QueryPlan } from '../../../../src/lib/search/query-plan';

/**
 * A fake index: each page's words and kind. As Pagefind does, a search finds the pages with every
 * word of its query that some page has, leaving out words no page has.
 */
function fakeSearch(pages: Record<string, { words: string; kind?: string; score?: number }>): SearchFunction & { queries: string[] } {
  const queries: string[] = [];
  const known = new Set(Object.values(pages).flatMap((page) => page.words.split(' ')));
  const search = (async (query: string | null, kind?: string) => {
    queries.push(`${query ?? '*'}${kind ? ` [${kind}]` : ''}`);
    const words = query === null ? [] : query.split(' ').filter((word) => known.has(word));
    if (query !== null && words.length === 0) return [];
    return Object.entries(pages)
      .filter(([, page]) => (!kind || page.kind === kind) && words.every((word) => page.words.split(' ').includes(word)))
      .map(([id, page]) => ({ id, score: page.score ?? 1 }));
  }) as SearchFunction & { queries: string[] };
  search.queries = queries;
  return search;
}

const concept = (...alternatives: string[]) => ({ text: alternatives[0]!, alternatives, others: alternatives.slice(1) });
const plan = (...concepts: ReturnType<typeof concept>[]): QueryPlan => ({ concepts, leftOut: [] });
const ids = (found: { pages: Array<{ id: string }> }) => found.pages.map((page) => page.id);

describe('findResults', () => {
  test('pages with every concept, best score first; no relaxing when there are enough', async () => {
    const search = fakeSearch({ a: { words: 'child poverty', score: 1 }, b: { words: 'child poverty action', score: 3 }, c: { words: 'child poverty plan', score: 2 }, d: { words: 'child' } });
    const found = await findResults(plan(concept('child'), concept('poverty')), search);
    expect(ids(found)).toEqual(['b', 'c', 'a']);
    expect(found.relaxed).toBe(false);
    expect(ENOUGH).toBe(3);
  });

  test('too few pages with every word: the least informative word is dropped, then any word', async () => {
    // "getting better" is on many pages, "bullying" on two, "schools" on one with bullying.
    const search = fakeSearch({
      bullyingAction: { words: 'bullying schools', score: 5 },
      bullyingMeasure: { words: 'bullying survey', score: 4 },
      better1: { words: 'better', score: 9 },
      better2: { words: 'better schools', score: 8 },
      better3: { words: 'better', score: 7 },
    });
    const found = await findResults(plan(concept('bullying'), concept('better'), concept('schools')), search);
    expect(found.relaxed).toBe(true);
    // No page has all three; without "better" (on most pages) "bullying schools" comes first.
    expect(ids(found).slice(0, 2)).toEqual(['bullyingAction', 'better2']);
    expect(found.pages[0]).toEqual({ id: 'bullyingAction', matched: 2 });
    expect(ids(found)).toHaveLength(5);
  });

  test('a word no page has is never taken as found: the pages are shown as having most of the words', async () => {
    // Pagefind answers "children hungry" with every page about children.
    const search = fakeSearch({ a: { words: 'children' }, b: { words: 'children' }, c: { words: 'children food' }, d: { words: 'children' } });
    const found = await findResults(plan(concept('children'), concept('hungry')), search);
    expect(found.relaxed).toBe(true);
    expect(found.pages.every((page) => page.matched === 1)).toBe(true);
  });

  test('a word no page has is dropped first', async () => {
    const search = fakeSearch({ a: { words: 'foster carers' }, b: { words: 'foster' }, c: { words: 'carers' } });
    const found = await findResults(plan(concept('charge'), concept('foster'), concept('carers')), search);
    expect(ids(found)[0]).toBe('a');
    expect(found.relaxed).toBe(true);
  });

  test('the other ways of writing a word are searched only when the reader’s own find less than a page', async () => {
    const many = Object.fromEntries(Array.from({ length: EXPAND_BELOW }, (_, index) => [`p${index}`, { words: 'childcare' }]));
    const search = fakeSearch({ ...many, elc: { words: 'elc' } });
    const found = await findResults(plan(concept('childcare', 'elc')), search);
    expect(ids(found)).not.toContain('elc');
    expect(found.alsoSearched).toEqual([]);
    const few = fakeSearch({ theme: { words: 'childcare' }, action: { words: 'elc', score: 5 } });
    const expanded = await findResults(plan(concept('childcare', 'elc')), few);
    expect(ids(expanded)).toEqual(['action', 'theme']);
    expect(expanded.alsoSearched).toEqual(['elc']);
  });

  test('pages of the kind the words ask for come first within each step', async () => {
    const search = fakeSearch({ outcome: { words: 'foster carers', kind: 'Outcome', score: 9 }, action: { words: 'foster carers', kind: 'Action', score: 1 }, measure: { words: 'foster carers', kind: 'Measure', score: 5 } });
    const found = await findResults({ ...plan(concept('foster'), concept('carers')), kind: 'Action' }, search);
    expect(ids(found)).toEqual(['action', 'outcome', 'measure']);
  });

  test('a question and its keywords make the same searches, so their results are the same and in the same order', async () => {
    const pages = { a: { words: 'child poverty', score: 2 }, b: { words: 'child poverty', score: 3 } };
    const first = fakeSearch(pages);
    const second = fakeSearch(pages);
    expect(ids(await findResults(plan(concept('child'), concept('poverty')), first))).toEqual(ids(await findResults(plan(concept('child'), concept('poverty')), second)));
    expect(first.queries).toEqual(second.queries);
  });
});

describe('combinations', () => {
  test('every way of writing each concept, the reader’s own words first, at most twelve', () => {
    expect(combinations([concept('charge', 'lead'), concept('foster')])).toEqual(['charge foster', 'lead foster']);
    expect(combinations([concept('a', 'b', 'c', 'd'), concept('e', 'f', 'g', 'h')])).toHaveLength(12);
  });
});
