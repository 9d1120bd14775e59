import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteForThisFile } from './browser';

const site = builtSiteForThisFile();

const priorityPage = '/moray-csp-2020-23/priorities/wellbeing/';

/**
 * What has focus now, and whether focus changes how it is drawn: its own outline, shadow or colours,
 * or those of its ::before and ::after boxes, which the Design System uses for links that cover a card;
 * for a chart, those of the box around it.
 */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    // A chart's canvas is clipped by its box, so the box draws the chart's focus ring (styles/_plansite.scss).
    const drawn = element.tagName === 'CANVAS' ? [element, element.closest('.ps_chart__canvas-box')!] : [element];
    const look = () =>
      drawn
        .flatMap((box) => [null, '::before', '::after'].map((pseudo) => {
          const style = getComputedStyle(box, pseudo);
          return [style.content, style.outlineStyle, style.outlineWidth, style.boxShadow, style.backgroundColor, style.color, style.borderBottomWidth].join('|');
        }))
        .join('/');
    const focusLook = look();
    element.blur();
    const restingLook = look();
    element.focus();
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      href: element.getAttribute('href'),
      inMain: Boolean(element.closest('main')),
      visible: focusLook !== restingLook,
    };
  });
}

/** Tabs from the top of a page until focus comes round to the skip link again: every stop, and what there was to reach. */
async function tabThrough(address: string, maxSteps = 200) {
  const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site().origin}${address}`);
  await page.waitForLoadState('load');
  const linksInMain = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  const charts = await page.locator('main .ps_chart canvas:visible').count();
  const reached: Array<NonNullable<Awaited<ReturnType<typeof focused>>>> = [];
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now || (reached.length > 0 && now.tag === 'a' && now.href === '#main-content')) break;
    reached.push(now);
  }
  await page.close();
  return { reached, linksInMain, charts };
}

function expectEveryLinkReachedVisibly(reached: Array<NonNullable<Awaited<ReturnType<typeof focused>>>>, linksInMain: string[]) {
  const inMain = reached.filter((stop) => stop.inMain).map((stop) => stop.href);
  for (const href of linksInMain) expect(inMain, href).toContain(href);
  const invisible = reached.filter((stop) => !stop.visible);
  expect(invisible, JSON.stringify(invisible)).toEqual([]);
}

describe('keyboard only', () => {
  test('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().origin}${priorityPage}`);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', href: '#main-content', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.inMain).toBe(true);
    await page.close();
  });

  test('tabbing through a priority page reaches the search, the navigation and every link in the page, each with a visible focus', async () => {
    const { reached, linksInMain } = await tabThrough(priorityPage);
    expect(reached.some((stop) => stop.id === 'site-search')).toBe(true);
    for (const section of ['/', '/themes/', '/glossary/', '/about/']) expect(reached.map((stop) => stop.href), section).toContain(section);
    expectEveryLinkReachedVisibly(reached, linksInMain);
  }, 60_000);

  test.each([
    ['an indicator page', '/compare/chn24/'],
    ['a similar-councils page', '/compare/chn24/deprivation-group-1/'],
    ['an area page', '/areas/moray/'],
    ['the list of indicators', '/compare/'],
  ])('tabbing through %s reaches its chart and every link in it, each with a visible focus', async (_kind, address) => {
    const { reached, linksInMain, charts } = await tabThrough(address, 600);
    expect(reached.map((stop) => stop.href)).toContain('/compare/');
    expectEveryLinkReachedVisibly(reached, linksInMain);
    expect(reached.filter((stop) => stop.tag === 'canvas')).toHaveLength(charts);
  }, 120_000);

  test('Esc leaves a page about domestic abuse for a neutral one', async () => {
    const page = await site().browser.newPage();
    // The neutral pages are outside this machine: answer for them here.
    await page.route(/^https:\/\/www\.(google\.com|bbc\.co\.uk)\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title>' }));
    await page.goto(`${site().origin}/themes/domestic-abuse/`);
    expect(await page.locator('.ds_hide-page a.js-hide-page').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForURL(/^https:\/\/www\.google\.com\//);
    await page.close();
  });

  test('on a small screen the menu opens and closes from the keyboard, without JavaScript', async () => {
    const context = await site().browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site().origin}${priorityPage}`);
    const menu = page.locator('.ps_menu__details');
    // It looks like something that opens: the Design System's menu icon, a cross once open; its name stays "Menu".
    const icon = () => menu.locator('summary svg use').evaluateAll((uses) => uses.filter((use) => use.parentElement!.getBoundingClientRect().width > 0).map((use) => use.getAttribute('href')!.split('#')[1]));
    expect(await icon()).toEqual(['menu']);
    expect(await page.locator('.ps_menu__summary').ariaSnapshot()).toBe('- text: Menu');
    await page.focus('.ps_menu__summary');
    // Focused, it looks like the Design System's other controls: its focus yellow.
    expect(await page.locator('.ps_menu__summary').evaluate((summary) => getComputedStyle(summary).backgroundColor)).toBe('rgb(253, 213, 34)');
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('open')).toBe('');
    expect(await icon()).toEqual(['close']);
    await page.keyboard.press('Tab');
    expect((await focused(page))?.href).toBe('/');
    await page.focus('.ps_menu__summary');
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('open')).toBeNull();
    await context.close();
  });

  test('the first "GIRFEC" on a priority page is explained to screen readers and reachable by keyboard', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().origin}/moray-loip/priorities/better-future/`);
    const first = page.locator('main abbr', { hasText: 'GIRFEC' });
    await expect(first.count()).resolves.toBe(1);
    await expect(first.getAttribute('title')).resolves.toBe('Getting it right for every child');
    // What a screen reader gets: the abbreviation, then its expansion as a link to the glossary.
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toMatch(/GIRFEC \(\s*- link "Getting it right for every child"/);
    // By keyboard: Tab reaches the explanation, and Enter opens the glossary entry.
    let reached = false;
    for (let step = 0; step < 60 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page))?.href === '/glossary/#girfec';
    }
    expect(reached).toBe(true);
    expect((await focused(page))?.visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/#girfec$/);
    await expect(page.locator('#girfec').textContent()).resolves.toContain('GIRFEC (Getting it right for every child)');
    await expect(page.locator('#girfec + p').textContent()).resolves.toContain("Scotland's way of supporting children and young people");
    await page.close();
  });

  test('a wide table’s region is a tab stop only while it scrolls sideways, and then scrolls with the arrow keys', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The action list's table has the most columns.
    await page.goto(`${site().origin}/moray-loip/actions/`);
    const region = page.locator('main [data-scrollable-table]').first();
    expect(await region.getAttribute('tabindex')).toBeNull();
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => region.getAttribute('tabindex')).toBeNull();
    await page.close();
  });

  test('read aloud, headings are plain words, and a term first met in the page title is explained right under it', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().origin}/moray-loip/reports/2021-22-q1/`);
    // A heading with a term in it is one plain name, with no link inside to interrupt it.
    const heading = page.locator('main h4', { hasText: 'Multi-Agency Support Hub' });
    expect(await heading.ariaSnapshot()).toBe('- heading "Use of the Multi-Agency Support Hub (MASH)" [level=4]');
    await page.goto(`${site().origin}/clackmannanshire-csp-2021-24/actions/girfec-early-identification/`);
    const title = await page.locator('h1').ariaSnapshot();
    expect(title).toMatch(/^- heading "Effective GIRFEC systems .*" \[level=1\]$/);
    const underTitle = page.locator('h1 + *');
    expect(await underTitle.textContent()).toBe('GIRFEC: Getting it right for every child.');
    expect(await underTitle.locator('a').getAttribute('href')).toBe('/glossary/#girfec');
    await page.close();
  });

  test('the accessibility statement shows how to reach someone about a problem', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().origin}/accessibility/`);
    const contact = page.locator('h2:has-text("Feedback and contact information") ~ p').first();
    expect(await contact.isVisible()).toBe(true);
    expect(await contact.textContent()).toContain('messages to it are not answered');
    // The partnerships' own contacts follow, as links a reader can use.
    const email = page.locator('main a[href="mailto:customerservice@clacks.gov.uk"]');
    expect(await email.isVisible()).toBe(true);
    await page.close();
  });
});
