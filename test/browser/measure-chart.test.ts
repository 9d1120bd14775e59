import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { builtSiteForThisFile } from './browser';

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
    // In view first, so focusing it scrolls nothing and the same pixels are compared.
    await page.locator('.ps_chart__canvas-box').scrollIntoViewIfNeeded();
    const box = (await page.locator('.ps_chart__canvas-box').boundingBox())!;
    // The box and a margin around it, where a focus ring is drawn.
    const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
    const resting = await page.screenshot({ clip });
    await page.focus('.ps_chart canvas');
    const focused = await page.screenshot({ clip });
    expect(Buffer.compare(resting, focused)).not.toBe(0);
    // The ring is outside the chart's drawing: the pixels of its edge change, not only the canvas.
    const edge = { x: clip.x, y: clip.y, width: clip.width, height: 6 };
    await page.locator('.ps_chart canvas').blur();
    const restingEdge = await page.screenshot({ clip: edge });
    await page.focus('.ps_chart canvas');
    expect(Buffer.compare(restingEdge, await page.screenshot({ clip: edge }))).not.toBe(0);
    await page.close();
  });

  test('can be read point by point from the keyboard', async () => {
    const page = await openChart({ forcedColors: 'none', colorScheme: 'light' });
    await page.focus('[data-module="ps-measure-chart"] canvas');
    const announcer = page.locator('[data-module="ps-measure-chart"] [data-chart-announcer]');
    const latest = await announcer.textContent();
    expect(latest).toMatch(/^\S.*: /);
    await page.keyboard.press('ArrowLeft');
    const earlier = await announcer.textContent();
    expect(earlier).not.toBe(latest);
    await page.keyboard.press('End');
    expect(await announcer.textContent()).toBe(latest);
    await page.close();
  });
});
