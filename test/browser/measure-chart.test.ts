import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { builtSiteForThisFile, launchWithDefaultFontSize } from './browser';

/** Measures from test/fixtures/measure-with-target, copied over two in the built copy. */
const withTarget = 'moray-csp-2020-23/measures/improved-school-attainment';
/** Three years from 90.3% to 91%, with a baseline of 90.3% and a target of 90.5%. */
const narrowRange = 'moray-csp-2020-23/measures/improved-supports-uptake';

const site = builtSiteForThisFile({
  prepare: (projectDir) => {
    const fixture = path.join(projectRoot, 'test', 'fixtures', 'measure-with-target');
    for (const [name, measure] of [
      ['measure', withTarget],
      ['narrow-range', narrowRange],
    ]) {
      copyFileSync(path.join(fixture, `${name}.yaml`), path.join(projectDir, 'content', `${measure}.yaml`));
      copyFileSync(path.join(fixture, `${name}.csv`), path.join(projectDir, 'content', `${measure}.csv`));
    }
  },
});

/** Figures between 78% and 91%: a narrow range of percentages. */
const measurePage = '/moray-loip/measures/lgbf-chn9-looked-after-in-community/';
/** The Design System palette's first series colour, as the canvas draws it. */
const PALETTE_NAVY = 'rgb(0, 45, 84)';
/** Chart.js's own grey for labels and ticks (#666). */
const CHART_JS_GREY = 'rgb(102, 102, 102)';

async function openChart(options: { forcedColors: 'active' | 'none'; colorScheme: 'light' | 'dark' }, pagePath = measurePage): Promise<Page> {
  const page = await site().browser.newPage();
  await page.emulateMedia({ ...options, reducedMotion: 'reduce' });
  await page.goto(`${site().origin}${pagePath}`);
  await page.waitForSelector('[data-module="ps-measure-chart"][data-chart-ready] canvas');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page;
}

/** How many fully opaque pixels the chart's canvas has of each colour, and the system colours the page resolves. */
async function drawnColours(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-module="ps-measure-chart"] canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const counts: Record<string, number> = {};
    let opaque = 0;
    for (let index = 0; index < data.length; index += 4) {
      if (data[index + 3]! < 255) continue;
      opaque++;
      const colour = `rgb(${data[index]}, ${data[index + 1]}, ${data[index + 2]})`;
      counts[colour] = (counts[colour] ?? 0) + 1;
    }
    const probe = document.body.appendChild(document.createElement('span'));
    const system = Object.fromEntries(
      ['CanvasText', 'LinkText', 'Highlight', 'GrayText'].map((name) => {
        probe.style.color = name;
        return [name, getComputedStyle(probe).color];
      }),
    );
    probe.remove();
    return { opaque, counts, system };
  });
}

/** What the drawn chart (the Chart.js instance) has for its value axis and legend. */
async function drawnChart(page: Page) {
  return page.evaluate(() => {
    type Drawn = {
      config: { type: string };
      scales: Record<string, { min: number; max: number }>;
      legend?: { legendItems?: Array<{ text: string }> };
    };
    const canvas = document.querySelector<HTMLCanvasElement & { chart?: Drawn }>('[data-module="ps-measure-chart"] canvas')!;
    const chart = canvas.chart!;
    return {
      type: chart.config.type,
      y: { min: chart.scales.y!.min, max: chart.scales.y!.max },
      legend: (chart.legend?.legendItems ?? []).map((item) => item.text),
    };
  });
}

