/**
 * "Compare councils over time" on an indicator page (CouncilPicks.astro, scripts/council-picks.ts): the
 * reader's council and up to three others charted beside Scotland, the choice kept in the address; and
 * without JavaScript, no form at all, only the table of every council.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { budgetProblems, BUDGETS, weighPages } from '../build/budgets';
import { addAxe, axeViolations, cspViolations, recordCspViolations, scrollsSideways } from './audit';
import { builtSiteForThisFile } from './browser';

const site = builtSiteForThisFile();

/** Children living in poverty: six years, every council with a figure in each. */
const POVERTY = '/compare/chn24/';
const YEARS = ['2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20'];
/** CHN7, on which Moray has a figure for 1 year of 10. */
const WITH_GAPS = '/compare/chn7/';

const pickedChart = '[data-module="ps-council-picks"] [data-picks-chart]';

async function open(address: string, options: { axe?: boolean } = {}): Promise<Page> {
  const context = await site().browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  if (options.axe) await addAxe(context);
  await recordCspViolations(context);
  const page = await context.newPage();
  await page.goto(`${site().origin}${address}`);
  await page.waitForSelector('[data-module="ps-council-picks"][data-picks-ready]');
  return page;
}

async function whenDrawn(page: Page): Promise<void> {
  await page.waitForSelector(`${pickedChart}[data-chart-ready] canvas`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What the drawn chart (its Chart.js instance, which the script leaves on the canvas) shows. */
async function drawnChart(page: Page) {
  return page.evaluate((selector) => {
    type Drawn = {
      config: { type: string };
      data: { labels: string[]; datasets: Array<{ label: string; data: Array<number | null>; spanGaps?: boolean }> };
      legend?: { legendItems?: Array<{ text: string }> };
    };
    const canvas = document.querySelector<HTMLCanvasElement & { chart?: Drawn }>(`${selector} canvas`);
    const chart = canvas?.chart;
    if (!chart) return undefined;
    return {
      type: chart.config.type,
      labels: chart.data.labels,
      lines: chart.data.datasets.map((dataset) => ({ name: dataset.label, values: dataset.data, spanGaps: dataset.spanGaps })),
      legend: (chart.legend?.legendItems ?? []).map((item) => item.text),
      name: canvas.getAttribute('aria-label'),
    };
  }, pickedChart);
}

/** The chosen councils' table, as text: its headings, then a row per year. */
async function pickedTable(page: Page): Promise<string[][]> {
  return page.locator('[data-picks-table] tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
}

const query = (page: Page) => new URL(page.url()).search;

describe('comparing councils over time on an indicator page', () => {
  test('a shared address draws its councils and Scotland as lines over every year, with a summary and a table', async () => {
    const page = await open(`${POVERTY}?council=moray&compare=fife,highland`);
    await whenDrawn(page);
    const chart = (await drawnChart(page))!;
    expect(chart.type).toBe('line');
    expect(chart.labels).toEqual(YEARS);
    expect(chart.legend).toEqual(['Moray', 'Fife', 'Highland', 'Scotland']);
    for (const line of chart.lines) expect(line.values.every((value) => typeof value === 'number'), line.name).toBe(true);
    // The choice is shown in the form it was made with.
    expect(await page.locator('#picks-council').inputValue()).toBe('moray');
    expect(await page.locator('select[name="compare"]').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value))).toEqual(['fife', 'highland', '']);
    // The summary is in a live region, and is the chart's text alternative.
    const summary = page.locator('[data-picks-summary]');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    const said = (await summary.textContent())!;
    expect(said).toMatch(/^Percentage of children living in poverty \(after housing costs\), 2014-15 to 2019-20: Moray, Fife and Highland, with Scotland\./);
    expect(said).toMatch(/Moray: [\d.]+% in 2019-20, (joint )?\d+(st|nd|rd|th) of 32 councils\./);
    expect(said).toContain('1st is the lowest share.');
    expect(chart.name).toBe(said);
    const table = await pickedTable(page);
    expect(table[0]).toEqual(['Year', 'Moray', 'Fife', 'Highland', 'Scotland']);
    expect(table.slice(1).map((row) => row[0])).toEqual(YEARS);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('changing a box redraws the chart and puts the choice in the address, without adding to the history', async () => {
    const page = await open(`${POVERTY}?council=moray&compare=fife,highland`);
    await whenDrawn(page);
    const before = await page.evaluate(() => history.length);
    await page.selectOption('#picks-other-3', 'angus');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === 'fife,highland,angus');
    expect(query(page)).toBe('?council=moray&compare=fife,highland,angus');
    await whenDrawn(page);
    expect((await drawnChart(page))!.legend).toEqual(['Moray', 'Fife', 'Highland', 'Angus', 'Scotland']);
    await page.selectOption('#picks-council', 'argyll-and-bute');
    await page.selectOption('#picks-other-1', '');
    await page.waitForFunction(() => location.search === '?council=argyll-and-bute&compare=highland,angus');
    await whenDrawn(page);
    expect((await drawnChart(page))!.legend).toEqual(['Argyll & Bute', 'Highland', 'Angus', 'Scotland']);
    expect(await page.evaluate(() => history.length)).toBe(before);
    // Opening the address again restores the choice.
    await page.reload();
    await whenDrawn(page);
    expect((await drawnChart(page))!.legend).toEqual(['Argyll & Bute', 'Highland', 'Angus', 'Scotland']);
    await page.context().close();
  });

  test('no more than three other councils can be chosen, and the form says so', async () => {
    const page = await open(`${POVERTY}?council=moray&compare=fife,highland,angus,falkirk,nowhere`);
    await whenDrawn(page);
    expect(await page.locator('select[name="compare"]').count()).toBe(3);
    expect(await page.locator('[data-picks-form] legend').textContent()).toBe('Up to three other councils to compare with it');
    expect(await page.locator('[data-picks-form] .ds_hint-text').textContent()).toContain('no more than three');
    // The fourth (and a council there is not) are left out, of the chart and of the address.
    expect((await drawnChart(page))!.legend).toEqual(['Moray', 'Fife', 'Highland', 'Angus', 'Scotland']);
    expect(query(page)).toBe('?council=moray&compare=fife,highland,angus');
    // A council chosen in one box cannot be chosen again in another.
    expect(await page.locator('#picks-other-1 option[value="highland"]').isDisabled()).toBe(true);
    expect(await page.locator('#picks-other-1 option[value="moray"]').isDisabled()).toBe(true);
    expect(await page.locator('#picks-other-1 option[value="falkirk"]').isDisabled()).toBe(false);
    await page.context().close();
  });

  test('a year with no figure is a gap in the line and “No figure” in the table, never filled in', async () => {
    const page = await open(`${WITH_GAPS}?council=moray&compare=fife`);
    await whenDrawn(page);
    const chart = (await drawnChart(page))!;
    const moray = chart.lines.find((line) => line.name === 'Moray')!;
    expect(moray.values.filter((value) => value === null)).toHaveLength(9);
    expect(moray.spanGaps).toBe(false);
    const table = await pickedTable(page);
    expect(table.slice(1).filter((row) => row[1] === 'No figure')).toHaveLength(9);
    await page.context().close();
  });

  test('the keyboard alone can make a choice and show it', async () => {
    const page = await open(POVERTY);
    expect(await page.locator('[data-picks-output]').isHidden()).toBe(true);
    expect(await page.locator('[data-picks-summary]').textContent()).toBe('');
    await page.locator('#over-time').scrollIntoViewIfNeeded();
    // From the section's heading, Tab goes to the first box.
    await page.locator('#over-time').evaluate((heading) => {
      heading.setAttribute('tabindex', '-1');
      (heading as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('picks-council');
    // Typing a name picks it, as in any select.
    await page.keyboard.type('Moray');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('picks-other-1');
    await page.keyboard.type('Fife');
    for (let step = 0; step < 3; step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show on the chart');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?council=moray&compare=fife');
    await whenDrawn(page);
    expect((await drawnChart(page))!.legend).toEqual(['Moray', 'Fife', 'Scotland']);
    expect(await page.locator('[data-picks-summary]').textContent()).toContain('Moray and Fife, with Scotland');
    // The chart itself takes focus next, with the measure charts' keys.
    await page.locator(`${pickedChart} canvas`).focus();
    expect(await page.locator(`${pickedChart} canvas`).getAttribute('role')).toBe('application');
    await page.context().close();
  });

  test('has no WCAG 2.2 A or AA failures axe can find with the chart drawn, and reflows at 320 pixels', async () => {
    const page = await open(`${POVERTY}?council=moray&compare=fife,highland`, { axe: true });
    await whenDrawn(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });

  test('without JavaScript there is no form, the section points to the full table, and the table has every council', async () => {
    const context = await site().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site().origin}${POVERTY}?council=moray&compare=fife,highland`);
    expect(await page.locator('[data-picks-form]').isHidden()).toBe(true);
    expect(await page.locator('[data-picks-output]').isHidden()).toBe(true);
    expect(await page.locator('#picks-council').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show on the chart' }).count()).toBe(0);
    expect(await page.locator('[data-picks-no-script]').textContent()).toMatch(/The table above has all 32 councils’ figures for 2019-20/);
    expect(await page.locator('[data-picks-no-script]').isVisible()).toBe(true);
    expect(await page.locator('main table.ps_rank-table > tbody').first().locator('tr').count()).toBe(32);
    await context.close();
  });

  test('the indicator pages stay within their budgets with every council’s figures in them', () => {
    const { distDir } = site();
    const pages = globSync('compare/*/index.html', { cwd: distDir }).map((file) => ({ file, html: readFileSync(path.join(distDir, file), 'utf8') }));
    const weights = weighPages(pages, (href) => readFileSync(path.join(distDir, href.split('?')[0]!)));
    expect(weights.length).toBeGreaterThan(30);
    expect(budgetProblems(weights)).toEqual([]);
    const heaviest = Math.max(...weights.map((page) => page.htmlAndCss));
    console.log(`indicator pages: the heaviest is ${(heaviest / 1024).toFixed(1)} KB of HTML and CSS (budget ${BUDGETS.htmlAndCss / 1024} KB)`);
    expect(heaviest).toBeLessThanOrEqual(BUDGETS.htmlAndCss);
    // The filter pages do not have the section.
    const filterPage = globSync('compare/chn24/*/index.html', { cwd: distDir })[0]!;
    expect(readFileSync(path.join(distDir, filterPage), 'utf8')).not.toContain('ps-council-picks');
  });
});
