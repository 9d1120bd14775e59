import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { builtSiteForThisFile } from './browser';

const site = builtSiteForThisFile();

/** A measure page: the site's header and menus, a chart, a figures table, a status tag and a link to another website. */
const measurePage = '/moray-loip/measures/lgbf-chn9-looked-after-in-community/';
const actionsPage = '/moray-csp-2020-23/actions/';
/** What only works on screen: the skip link, header search, menus, the plan's section links, the footer's links. */
const SCREEN_ONLY = ['.ds_skip-links', '#site-search', '.ps_menu', '.ps_wide-navigation', '.ps_plan-nav', '.ds_site-footer__site-items'];

let page: Page;
afterEach(() => page?.close());

/** Opens a page on A4-wide paper (794 CSS pixels), as it prints or as it shows on screen. */
async function open(path: string, media: 'print' | 'screen'): Promise<Page> {
  page = await site().browser.newPage({ viewport: { width: 794, height: 1123 } });
  await page.emulateMedia({ media, reducedMotion: 'reduce' });
  await page.goto(`${site().origin}${path}`);
  return page;
}

const rendered = (selector: string) => page.locator(selector).first().isVisible();

describe('a printed page', () => {
  test('leaves out what only works on screen, which the screen still shows', async () => {
    await open(measurePage, 'screen');
    // The skip link stays off-screen until focused, and the small-screen menu is hidden at this width.
    for (const selector of SCREEN_ONLY.filter((selector) => selector !== '.ds_skip-links' && selector !== '.ps_menu'))
      expect(await rendered(selector), selector).toBe(true);
    await open(measurePage, 'print');
    for (const selector of SCREEN_ONLY) expect(await rendered(selector), selector).toBe(false);
    expect(await rendered('main h1')).toBe(true);
    expect(await rendered('main table')).toBe(true);
  });

  test("uses the paper's full width for the page's content", async () => {
    const contentShare = () =>
      page.evaluate(
        () =>
          document.querySelector('.ds_layout__content')!.getBoundingClientRect().width / document.querySelector('.ds_page__middle .ds_wrapper')!.clientWidth,
      );
    await open(measurePage, 'screen');
    expect(await contentShare()).toBeLessThan(0.8);
    await open(measurePage, 'print');
    expect(await contentShare()).toBeGreaterThan(0.9);
  });

  test('prints the address of a link to another website after it, and not of the site’s own links', async () => {
    await open(measurePage, 'print');
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
    const address = await page.locator('main a[href^="https://"]').first().getAttribute('href');
    expect(await after('main a[href^="https://"]')).toBe(`" (${address})"`);
    expect(await after('main a[href^="/"]')).toBe('none');
  });

  test('keeps the colours of status tags, which would otherwise print as white words on white paper', async () => {
    await open(measurePage, 'print');
    expect(
      await page
        .locator('main .ds_tag')
        .first()
        .evaluate((tag) => getComputedStyle(tag).printColorAdjust),
    ).toBe('exact');
  });

  test('leaves out the action filters, which are links to other lists', async () => {
    await open(actionsPage, 'screen');
    expect(await rendered('main details')).toBe(true);
    await open(actionsPage, 'print');
    expect(await rendered('main details')).toBe(false);
    expect(await rendered('#filter-actions')).toBe(false);
  });
});
