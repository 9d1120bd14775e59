/**
 * The search page. Reads the query and filters from the address (/search/?q=poverty&kind=Outcome),
 * works out what the words ask for (lib/search: the question's small words left out, the public's
 * words matched to the plans'), asks Pagefind, and lists the results. Each search is a new history
 * entry, so results can be linked and the back button works. Without JavaScript the page explains
 * where else to look.
 */
import { countOf } from '../lib/format';
import { findResults, type Found, type Hit, type SearchFunction } from '../lib/search/find-results';
import { planQuery, synonymIndex, type QueryPlan } from '../lib/search/query-plan';
import { stopWordsFor } from '../lib/search/stop-words';
import type { Topic } from '../lib/search/suggest-topics';
import { element, link, renderResult, type PagefindResult } from './search-result';
import './trusted-types';

interface PagefindHandle {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindHandle[] }>;
}

const PAGE_SIZE = 10;

function readState(): { query: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const name of ['kind', 'plan', 'area', 'status', 'theme']) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Pagefind as find-results asks for it, remembering each page's result so it can be shown. */
function searcher(pagefind: Pagefind, chosen: Record<string, string[]>, handles: Map<string, PagefindHandle>): SearchFunction {
  const filters: Filters = Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, { any: values }]));
  const cache = new Map<string, Promise<Hit[]>>();
  return (query, kind) => {
    // A kind the reader chose in the filters wins over one their words suggest.
    const withKind = kind && !chosen.kind ? { ...filters, kind: { any: [kind] } } : filters;
    const key = `${query ?? ''}\u0000${kind && !chosen.kind ? kind : ''}`;
    if (!cache.has(key)) {
      cache.set(
        key,
        pagefind.search(query, { filters: withKind }).then(({ results }) => {
          for (const result of results) if (!handles.has(result.id)) handles.set(result.id, result);
          return results.map((result) => ({ id: result.id, score: result.score }));
        }),
      );
    }
    return cache.get(key)!;
  };
}

function statusText(query: string, plan: QueryPlan, found: Found): { status: string; note?: string } {
  const count = found.pages.length;
  if (count === 0) return { status: `No results for “${query}”. Check the spelling, try other words, or remove a filter.` };
  const complete = found.pages.filter((page) => page.matched === plan.concepts.length).length;
  const notes = [];
  if (found.relaxed) notes.push(complete === 0 ? 'No page has every word; showing pages with most of them.' : `Only ${countOf(complete, 'page')} ${complete === 1 ? 'has' : 'have'} every word; then pages with most of them.`);
  if (found.alsoSearched.length > 0) notes.push(`Also searched for ${found.alsoSearched.slice(0, 4).map((word) => `“${word}”`).join(', ')}.`);
  return { status: `${countOf(count, 'result')} for “${query}”`, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
}

/** A search that found nothing: the closest topics (loaded only then, to keep the page light) and the A–Z list. */
async function showSuggestions(root: HTMLElement, query: string, topics: Topic[], stopWords: ReadonlySet<string>): Promise<void> {
  const box = root.querySelector<HTMLElement>('[data-search-suggestions]')!;
  const list = box.querySelector<HTMLUListElement>('[data-search-suggestion-list]')!;
  const topicsBox = box.querySelector<HTMLElement>('[data-search-topics]')!;
  topicsBox.hidden = true;
  box.hidden = false;
  const { suggestTopics } = await import('../lib/search/suggest-topics');
  const suggested = suggestTopics(query, topics, stopWords);
  list.replaceChildren(
    ...suggested.map((topic) => {
      const item = element('li');
      item.append(link(topic.href, topic.title), ` (${topic.kind})`);
      return item;
    }),
  );
  topicsBox.hidden = suggested.length === 0;
}

async function loadPagefind(root: HTMLElement): Promise<Pagefind> {
  const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  // Searching on the page's own thread saves the reader downloading Pagefind's worker as well.
  await pagefind.options({ excerptLength: 30, noWorker: true });
  return pagefind;
}

export async function initSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-module="ps-search"]');
  if (!root || root.dataset.searchReady) return;
  root.dataset.searchReady = 'true';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const announce = root.querySelector<HTMLElement>('[data-search-announce]')!;
  const output = root.querySelector<HTMLElement>('[data-search-output]')!;
  const say = (text: string) => {
    status.textContent = text;
    announce.textContent = text;
    output.hidden = text === '';
  };
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const words = JSON.parse(root.dataset.searchWords ?? '{}') as { synonyms?: string[][]; topics?: Topic[] };
  const stopWords = stopWordsFor(document.documentElement.lang || 'en');
  const synonyms = synonymIndex(words.synonyms ?? [], stopWords);

  /** The form as the address says: the query, and the filters open when some are chosen. */
  const showState = () => {
    const state = readState();
    input.value = state.query;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = (state.filters.kind ?? []).includes(box.value);
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) select.value = state.filters[select.name]?.[0] ?? '';
    // Said in the summary rather than by opening the filters, which would push the results down.
    const chosen = Object.values(state.filters).flat().length;
    filters.querySelector('[data-search-filter-count]')!.textContent = chosen > 0 ? ` (${countOf(chosen, 'filter')} chosen)` : '';
    return state;
  };
  // At once, before the index loads, so the page does not move when it has.
  showState();
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(root);
  } catch {
    say('Search could not load. Try again later, or use the list of all pages from A to Z.');
    return;
  }

  let shown: PagefindHandle[] = [];
  let next = 0;

  const nextBatch = () => Promise.all(shown.slice(next, next + PAGE_SIZE).map((result) => result.data()));
  const append = (batch: PagefindResult[]) => {
    const firstNew = list.children.length;
    for (const result of batch) list.append(renderResult(result));
    next += batch.length;
    more.hidden = next >= shown.length;
    return firstNew;
  };

  const run = async () => {
    const { query, filters: chosen } = showState();
    list.replaceChildren();
    more.hidden = true;
    note.hidden = true;
    suggestions.hidden = true;
    output.hidden = true;
    if (!query) {
      say('');
      return;
    }
    const handles = new Map<string, PagefindHandle>();
    const plan = planQuery(query, synonyms, stopWords);
    const found = await findResults(plan, searcher(pagefind, chosen, handles));
    shown = found.pages.map((page) => handles.get(page.id)!).filter(Boolean);
    next = 0;
    const batch = await nextBatch();
    // The status, the note and the first results appear together, where room was kept for them.
    const text = statusText(query, plan, found);
    if (text.note) {
      note.textContent = text.note;
      note.hidden = false;
    }
    const results = countOf(shown.length, 'result');
    document.title = `${shown.length > 0 ? `${results} for ${query}` : `No results for ${query}`} – ${document.title.replace(/^.* – (?=[^–]+$)/, '')}`;
    append(batch);
    try {
      if (shown.length === 0) await showSuggestions(root, query, words.topics ?? [], stopWords);
    } finally {
      say(text.status);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    for (const [name, value] of [...params.entries()]) if (!value) params.delete(name);
    window.history.pushState({}, '', `${window.location.pathname}?${params}`);
    void run();
  });
  more.addEventListener('click', async () => {
    const firstNew = append(await nextBatch());
    list.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  window.addEventListener('popstate', () => void run());
  await run();
}
