/**
 * The council area pages (/areas/, /areas/<council>/) and the "How <council> compares" section of the
 * plans' context statistics, checked on the built site against the CSV files in content/comparison/,
 * read here with csv-parse and counted by hand, not with the site's own comparison code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRealContent, projectRoot } from '../content/helpers';
import { budgetProblems, weighPages } from './budgets';
import { buildRealSite, normalise } from './built-site';

const comparisonFile = (name: string) => readFileSync(path.join(projectRoot, 'content', 'comparison', name), 'utf8');
const figures = (parseCsv(comparisonFile('lgbf-children-all-councils.csv'), { columns: true, bom: true }) as Array<Record<string, string>>).map((row) => ({
  indicator: row.indicator!,
  area: row.area!,
  year: row.year!,
  value: Number(row.value),
}));
const councils = (parseCsv(comparisonFile('lgbf-council-groups.csv'), { columns: true, bom: true }) as Array<Record<string, string>>).map((row) => ({
  name: row.council!,
  rurality: row.rurality!,
  deprivationGroup: row.deprivation_group!,
}));
const lgbfOrder = new Map((parseCsv(comparisonFile('lgbf-indicators.csv'), { columns: true, bom: true }) as Array<Record<string, string>>).map((row) => [row.indicator!, row.rank_1_is_highest_value === 'yes']));
const entries = parseYaml(comparisonFile('indicators.yaml')) as Record<string, { slug: string; betterDirection: 'increase' | 'decrease' | 'none' }>;
const codes = Object.keys(entries);

const slugOf = (name: string) => name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const firstAndLast = (year: string) => year.split('-').map(Number);
const byYear = (a: string, b: string) => firstAndLast(a)[0]! - firstAndLast(b)[0]! || firstAndLast(a)[1]! - firstAndLast(b)[1]!;
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
const councilNames = new Set(councils.map((council) => council.name));

/** A council's rank on an indicator in its latest year with a figure, by standard competition ranking. */
function rankByHand(code: string, name: string) {
  const own = figures.filter((figure) => figure.indicator === code && figure.area === name);
  if (own.length === 0) return undefined;
  const year = own.map((figure) => figure.year).sort(byYear).at(-1)!;
  const that = figures.filter((figure) => figure.indicator === code && figure.year === year && councilNames.has(figure.area));
  const value = own.find((figure) => figure.year === year)!.value;
  const direction = entries[code]!.betterDirection;
  const highestFirst = direction === 'none' ? lgbfOrder.get(code)! : direction === 'increase';
  const ahead = (other: number) => (highestFirst ? other > value : other < value);
  const rank = 1 + that.filter((figure) => ahead(figure.value)).length;
  const joint = that.filter((figure) => figure.value === value).length > 1;
  const place = direction === 'none' ? `${ordinal(rank)} ${highestFirst ? 'highest' : 'lowest'} of ${that.length}` : `${rank} of ${that.length}`;
  return { year, value, rank, counted: that.length, joint, place };
}

const sameGroup = (name: string, key: 'deprivationGroup' | 'rurality') => {
  const council = councils.find((other) => other.name === name)!;
  return councils.filter((other) => other.name !== name && other[key] === council[key]).map((other) => other.name);
};