describe('a measure chart', () => {
  test('fits its value axis to a narrow range of percentages instead of starting at 0', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    const { y } = await drawnChart(page);
    // The figures run from 78.38% to 91.18%.
    expect(y.min).toBeGreaterThan(0);
    expect(y.min).toBeLessThanOrEqual(78.38);
    expect(y.max).toBeGreaterThanOrEqual(91.18);
    expect(y.max).toBeLessThanOrEqual(100);
    await page.close();
  });

  test('draws three close percentages as a line on an axis that shows their change, with baseline and target apart', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' }, `/${narrowRange}/`);
    const { type, y, legend } = await drawnChart(page);
    // Bars from zero would be three of the same height.
    expect(type).toBe('line');
    expect(y.min).toBeGreaterThan(80);
    expect(y.min).toBeLessThanOrEqual(90.3);
    expect(y.max).toBeGreaterThanOrEqual(91);
    expect(y.max).toBeLessThanOrEqual(100);
    expect(legend).toEqual(['Moray', 'Baseline 90.3% (2019/20)', 'Target 90.5% (by 2023/24)']);
    await page.close();
  });

  test('draws a measure’s baseline and target as lines named in its legend, on its axis', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' }, `/${withTarget}/`);
    const { y, legend } = await drawnChart(page);
    expect(legend).toEqual(['Moray', 'Scotland', 'Baseline 60% (2018)', 'Target 75% (by 2024)']);
    expect(y.min).toBeGreaterThan(0);
    expect(y.min).toBeLessThanOrEqual(60);
    expect(y.max).toBeGreaterThanOrEqual(75);
    await page.close();
  });

  test('is drawn in the Design System palette', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    const { opaque, counts } = await drawnColours(page);
    expect(opaque).toBeGreaterThan(500);
    expect(counts[PALETTE_NAVY] ?? 0).toBeGreaterThan(100);
    await page.close();
  });

  test('in forced colours (a Windows contrast theme) is drawn in the reader’s own colours, not the palette', async () => {
    const page = await openChart({ forcedColors: 'active', colorScheme: 'dark' });
    const { opaque, counts, system } = await drawnColours(page);
    const inSystemColours = Object.values(system).reduce((total, colour) => total + (counts[colour] ?? 0), 0);
    expect(opaque).toBeGreaterThan(500);
    expect(counts[PALETTE_NAVY] ?? 0).toBe(0);
    expect(counts[CHART_JS_GREY] ?? 0).toBe(0);
    // Lines, points, axes and labels are in system colours (what is left is where two of them meet).
    expect(inSystemColours / opaque).toBeGreaterThan(0.9);
    expect(counts[system.CanvasText!] ?? 0).toBeGreaterThan(100);
    await page.close();
  });

  test('shows where the keyboard is: focusing the chart draws a focus ring around it', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    const box = await chartBox(page);
    // The box and a margin around it, where a focus ring is drawn.
    const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
    const resting = await page.screenshot({ clip });
    await page.focus('.ps_chart canvas');
    expect(Buffer.compare(resting, await page.screenshot({ clip }))).not.toBe(0);
    await page.locator('.ps_chart canvas').blur();
    // The ring is outside the chart's drawing: the pixels of its edge change, not only the canvas.
    expect(await edgeChangesOnFocus(page)).toBe(true);
    await page.close();
  });

  test('in forced colours still shows where the keyboard is', async () => {
    const page = await openChart({ forcedColors: 'active', colorScheme: 'dark' });
    expect(await edgeChangesOnFocus(page)).toBe(true);
    await page.close();
  });

  test('is an application a screen reader passes keys to, named by its summary and described by its keys', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    const canvas = page.locator('.ps_chart canvas');
    expect(await canvas.getAttribute('role')).toBe('application');
    expect(await canvas.getAttribute('aria-label')).toMatch(/^The latest figure is \S+ for \S+\./);
    const described = await canvas.evaluate((element) => document.getElementById(element.getAttribute('aria-describedby')!)?.textContent ?? '');
    expect(described).toContain('left and right arrow keys');
    expect(described).toContain('H lists every key');
    await page.close();
  });

  test('can be heard and read point by point from the keyboard, area by area', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    await page.focus('.ps_chart canvas');
    // chart2music is fetched on first focus, then greets the reader with what the chart is.
    await expect.poll(() => lastAnnouncement(page)).toMatch(/^Sonified chart .*Balance of Care/);
    const heard = await announcements(page, ['ArrowRight', 'ArrowRight', 'End', 'PageDown', 'ArrowLeft']);
    // Each point is announced as its period and figure: the two periods after the first, then the last.
    expect(heard[0]).toMatch(/^2011-12, \d+(\.\d+)?%/);
    expect(heard[1]).toMatch(/^2012-13, /);
    expect(heard[2]).toMatch(/^2019-20, 81\.38%/);
    // Page Down moves to Scotland at the same period, then left goes back a period there.
    expect(heard[3]).toMatch(/Scotland/);
    expect(heard[4]).toMatch(/^2018-19, 89\.85%/);
    // The drawn chart shows the same point.
    const active = await page.evaluate(() => (document.querySelector('.ps_chart canvas') as HTMLCanvasElement & { chart: { getActiveElements(): Array<{ datasetIndex: number; index: number }> } }).chart.getActiveElements().map(({ datasetIndex, index }) => ({ datasetIndex, index })));
    expect(active).toEqual([{ datasetIndex: 1, index: 8 }]);
    await page.close();
  }, 30_000);

  test('has a labelled "Play the figures as sound" button the keyboard reaches, which plays from the first figure', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    await page.focus('.ps_chart canvas');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, name: document.activeElement?.textContent?.trim() }));
    expect(focused).toEqual({ tag: 'BUTTON', name: 'Play the figures as sound' });
    await page.keyboard.press('Enter');
    // The sound library loads on the first press, so how soon playing starts depends on the machine.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('CANVAS');
    // Playing starts at the plan's area's first figure: the first figure said (it goes on to the last).
    const firstFigureSaid = () => page.evaluate((selector) => [...document.querySelectorAll(selector)].map((line) => (line.textContent ?? '').trim()).find((line) => /^\d{4}-\d{2}, /.test(line)) ?? '', LINES);
    await expect.poll(firstFigureSaid, { timeout: 10_000 }).toMatch(/^2010-11, 86\.47%/);
    await page.close();
  });

  test('if the sound cannot be fetched, goes back to a picture with its summary, out of the tab order', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    // Everything the page loaded is in; any script asked for from now on (chart2music) fails, as offline.
    await page.route('**/*.js', (route) => route.abort());
    await page.focus('.ps_chart canvas');
    await expect.poll(() => page.locator('.ps_chart canvas').getAttribute('role')).toBe('img');
    expect(await page.locator('.ps_chart canvas').getAttribute('tabindex')).toBeNull();
    expect(await page.locator('[data-chart-controls]').isHidden()).toBe(true);
    await page.close();
  });

  test('writes its legend and axes as big as the reader’s default font', async () => {
    const sizes = async (page: Page) =>
      page.evaluate(() => {
        type Drawn = { options: { font: { size: number } }; legend: { legendHitBoxes: Array<{ height: number }> } };
        const chart = (document.querySelector('.ps_chart canvas') as HTMLCanvasElement & { chart: Drawn }).chart;
        // The size Chart.js writes its legend, ticks and tooltips in, and the height of a drawn legend entry.
        return { font: chart.options.font.size, legendEntry: chart.legend.legendHitBoxes[0]!.height };
      });
    const standard = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    const atSixteen = await sizes(standard);
    await standard.close();
    const large = await launchWithDefaultFontSize(32);
    try {
      const page = await large.context.newPage();
      await page.goto(`${site().origin}${measurePage}`);
      await page.waitForSelector('[data-module="ps-measure-chart"][data-chart-ready] canvas');
      const atThirtyTwo = await sizes(page);
      // Twice the font, twice the text: Chart.js's own 12px would stay 12px.
      expect(atSixteen.font).toBeGreaterThanOrEqual(12);
      expect(atThirtyTwo.font).toBe(atSixteen.font * 2);
      expect(atThirtyTwo.legendEntry).toBeGreaterThan(atSixteen.legendEntry * 1.8);
    } finally {
      await large.close();
    }
  }, 30_000);
});

