/**
 * Page-weight budgets (docs/performance.md), checked on built pages. Sizes are gzip-compressed, as a
 * server sends them: deterministic, so they can be tests; times are not, so they live in the bench.
 */
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

export const BUDGETS = {
  /** HTML and CSS of any page but a whole document. */
  htmlAndCss: 30 * 1024,
  /**
   * HTML and CSS of a whole document on one page (a plan, an annual report: `.ps_document`), which holds
   * what the plan's other pages hold between them, to print or save: docs/performance.md.
   */
  wholeDocument: 80 * 1024,
  /** CSS of any page: the Design System components the site uses, not its whole bundle (~24 KB). */
  css: 15 * 1024,
  /** JavaScript on a page without a chart: small progressive enhancements only. */
  textPageScript: 5 * 1024,
  /** JavaScript on a page with a chart, Chart.js included. */
  chartPageScript: 90 * 1024,
};

export interface PageWeight {
  file: string;
  htmlAndCss: number;
  css: number;
  script: number;
  hasChart: boolean;
  isWholeDocument: boolean;
}

/** How heavy each page is; `readAsset` returns the file a page's href or src points to. */
export function weighPages(pages: Array<{ file: string; html: string }>, readAsset: (href: string) => Buffer): PageWeight[] {
  const compressed = new Map<string, number>();
  const size = (href: string) => {
    if (!compressed.has(href)) compressed.set(href, gzipSync(readAsset(href)).length);
    return compressed.get(href)!;
  };
  return pages.map(({ file, html }) => {
    const $ = load(html);
    const css = $('link[rel="stylesheet"]').map((_, link) => size(link.attribs.href!)).get().reduce((total, bytes) => total + bytes, 0);
    const script = $('script[src]').map((_, element) => size(element.attribs.src!)).get().reduce((total, bytes) => total + bytes, 0);
    return { file, htmlAndCss: gzipSync(html).length + css, css, script, hasChart: $('[data-module="ps-measure-chart"]').length > 0, isWholeDocument: $('main .ps_document').length > 0 };
  });
}

export function budgetProblems(weights: PageWeight[]): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return weights.flatMap((page) => {
    const htmlAndCss = page.isWholeDocument ? BUDGETS.wholeDocument : BUDGETS.htmlAndCss;
    const script = page.hasChart ? BUDGETS.chartPageScript : BUDGETS.textPageScript;
    return [
      ...(page.htmlAndCss > htmlAndCss ? [`${page.file}: ${kb(page.htmlAndCss)} of HTML and CSS (budget ${kb(htmlAndCss)}${page.isWholeDocument ? ' for a whole document' : ''})`] : []),
      ...(page.css > BUDGETS.css ? [`${page.file}: ${kb(page.css)} of CSS (budget ${kb(BUDGETS.css)}): import only the Design System components the page uses`] : []),
      ...(page.script > script ? [`${page.file}: ${kb(page.script)} of JavaScript (budget ${kb(script)} on a ${page.hasChart ? 'chart' : 'text'} page)`] : []),
    ];
  });
}
