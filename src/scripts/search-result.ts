/**
 * One search result, built from text nodes: nothing in the index can become markup on the page.
 * An action's result says who leads it and how it stands; a measure's, its latest figure and trend.
 */
import { excerptParts } from '../lib/excerpt';

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

/** An element with text (never HTML) and, optionally, a class. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

function sectionLinks(result: PagefindResult): HTMLUListElement | undefined {
  // Long pages (reports) point straight at the sections that match.
  const sections = result.meta.kind === 'Report' ? (result.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3) : [];
  if (sections.length === 0) return undefined;
  const sublinks = element('ul', 'ds_search-result__sublinks');
  sublinks.append(
    ...sections.map((sub) => {
      const entry = element('li');
      entry.append(link(sub.url, sub.title));
      return entry;
    }),
  );
  return sublinks;
}

function metadata(result: PagefindResult): HTMLDListElement {
  const details = [
    ['Kind', result.meta.kind],
    ['Plan', result.meta.plan],
    // An action's or measure's answer line already says how it stands.
    ['Status', result.meta.answer ? undefined : result.meta.status],
  ].filter((detail): detail is [string, string] => Boolean(detail[1]));
  const list = element('dl', 'ds_search-result__metadata ds_metadata ds_metadata--inline');
  for (const [key, value] of details) {
    const row = element('div', 'ds_metadata__item');
    row.append(element('dt', 'ds_metadata__key', key), ' ', element('dd', 'ds_metadata__value', value));
    list.append(row, ' ');
  }
  return list;
}

export function renderResult(result: PagefindResult): HTMLLIElement {
  const item = element('li', 'ds_search-result');
  const title = element('h2', 'ds_search-result__title');
  title.append(link(result.url, result.meta.title ?? result.url, 'ds_search-result__link'));
  item.append(title);
  if (result.meta.answer) item.append(element('p', 'ps_search-result__answer', result.meta.answer));
  const summary = element('p', 'ds_search-result__summary');
  summary.append(...excerptParts(result.excerpt).map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  item.append(summary);
  const sections = sectionLinks(result);
  if (sections) item.append(sections);
  item.append(metadata(result));
  return item;
}
