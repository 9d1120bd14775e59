/**
 * "Hide this page" on pages about sensitive topics, for a person at risk: always in view, over no
 * text, and promising the Esc key only where Esc works (with JavaScript, on a device with a keyboard).
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteForThisFile } from './browser';

const site = builtSiteForThisFile();
const SENSITIVE = '/themes/domestic-abuse/';

async function open(width: number, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site().browser.newContext({ viewport: { width, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(`${site().origin}${SENSITIVE}`);
  return page;
}

/**
 * Whether the control is in view, and the text it covers: any text under it at all when nothing is
 * scrolled (the page makes room for it), and after scrolling, text that would show through it or over
 * it (the control must be on top and opaque wherever text passes under it).
 */
async function overlaps(page: Page): Promise<{ inView: boolean; covered: string[] }> {
  return page.evaluate(() => {
    const control = document.querySelector<HTMLElement>('.ds_hide-page')!;
    const box = control.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0 && box.height > 0;
    const scrolled = window.scrollY > 0;
    const opaque = (element: Element) => {
      const colour = getComputedStyle(element).backgroundColor;
      return !/rgba\(.*,\s*0(\.\d+)?\)$/.test(colour) && colour !== 'transparent';
    };
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || control.contains(node)) continue;
      const parent = node.parentElement!;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none' || parent.closest('.visually-hidden, [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        if (!(rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top)) continue;
        const x = Math.min(Math.max(rect.left + rect.width / 2, box.left + 1), box.right - 1);
        const y = Math.min(Math.max(rect.top + rect.height / 2, box.top + 1), box.bottom - 1);
        const onTop = document.elementFromPoint(x, y);
        const hidden = scrolled && onTop !== null && control.contains(onTop) && opaque(onTop.closest('.ds_hide-page__button, .ds_hide-page__text') ?? onTop);
        if (!hidden) covered.push(node.textContent.trim().slice(0, 40));
      }
    }
    return { inView, covered };
  });
}

describe('"Hide this page"', () => {
  test.each([375, 1280])('at %i px it is in view at the top and after scrolling, and no text is under it or shows through it', async (width) => {
    const page = await open(width);
    expect(await overlaps(page)).toEqual({ inView: true, covered: [] });
    for (const y of [400, 1200, 100_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      expect(await overlaps(page), `scrolled to ${y}`).toEqual({ inView: true, covered: [] });
    }
    await page.context().close();
  });

  test.each([375, 1280])('at %i px the focused skip link is not covered', async (width) => {
    const page = await open(width);
    await page.keyboard.press('Tab');
    const [skip, control] = await Promise.all([
      page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect),
      page.locator('.ds_hide-page').boundingBox(),
    ]);
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe('#main-content');
    const intersects = skip.left < control!.x + control!.width && skip.right > control!.x && skip.top < control!.y + control!.height && skip.bottom > control!.y;
    expect(intersects).toBe(false);
    await page.context().close();
  });

  test('the Esc hint shows with JavaScript on a device with a keyboard, and not without JavaScript or on a touch phone', async () => {
    const desktop = await open(1280);
    await expect.poll(() => desktop.locator('.ds_hide-page__text').isVisible()).toBe(true);
    // Solid, so text scrolling under it on a narrow window never shows through.
    expect(await desktop.locator('.ds_hide-page__text').evaluate((hint) => getComputedStyle(hint).backgroundColor)).toBe('rgb(255, 255, 255)');
    await desktop.context().close();
    const noScript = await open(1280, { javaScriptEnabled: false });
    expect(await noScript.locator('.ds_hide-page__text').isVisible()).toBe(false);
    expect(await noScript.locator('.ds_hide-page a').innerText()).not.toMatch(/escape/i);
    await noScript.context().close();
    const phone = await open(375, { hasTouch: true, isMobile: true });
    await phone.waitForFunction(() => document.documentElement.classList.contains('js-enabled'));
    expect(await phone.locator('.ds_hide-page__text').isVisible()).toBe(false);
    await phone.context().close();
  });

  test('it is inside a landmark', async () => {
    const page = await open(1280);
    expect(await page.locator('.ds_hide-page').evaluate((control) => Boolean(control.closest('main, header, nav, aside, footer, [role]')))).toBe(true);
    await page.context().close();
  });
});
