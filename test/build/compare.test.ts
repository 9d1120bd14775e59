/**
 * The indicator pages (/compare/, /compare/<indicator>/, its similar-council pages and its CSV and JSON),
 * checked on the built site against the files in content/comparison/, read here with csv-parse and
 * ranked by hand, not with the site's own comparison code.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { budgetProblems, weighPages } from './budgets';
import { buildRealSite, normalise } from './built-site';

const comparisonFile = (name: string) => readFileSync(path.join(projectRoot, 'content', 'comparison', name), 'utf8');
const csvRows = (text: string) => parseCsv(text, { columns: true, bom: true }) as Array<Record<string, string>>;
const figures = csvRows(comparisonFile('lgbf-children-all-councils.csv')).map((row) => ({ indicator: row.indicator!, area: row.area!, year: row.year!, value: Number(row.value) }));
const councils = csvRows(comparisonFile('lgbf-council-groups.csv')).map((row) => ({ name: row.council!, rurality: row.rurality!, deprivationGroup: row.deprivation_group! }));
const metadata = csvRows(comparisonFile('lgbf-indicators.csv'));
const lgbfOrder = new Map(metadata.map((row) => [row.indicator!, row.rank_1_is_highest_value === 'yes']));
const entries = parseYaml(comparisonFile('indicators.yaml')) as Record<string, { slug: string; betterDirection: 'increase' | 'decrease' | 'none'; reason: string }>;
const source = parseYaml(comparisonFile('source.yaml')) as { commit: string };
const codes = metadata.map((row) => row.indicator!);
const councilNames = new Set(councils.map((council) => council.name));

const firstAndLast = (year: string) => year.split('-').map(Number);
const byYear = (a: string, b: string) => firstAndLast(a)[0]! - firstAndLast(b)[0]! || firstAndLast(a)[1]! - firstAndLast(b)[1]!;
const latestYear = (code: string) => [...new Set(figures.filter((figure) => figure.indicator === code).map((figure) => figure.year))].sort(byYear).at(-1)!;

/** Every council's place on an indicator in its latest year, by standard competition ranking (1, 2, 2, 4), from the CSV. */
function ranksByHand(code: string) {
  const year = latestYear(code);
  const values = new Map(figures.filter((figure) => figure.indicator === code && figure.year === year && councilNames.has(figure.area)).map((figure) => [figure.area, figure.value]));
  const direction = entries[code]!.betterDirection;
  const highestFirst = direction === 'none' ? lgbfOrder.get(code)! : direction === 'increase';
  const ranks = new Map<string, { rank: number; joint: boolean; value: number } | undefined>();
  for (const council of councils) {
    const value = values.get(council.name);
    if (value === undefined) {
      ranks.set(council.name, undefined);
      continue;
    }
    const others = [...values.values()];
    const rank = 1 + others.filter((other) => (highestFirst ? other > value : other < value)).length;
    ranks.set(council.name, { rank, joint: others.filter((other) => other === value).length > 1, value });
  }
  const scotland = figures.find((figure) => figure.indicator === code && figure.year === year && figure.area === 'Scotland')?.value;
  return { year, ranks, scotland };
}

let site: ReturnType<typeof buildRealSite>;
beforeAll(() => {
  site = buildRealSite();
}, 300_000);
afterAll(() => site?.remove());

const pageOf = (code: string, filter = '') => `/compare/${entries[code]!.slug}/${filter ? `${filter}/` : ''}`;
/** The council rows of an indicator page's table: place, council and figure as the page writes them. */
function councilRows($: CheerioAPI) {
  return $('main table.ps_rank-table > tbody')
    .first()
    .find('tr')
    .map((_, row) => ({ place: normalise($(row).find('td').first().text()), council: normalise($(row).find('th').text()), figure: normalise($(row).find('td').eq(1).text()) }))
    .get();
}
const referenceRows = ($: CheerioAPI) =>
  $('main table.ps_rank-table > tbody')
    .eq(1)
    .find('tr')
    .map((_, row) => ({ name: normalise($(row).find('th').text()), figure: normalise($(row).find('td').eq(1).text()) }))
    .get();
const comparisonPages = () => globSync('compare/**/index.html', { cwd: site.distDir }).map((file) => `/${file}`.replace(/index\.html$/, ''));

