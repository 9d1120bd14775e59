import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteForThisFile } from './browser';

const site = builtSiteForThisFile();

const measurePage = '/moray-loip/measures/lgbf-chn9-looked-after-in-community/';
/** The Design System palette's first series colour, as the canvas draws it. */
const PALETTE_NAVY = 'rgb(0, 45, 84)';
/** Chart.js's own grey for labels and ticks (#666). */
const CHART_JS_GREY = 'rgb(102, 102, 102)';

async function openChart(options: { forcedColors: 'active' | 'none'; colorScheme: 'light' | 'dark' }): Promise<Page> {
  const page = await site().browser.newPage();
  await page.emulateMedia({ ...options, reducedMotion: 'reduce' });
  await page.goto(`${site().origin}${measurePage}`);
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

describe('a measure chart', () => {
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