describe('an indicator’s ranked chart', () => {
  test('is an application named by its summary, and read council by council from the keyboard in the table’s order', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' }, '/compare/chn9/');
    const canvas = page.locator('.ps_chart canvas').first();
    expect(await canvas.getAttribute('role')).toBe('application');
    expect(await canvas.getAttribute('aria-label')).toMatch(/^Councils ranked on Balance of Care .*, 2019-20\. 1st is the highest share\./);
    const order = await page.locator('main table.ps_rank-table > tbody > tr > th').allTextContents();
    await canvas.focus();
    await expect.poll(() => lastAnnouncement(page)).toMatch(/^Sonified chart .*Balance of Care/);
    const heard = await announcements(page, ['ArrowRight', 'ArrowRight']);
    expect(heard[0]).toContain(order[1]!.trim());
    expect(heard[1]).toContain(order[2]!.trim());
    await page.close();
  }, 30_000);
});

/** The chart's box, scrolled into view first so that focusing it scrolls nothing and the same pixels are compared. */
async function chartBox(page: Page) {
  await page.locator('.ps_chart__canvas-box').scrollIntoViewIfNeeded();
  return (await page.locator('.ps_chart__canvas-box').boundingBox())!;
}

/** Whether a strip just above the chart's drawing, where only a focus ring can change the pixels, changes when the chart takes focus. */
async function edgeChangesOnFocus(page: Page): Promise<boolean> {
  const box = await chartBox(page);
  const edge = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: 6 };
  const resting = await page.screenshot({ clip: edge });
  await page.focus('.ps_chart canvas');
  return Buffer.compare(resting, await page.screenshot({ clip: edge })) !== 0;
}

const LINES = '.ps_chart [data-chart-announcer] > *';

/** What the chart's live region says last: chart2music writes each announcement as a new line and hides the one before. */
function lastAnnouncement(page: Page): Promise<string> {
  return page.evaluate((selector) => (document.querySelector(`${selector}:last-child`)?.textContent ?? '').trim(), LINES);
}

/** Presses each key in turn and returns what was announced after it (a note plays before each point is said). */
async function announcements(page: Page, keys: string[]): Promise<string[]> {
  const heard: string[] = [];
  for (const key of keys) {
    const before = await page.evaluateHandle((selector) => document.querySelector(`${selector}:last-child`), LINES);
    await page.keyboard.press(key);
    await page.waitForFunction(([selector, line]) => document.querySelector(`${selector}:last-child`) !== line, [LINES, before] as const);
    // The point is said a note's length after the key; a group's summary comes first when the area changes.
    await page.waitForTimeout(400);
    heard.push(await lastAnnouncement(page));
  }
  return heard;
}