describe('the indicator pages', () => {
  test('the build succeeds, with one page per indicator in lgbf-indicators.csv', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(codes).toHaveLength(37);
    for (const code of codes) expect(site.exists(pageOf(code)), code).toBe(true);
    expect(globSync('compare/*/index.html', { cwd: site.distDir })).toHaveLength(codes.length);
  });

  test.each(codes)('%s: 32 council rows, each placed as the CSV ranks it (ties share a place), in that order, then Scotland and the median', (code) => {
    const $ = site.page(pageOf(code));
    const { ranks, scotland, year } = ranksByHand(code);
    const rows = councilRows($);
    expect(rows).toHaveLength(32);
    expect(new Set(rows.map((row) => row.council))).toEqual(councilNames);
    for (const row of rows) {
      const expected = ranks.get(row.council);
      expect(row.place, `${code} ${row.council}`).toBe(expected ? `${expected.rank}${expected.joint ? ' (joint)' : ''}` : 'Not placed');
      if (!expected) expect(row.figure).toBe('No figure');
    }
    const placed = rows.map((row) => ranks.get(row.council)?.rank ?? Infinity);
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
    const references = referenceRows($);
    expect(references.map((row) => row.name)[0]).toBe('Scotland');
    expect(references[0]!.figure === 'No figure').toBe(scotland === undefined);
    expect(references[1]!.name).toMatch(/^Median of the \d+ councils with a figure$/);
    expect(normalise($('main table caption').text())).toContain(year);
  });

  test.each(codes)('%s: the chart’s text alternative names the council placed 1st, and the chart lists the placed councils in order', (code) => {
    const $ = site.page(pageOf(code));
    const { ranks } = ranksByHand(code);
    const first = [...ranks].filter(([, rank]) => rank?.rank === 1).map(([name]) => name);
    const label = $('main figure[data-module="ps-measure-chart"] canvas').attr('aria-label')!;
    expect(first.length).toBeGreaterThan(0);
    for (const name of first) expect(label, code).toContain(name);
    expect(label).toMatch(/(Joint )?1st: /);
    const chart = JSON.parse($('main figure[data-module="ps-measure-chart"]').attr('data-chart')!) as { labels: string[]; horizontal: boolean };
    expect(chart.horizontal).toBe(true);
    expect(chart.labels).toEqual(councilRows($).filter((row) => row.place !== 'Not placed').map((row) => row.council));
  });

  test.each(codes.filter((code) => entries[code]!.betterDirection === 'none'))('%s, a cost: no place is called better or worse outside the one section that says no direction applies', (code) => {
    const $ = site.page(pageOf(code));
    const direction = $('#direction-section');
    expect(normalise(direction.text())).toBe(`Which way is better Neither. ${entries[code]!.reason}`);
    const main = $('main').clone();
    main.find('#direction-section').remove();
    expect(normalise(main.text())).not.toMatch(/\b(better|worse|best|worst)\b/i);
    expect(normalise($('main table thead th').first().text())).toBe('Position');
    for (const filter of ['deprivation-group-1', 'rurality-rural']) {
      const filtered = site.page(pageOf(code, filter))('main').clone();
      filtered.find('#direction-section').remove();
      expect(normalise(filtered.text()), filter).not.toMatch(/\b(better|worse|best|worst)\b/i);
    }
  });

  test.each(codes.filter((code) => entries[code]!.betterDirection !== 'none'))('%s states which way is better, with its reason', (code) => {
    const $ = site.page(pageOf(code));
    const word = entries[code]!.betterDirection === 'increase' ? 'Higher' : 'Lower';
    expect(normalise($('#direction-section').text())).toBe(`Which way is better ${word} is better. ${entries[code]!.reason}`);
  });
});

