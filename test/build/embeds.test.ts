/**
 * The chart embeds (/embed/…): every indicator's chart and every charted measure's on a page of its own,
 * made for another site's iframe, and the code to paste on each full page. Checked on the built sample
 * site; which measures have a chart is read from their built pages, the indicators from
 * content/comparison/, and dist/_headers as the hosts read it (header-rules.ts).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EMBED_HEIGHTS } from '../../src/lib/chart-embed';
import { projectRoot } from '../content/helpers';
import { budgetProblems, weighPages } from './budgets';
import { buildRealSite, normalise } from './built-site';
import { frameAllowed, headersFor, parseHeadersFile } from './header-rules';

const comparisonFile = (name: string) => readFileSync(path.join(projectRoot, 'content', 'comparison', name), 'utf8');
const codes = (parseCsv(comparisonFile('lgbf-indicators.csv'), { columns: true, bom: true }) as Array<{ indicator: string }>).map((row) => row.indicator);
const slugs = parseYaml(comparisonFile('indicators.yaml')) as Record<string, { slug: string }>;
const siteTitle = (parseYaml(readFileSync(path.join(projectRoot, 'content', 'site.yaml'), 'utf8')) as { title: string }).title;

let site: ReturnType<typeof buildRealSite>;
beforeAll(() => {
  site = buildRealSite();
}, 300_000);
afterAll(() => site?.remove());

const sitePathOf = (file: string) => `/${file}`.replace(/index\.html$/, '');
const hasChart = (sitePath: string) => site.page(sitePath)('main figure[data-module="ps-measure-chart"]').length > 0;
/** Every measure page that draws a chart: its full page and its embed page. */
const chartedMeasures = () =>
  globSync('*/measures/*/index.html', { cwd: site.distDir })
    .filter((file) => !file.startsWith('embed/'))
    .map(sitePathOf)
    .filter(hasChart)
    .map((full) => ({ full, embed: `/embed${full}` }));
const indicators = () => codes.map((code) => ({ full: `/compare/${slugs[code]!.slug}/`, embed: `/embed/compare/${slugs[code]!.slug}/` }));
const allEmbeds = () => [...indicators(), ...chartedMeasures()];
/** The site's own address, as its pages state it. */
const origin = () => new URL(site.page('/')('link[rel="canonical"]').attr('href')!).origin;

describe('the embed pages', () => {
  test('the build succeeds, with one for each of the 37 indicators and each measure whose page has a chart, and no others', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(codes).toHaveLength(37);
    const measures = chartedMeasures();
    expect(measures.length).toBeGreaterThan(0);
    // Each measure given figures in a CSV file is one of them.
    const withCsv = globSync('*/measures/*.csv', { cwd: path.join(projectRoot, 'content') }).map((file) => `/${file.replace(/\.csv$/, '/')}`);
    expect(measures.map((measure) => measure.full)).toEqual(expect.arrayContaining(withCsv));
    const built = globSync('embed/**/index.html', { cwd: site.distDir }).map(sitePathOf).sort();
    expect(built).toEqual(allEmbeds().map((embed) => embed.embed).sort());
    // A measure page without figures has no chart, so no embed.
    const uncharted = globSync('*/measures/*/index.html', { cwd: site.distDir }).filter((file) => !file.startsWith('embed/')).map(sitePathOf).filter((page) => !hasChart(page));
    expect(uncharted.length).toBeGreaterThan(0);
    for (const page of uncharted) expect(site.exists(`/embed${page}`), page).toBe(false);
  });

  test('each is a page for a frame: no site header, navigation or footer; its language, the site’s styles, and asked not to be indexed', () => {
    for (const { embed } of allEmbeds()) {
      const $ = site.page(embed);
      expect($('html').attr('lang'), embed).toBe('en-GB');
      expect($('.ds_site-header, header, footer, nav, .ds_skip-links').length, embed).toBe(0);
      expect($('meta[name="robots"]').attr('content'), embed).toBe('noindex');
      expect($('link[rel="stylesheet"]').length, embed).toBeGreaterThan(0);
      expect($('meta[http-equiv="Content-Security-Policy"]').length, embed).toBe(1);
      expect($('h1').length, embed).toBe(1);
      // Not in the site's search either.
      expect($('[data-pagefind-body]').length, embed).toBe(0);
    }
  });

  test('each has the full page’s chart, with the same figures, text alternative and keys, its table of figures and its source', () => {
    for (const { full, embed } of allEmbeds()) {
      const [own, theirs] = [site.page(embed), site.page(full)];
      const chart = ($: typeof own) => $('main figure[data-module="ps-measure-chart"]').first();
      expect(chart(own).attr('data-chart'), embed).toBe(chart(theirs).attr('data-chart'));
      expect(chart(own).find('canvas').attr('aria-label'), embed).toBe(chart(theirs).find('canvas').attr('aria-label'));
      expect(normalise(chart(own).find('[data-chart-controls] p').text()), embed).toBe(normalise(chart(theirs).find('[data-chart-controls] p').text()));
      // The same script draws it, so keys and sound work the same.
      expect(own('script[src]').length, embed).toBeGreaterThan(0);
      // The text summary, read without the chart.
      const summary = chart(own).find('canvas').attr('aria-label')!;
      expect(own('main > p').map((_, paragraph) => normalise(own(paragraph).text())).get(), embed).toContain(summary);
      const table = own('main table');
      expect(table.length, embed).toBe(1);
      expect(table.find('caption').text(), embed).not.toBe('');
      expect(table.find('tbody tr').length, embed).toBeGreaterThan(0);
      expect(normalise(own('main').text()), embed).toMatch(/Source|source/);
    }
  });

  test('each links back to its full page, “See this on” the site, in the whole window, and every other link opens there too', () => {
    for (const { full, embed } of allEmbeds()) {
      const $ = site.page(embed);
      const back = $('main a').filter((_, link) => normalise($(link).text()) === `See this on ${siteTitle}`);
      expect(back.length, embed).toBe(1);
      expect(back.attr('href'), embed).toBe(full);
      expect(back.attr('target'), embed).toBe('_top');
      expect($('head base').attr('target'), embed).toBe('_top');
      expect($('a[target]').filter((_, link) => link.attribs.target !== '_top').length, embed).toBe(0);
    }
  });

  test('the indicator embed ranks the councils as the full page does', () => {
    for (const { full, embed } of indicators()) {
      const councils = (sitePath: string) => site.page(sitePath)('main table.ps_rank-table > tbody').first().find('th').map((_, cell) => normalise(site.page(sitePath)(cell).text())).get();
      expect(councils(embed), embed).toEqual(councils(full));
      expect(councils(embed)).toHaveLength(32);
    }
  });

  test('keeps to the page-weight budgets', () => {
    const pages = globSync('embed/**/*.html', { cwd: site.distDir }).map((file) => ({ file, html: readFileSync(path.join(site.distDir, file), 'utf8') }));
    const weights = weighPages(pages, (href) => readFileSync(site.fileFor(href)));
    expect(weights.every((page) => page.hasChart)).toBe(true);
    expect(budgetProblems(weights)).toEqual([]);
  });

  test('the sitemap leaves them out, and lists their full pages', () => {
    const sitemap = globSync('sitemap-*.xml', { cwd: site.distDir }).map((file) => readFileSync(path.join(site.distDir, file), 'utf8')).join('\n');
    expect(sitemap).not.toContain('/embed/');
    for (const { full } of allEmbeds()) expect(sitemap, full).toContain(`<loc>${origin()}${full}</loc>`);
  });
});