function similarMedianByHand(code: string, name: string, year: string): number | undefined {
  const similar = new Set(sameGroup(name, 'deprivationGroup'));
  const values = figures.filter((figure) => figure.indicator === code && figure.year === year && similar.has(figure.area)).map((figure) => figure.value).sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  const middle = Math.floor(values.length / 2);
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

const percent = (value: number) => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value)}%`;

const { content } = loadRealContent();
let site: ReturnType<typeof buildRealSite>;

beforeAll(() => {
  site = buildRealSite();
}, 300_000);
afterAll(() => site?.remove());

const areaPath = (name: string) => `/areas/${slugOf(name)}/`;

test('the build succeeds', () => {
  expect(site.status, site.output.slice(-3000)).toBe(0);
});

describe('the council area pages', () => {
  test('there is one page per council in lgbf-council-groups.csv, all 32, titled with the source\u2019s name, each linked from /areas/', () => {
    expect(councils).toHaveLength(32);
    const index = site.page('/areas/');
    for (const council of councils) {
      expect(site.exists(areaPath(council.name)), council.name).toBe(true);
      expect(normalise(site.page(areaPath(council.name))('main h1').text())).toBe(council.name);
      const row = index(`main a[href="${areaPath(council.name)}"]`).closest('tr');
      expect(normalise(row.text()), council.name).toContain(`${council.name} ${council.rurality} ${council.deprivationGroup}`);
    }
    expect(index('main tbody tr')).toHaveLength(32);
  });

  test('each lists every indicator once, linked to its indicator page, grouped into tables', () => {
    const expected = codes.map((code) => `/compare/${entries[code]!.slug}/`).sort();
    for (const council of councils) {
      const $ = site.page(areaPath(council.name));
      const links = $('main table tbody th[scope="row"] a').map((_, link) => link.attribs.href).get();
      expect(links.sort(), council.name).toEqual(expected);
      expect($('main table caption').length, council.name).toBe(5);
    }
  });

  test.each(['Moray', 'Clackmannanshire'])('%s: every rank, year and shared rank is what counting the CSV by hand gives', (name) => {
    const $ = site.page(areaPath(name));
    for (const code of codes) {
      const row = $(`main table tbody th a[href="/compare/${entries[code]!.slug}/"]`).closest('tr');
      const cells = row.find('td');
      const rankCell = row.find('td[data-rank]').clone();
      const expected = rankByHand(code, name);
      if (!expected) {
        expect(normalise(rankCell.text()), code).toBe('No figure');
        continue;
      }
      expect(normalise(cells.eq(0).text()), `${code} year`).toBe(expected.year);
      // "=" is shown and "joint" is read out.
      expect(rankCell.find('.visually-hidden').text().trim(), code).toBe(expected.joint ? 'joint' : '');
      rankCell.find('.visually-hidden').remove();
      expect(normalise(rankCell.text()), code).toBe(`${expected.joint ? '=' : ''}${expected.place}`);
      // A cost's place is only a position: nothing in its row is better or worse.
      if (entries[code]!.betterDirection === 'none') expect(normalise(row.text()), code).not.toMatch(/better|worse|best|worst/i);
    }
  });

  test('somewhere among the councils, a rank is shared, and the page says "=" and "joint"', () => {
    const shared = councils.flatMap((council) => codes.filter((code) => rankByHand(code, council.name)?.joint).map((code) => ({ council: council.name, code })));
    expect(shared.length).toBeGreaterThan(0);
    const { council, code } = shared[0]!;
    const cell = site.page(areaPath(council))(`main table tbody th a[href="/compare/${entries[code]!.slug}/"]`).closest('tr').find('td[data-rank]');
    expect(normalise(cell.text())).toMatch(/^=joint \d+/);
  });

  test('the similar councils listed are the other councils of the same deprivation group, and of the same rurality, in lgbf-council-groups.csv', () => {
    for (const council of councils) {
      const $ = site.page(areaPath(council.name));
      const listed = (id: string) => $(`#${id}`).nextAll('ul').first().find('a').map((_, link) => ({ name: normalise($(link).text()), href: link.attribs.href })).get();
      expect(listed('similar-deprivation'), council.name).toEqual(sameGroup(council.name, 'deprivationGroup').map((name) => ({ name, href: areaPath(name) })));
      expect(listed('similar-rurality'), council.name).toEqual(sameGroup(council.name, 'rurality').map((name) => ({ name, href: areaPath(name) })));
    }
  });

  test('a council with plans on the site links each of them; the others say none is published here yet', () => {
    const plansOf = (name: string) => content.plans.filter((plan) => plan.data.area.trim().toLowerCase() === name.toLowerCase());
    expect(plansOf('Moray').length).toBe(3);
    expect(plansOf('Clackmannanshire').length).toBe(1);
    for (const council of councils) {
      const section = site.page(areaPath(council.name))('section[aria-labelledby="plans"]');
      const plans = plansOf(council.name);
      const links = section.find('a').map((_, link) => link.attribs.href).get();
      expect(links.sort(), council.name).toEqual(plans.map((plan) => `/${plan.id}/`).sort());
      expect(normalise(section.text()).includes('No plan from this area is published here yet.'), council.name).toBe(plans.length === 0);
      const indexRow = site.page('/areas/')(`main a[href="${areaPath(council.name)}"]`).closest('tr');
      expect(indexRow.find('td a').map((_, link) => link.attribs.href).get().sort(), council.name).toEqual(plans.map((plan) => `/${plan.id}/`).sort());
    }
  });

  test('every page cites the source and the commit the figures were taken from', () => {
    const commit = /commit: "([0-9a-f]{40})"/.exec(comparisonFile('source.yaml'))![1]!;
    for (const sitePath of ['/areas/', ...councils.map((council) => areaPath(council.name))]) {
      const $ = site.page(sitePath);
      expect($(`main a[href$="/tree/${commit}"]`).length, sitePath).toBe(1);
      expect(normalise($('main').text()), sitePath).toContain(commit);
    }
  });

  test('a council with no figure on an indicator says "No figure", and fills nothing in', () => {
    const missing = councils.flatMap((council) => codes.filter((code) => !rankByHand(code, council.name)).map((code) => ({ council: council.name, code })));
    // The islands have no figure at all on some indicators (CHN6, CHN7, CHN14a…).
    expect(missing.length).toBeGreaterThan(0);
    for (const { council, code } of missing) {
      const cells = site.page(areaPath(council))(`main table tbody th a[href="/compare/${entries[code]!.slug}/"]`).closest('tr').find('td');
      expect(normalise(cells.eq(0).text()), `${council} ${code}`).toBe('No figure in any year');
      // Figure, rank, quartile, change.
      for (const cell of [1, 2, 3, 6]) expect(normalise(cells.eq(cell).text()), `${council} ${code} cell ${cell}`).toBe('No figure');
    }
  });

  test('every link on them goes to a page of the site that exists', () => {
    const broken: string[] = [];
    for (const sitePath of ['/areas/', ...councils.map((council) => areaPath(council.name))]) {
      site.page(sitePath)('main a[href^="/"]').each((_, link) => {
        if (!site.exists(link.attribs.href!.split('#')[0]!)) broken.push(`${sitePath} → ${link.attribs.href}`);
      });
    }
    expect(broken).toEqual([]);
  });

  test('keep to the page-weight budgets', () => {
    const pages = ['/areas/', ...councils.map((council) => areaPath(council.name))].map((sitePath) => ({ file: sitePath, html: readFileSync(site.fileFor(sitePath), 'utf8') }));
    const weights = weighPages(pages, (href) => readFileSync(site.fileFor(href)));
    console.log(`Heaviest area page: ${(Math.max(...weights.map((page) => page.htmlAndCss)) / 1024).toFixed(1)} KB of HTML and CSS, compressed`);
    expect(budgetProblems(weights)).toEqual([]);
  });
});