describe('the similar-council pages', () => {
  const filters = [
    ...[...new Set(councils.map((council) => council.deprivationGroup))].map((group) => ({ slug: `deprivation-group-${group}`, members: councils.filter((council) => council.deprivationGroup === group) })),
    ...[...new Set(councils.map((council) => council.rurality))].map((rurality) => ({ slug: `rurality-${rurality.toLowerCase()}`, members: councils.filter((council) => council.rurality === rurality) })),
  ];

  test('there are 4 deprivation groups and 3 ruralities', () => {
    expect(filters.map((filter) => filter.slug).sort()).toEqual(['deprivation-group-1', 'deprivation-group-2', 'deprivation-group-3', 'deprivation-group-4', 'rurality-mixed', 'rurality-rural', 'rurality-urban']);
  });

  test.each(codes)('%s: each page lists exactly the councils lgbf-council-groups.csv puts in that group, with their places among all councils', (code) => {
    const { ranks } = ranksByHand(code);
    for (const filter of filters) {
      const $ = site.page(pageOf(code, filter.slug));
      const rows = councilRows($);
      expect(rows.map((row) => row.council).sort(), `${code} ${filter.slug}`).toEqual(filter.members.map((council) => council.name).sort());
      for (const row of rows) {
        const expected = ranks.get(row.council);
        expect(row.place).toBe(expected ? `${expected.rank}${expected.joint ? ' (joint)' : ''}` : 'Not placed');
      }
      expect(referenceRows($).map((row) => row.name)).toEqual(['Scotland', expect.stringMatching(/^Median of the \d+ councils with a figure$/), expect.stringMatching(/^Median of these \d+ councils? with a figure$/)]);
      // Each indicator page links to each of its filters.
      expect(site.page(pageOf(code))(`main a[href="${pageOf(code, filter.slug)}"]`).length).toBeGreaterThan(0);
    }
  });
});

describe('the downloads', () => {
  test.each(codes)('%s: the CSV and the JSON have the table’s councils, places and figures in its order, then Scotland; the JSON cites the commit', (code) => {
    const slug = entries[code]!.slug;
    const { ranks, scotland, year } = ranksByHand(code);
    const rows = councilRows(site.page(pageOf(code)));
    const csv = csvRows(readFileSync(site.fileFor(`/compare/${slug}.csv`), 'utf8'));
    expect(csv.map((row) => row.area)).toEqual([...rows.map((row) => row.council), 'Scotland']);
    for (const row of csv.slice(0, -1)) {
      const expected = ranks.get(row.area!);
      expect(row.year).toBe(year);
      expect(row.rank).toBe(expected ? String(expected.rank) : '');
      expect(row.joint).toBe(expected?.joint ? 'yes' : 'no');
      expect(row.value).toBe(expected ? String(expected.value) : '');
    }
    expect(csv.at(-1)!.value).toBe(scotland === undefined ? '' : String(scotland));
    const json = JSON.parse(readFileSync(site.fileFor(`/compare/${slug}.json`), 'utf8'));
    expect(json.source.commit).toBe(source.commit);
    expect(json.year).toBe(year);
    expect(json.councils.map((council: { council: string }) => council.council)).toEqual(rows.map((row) => row.council));
    expect(json.councils.map((council: { rank: number | null }) => council.rank)).toEqual(rows.map((row) => ranks.get(row.council)?.rank ?? null));
    expect(json.scotland.value).toBe(scotland ?? null);
    expect(json.ranking.meaning).toBe(entries[code]!.betterDirection === 'none' ? 'position' : 'better');
  });
});

describe('every comparison page', () => {
  test('cites the source and the commit the figures were taken from', () => {
    const pages = comparisonPages();
    expect(pages).toHaveLength(1 + codes.length * 8);
    for (const sitePath of pages) expect(normalise(site.page(sitePath)('main').text()), sitePath).toContain(source.commit);
  });

  test('/compare/ links to every indicator, with its latest year, and the site’s navigation links to /compare/', () => {
    const $ = site.page('/compare/');
    for (const code of codes) {
      const link = $(`main a[href="${pageOf(code)}"]`);
      expect(link.length, code).toBe(1);
      expect(normalise(link.parent().text())).toContain(`latest year ${latestYear(code)}`);
    }
    expect(site.page('/')('header nav[aria-label="Main"] a[href="/compare/"]').text()).toBe('Compare areas');
  });

  test('keeps to the page-weight budgets', () => {
    const pages = globSync('compare/**/*.html', { cwd: site.distDir }).map((file) => ({ file, html: readFileSync(path.join(site.distDir, file), 'utf8') }));
    const weights = weighPages(pages, (href) => readFileSync(site.fileFor(href)));
    expect(weights.filter((page) => page.hasChart)).toHaveLength(codes.length);
    expect(budgetProblems(weights)).toEqual([]);
  });
});
