/**
 * The search page. Reads the query and filters from the address (/search/?q=poverty&kind=Outcome),
 * asks Pagefind, and lists the results. Each search is a new history entry, so results can be
 * linked and the back button works. Without JavaScript the page explains where else to look.
 */

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string | string[] | { any: string[] }> }): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

import { countOf } from '../lib/format';
import { excerptParts } from '../lib/excerpt';
import './trusted-types';

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

export async function initSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-module="ps-search"]');
  if (!root || root.dataset.searchReady) return;
  root.dataset.searchReady = 'true';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;

  let pagefind: Pagefind;
  try {
    const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
    pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
  } catch {
    status.textContent = 'Search could not load. Try again later, or use the list of all pages from A to Z.';
    return;
  }
  root.querySelector('[data-search-no-script]')?.setAttribute('hidden', '');
  filters.hidden = false;

  let shown: Array<{ data(): Promise<PagefindResult> }> = [];
  let next = 0;

  const showMore = async () => {
    const batch = await Promise.all(shown.slice(next, next + PAGE_SIZE).map((result) => result.data()));
    const firstNew = list.children.length;
    for (const result of batch) list.append(renderResult(result));
    next += batch.length;
    more.hidden = next >= shown.length;
    return firstNew;
  };

  const run = async () => {
    const { query, filters: chosen } = readState();
    input.value = query;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = (chosen.kind ?? []).includes(box.value);
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) select.value = chosen[select.name]?.[0] ?? '';
    if (Object.keys(chosen).length > 0) filters.open = true;
    list.replaceChildren();
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(query, {
      filters: Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, { any: values }])),
    });
    shown = search.results;
    next = 0;
    const count = shown.length;
    const results = countOf(count, 'result');
    status.textContent = count === 0 ? `No results for “${query}”. Check the spelling, try fewer words, or remove a filter.` : `${results} for “${query}”`;
    document.title = `${count > 0 ? `${results} for ${query}` : `No results for ${query}`} – ${document.title.replace(/^.* – (?=[^–]+$)/, '')}`;
    await showMore();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    for (const [name, value] of [...params.entries()]) if (!value) params.delete(name);
    window.history.pushState({}, '', `${window.location.pathname}?${params}`);
    void run();
  });
  more.addEventListener('click', async () => {
    const firstNew = await showMore();
    list.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  window.addEventListener('popstate', () => void run());
  await run();
}

/** An element with text (never HTML) and, optionally, a class. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

/** One result, built from text nodes: nothing in the index can become markup on the page. */
function renderResult(result: PagefindResult): HTMLLIElement {
  const item = element('li', 'ds_search-result');
  const details = [
    ['Kind', result.meta.kind],
    ['Plan', result.meta.plan],
    ['Status', result.meta.status],
  ].filter((detail): detail is [string, string] => Boolean(detail[1]));
  // Long pages (reports) point straight at the sections that match.
  const sections = result.meta.kind === 'Report' ? (result.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3) : [];
  const title = element('h2', 'ds_search-result__title');
  title.append(link(result.url, result.meta.title ?? result.url, 'ds_search-result__link'));
  const summary = element('p', 'ds_search-result__summary');
  summary.append(...excerptParts(result.excerpt).map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  item.append(title, summary);
  if (sections.length > 0) {
    const sublinks = element('ul', 'ds_search-result__sublinks');
    sublinks.append(...sections.map((sub) => {
      const entry = element('li');
      entry.append(link(sub.url, sub.title));
      return entry;
    }));
    item.append(sublinks);
  }
  const metadata = element('dl', 'ds_search-result__metadata ds_metadata ds_metadata--inline');
  for (const [key, value] of details) {
    const row = element('div', 'ds_metadata__item');
    row.append(element('dt', 'ds_metadata__key', key), ' ', element('dd', 'ds_metadata__value', value));
    metadata.append(row, ' ');
  }
  item.append(metadata);
  return item;
}