describe('the code to paste, on each full page with a chart', () => {
  test('is in an “Embed this chart” details block, in a labelled read-only box: exactly one iframe of the embed page’s absolute address, its title, full width, a height and lazy loading', () => {
    for (const { full, embed } of allEmbeds()) {
      const $ = site.page(full);
      const details = $('main details.ds_details').filter((_, element) => normalise($(element).find('summary').first().text()) === 'Embed this chart');
      expect(details.length, full).toBe(1);
      const box = details.find('textarea');
      expect(box.attr('readonly'), full).toBeDefined();
      expect(normalise(details.find(`label[for="${box.attr('id')}"]`).text()), full).toBe('Code to copy');
      const code = box.text();
      const title = normalise(site.page(embed)('title').text());
      const height = full.startsWith('/compare/') ? EMBED_HEIGHTS.indicator : EMBED_HEIGHTS.measure;
      // A quote in a title ("Children Looked After") is written &quot;, so the attribute holds it.
      expect(code, full).toBe(`<iframe src="${origin()}${embed}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" loading="lazy"></iframe>`);
      const snippet = load(code, null, false);
      expect(snippet('*').length, full).toBe(1);
      expect(snippet('iframe').attr('src'), full).toBe(`${origin()}${embed}`);
      expect(snippet('iframe').attr('title'), full).toBe(title);
      expect(normalise(details.text()), full).toContain('Any website can show it.');
    }
  });

  test('is only where there is a chart: not on the similar-council pages, nor on a measure page without figures', () => {
    const pages = globSync('**/index.html', { cwd: site.distDir }).filter((file) => !file.startsWith('embed/')).map(sitePathOf);
    const withCode = pages.filter((page) => site.page(page)('textarea').length > 0).sort();
    expect(withCode).toEqual(allEmbeds().map((embed) => embed.full).sort());
  }, 60_000);
});

describe('dist/_headers', () => {
  test.each(['cloudflare', 'netlify'] as const)('on %s, another site may frame the embed pages and no other page', (host) => {
    const rules = parseHeadersFile(readFileSync(path.join(site.distDir, '_headers'), 'utf8'));
    const pages = globSync('**/*.html', { cwd: site.distDir }).map(sitePathOf);
    const framed = pages.filter((page) => frameAllowed(headersFor(rules, page, host), 'https://www.moray.gov.uk'));
    expect(framed.length).toBe(allEmbeds().length);
    expect(framed.sort()).toEqual(allEmbeds().map((embed) => embed.embed).sort());
    // The not-found page, for any address that does not exist, refuses too.
    expect(frameAllowed(headersFor(rules, '/no-such-page/', host), 'https://www.moray.gov.uk')).toBe(false);
  });
});