describe('a plan\u2019s context statistics', () => {
  const contextPages = [
    { measure: 'moray-loip/measures/lgbf-chn9-looked-after-in-community', code: 'CHN9', council: 'Moray' },
    { measure: 'clackmannanshire-csp-2021-24/measures/lgbf-chn24-child-poverty', code: 'CHN24', council: 'Clackmannanshire' },
  ];

  test.each(contextPages)('$measure says where $council ranks and the median of similar councils, with links to the indicator and area pages', ({ measure, code, council }) => {
    const section = site.page(`/${measure}/`)('section[aria-labelledby="how-council-compares"]');
    expect(normalise(section.find('h2').text())).toBe(`How ${council} compares`);
    const rank = rankByHand(code, council)!;
    const median = similarMedianByHand(code, council, rank.year)!;
    const text = normalise(section.text());
    expect(text).toContain(`${council} ranks ${rank.joint ? 'joint ' : ''}${ordinal(rank.rank)} of ${rank.counted} councils (${rank.year}).`);
    expect(text).toContain(`The median of the other councils in its deprivation group (group ${councils.find((other) => other.name === council)!.deprivationGroup}) is ${percent(Math.round(median * 100) / 100)}.`);
    const links = section.find('a').map((_, link) => link.attribs.href).get();
    expect(links).toContain(`/compare/${entries[code]!.slug}/`);
    expect(links).toContain(areaPath(council));
    // The chart's summary, which a screen reader reads for the chart, names the rank too.
    const chartSummary = site.page(`/${measure}/`)('main canvas[role="img"]').attr('aria-label')!;
    expect(chartSummary).toContain(`${council} ranks ${rank.joint ? 'joint ' : ''}${ordinal(rank.rank)} of ${rank.counted} councils (${rank.year}).`);
  });

  test('every context statistic that names an indicator has the section; no plan\u2019s own measure is ranked', () => {
    const withIndicator = content.measures.filter((measure) => measure.data.context && measure.data.indicator);
    expect(withIndicator.length).toBeGreaterThanOrEqual(13);
    for (const measure of withIndicator) expect(site.page(`/${measure.id}/`)('#how-council-compares').length, measure.id).toBe(1);
    const own = content.measures.filter((measure) => !measure.data.context);
    expect(own.length).toBeGreaterThan(50);
    for (const measure of own) {
      const $ = site.page(`/${measure.id}/`);
      expect($('#how-council-compares').length, measure.id).toBe(0);
      expect(normalise($('main').text()), measure.id).not.toMatch(/\branks (joint )?\d+(st|nd|rd|th) of \d+/);
      expect($(`main a[href^="/areas/"]`).length, measure.id).toBe(0);
    }
  });
});
