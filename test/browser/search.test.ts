import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBuiltSite } from './browser';

/** The site built under a sub-path, as a council might host it: https://www.example.gov.uk/plans/ */
const BASE = '/plans/';
let site: Awaited<ReturnType<typeof openBuiltSite>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await openBuiltSite({ basePath: BASE });
  browser = site.browser;
  page = await browser.newPage();
  await page.goto(`${site.origin}${BASE}`);
}, 300_000);

afterAll(() => site?.close());

/** The addresses of the top results for a query, from the Pagefind index the build wrote. */
async function topResults(query: string, count = 3): Promise<string[]> {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
    const search = await pagefind.search(${JSON.stringify(query)});
    const results = await Promise.all(search.results.slice(0, ${count}).map((result) => result.data()));
    return results.map((result) => result.url);
  })()`);
}

describe('the search index answers plain questions', () => {
  test.each([
    ['child poverty', /moray-csp-2020-23\/(outcomes\/coordinated-approach|priorities\/poverty)\//],
    ['foster', /moray-csp-2020-23\/actions\/foster-carer-range\//],
    ['advocacy', /clackmannanshire-csp-2021-24\/actions\/(childrens-hearing-advocacy|care-experienced-advocacy)\//],
    ['CAMHS', /(glossary\/|moray-csp-2020-23\/outcomes\/wellbeing-concerns\/)/],
    ['Safe and Together', /(moray-loip\/reports\/2021-22-q1\/|clackmannanshire-csp-2021-24\/actions\/safe-and-together\/)/],
    ['GIRFEC', /clackmannanshire-csp-2021-24\/actions\/(girfec-early-identification|information-sharing-girfec)\//],
    ['kinship', /(clackmannanshire-csp-2021-24\/actions\/kinship-families-support|moray-social-work-2020-23\/actions\/kinship-foster-care-increases)\//],
    ['free school meals', /clackmannanshire-csp-2021-24\/measures\/free-school-meals-uptake\//],
    ['MCR Pathways', /clackmannanshire-csp-2021-24\/actions\/mcr-pathways\//],
    ['participatory budgeting', /moray-csp-2020-23\/actions\/participatory-budgeting\//],
    ['immunisation', /moray-csp-2020-23\/actions\/reasons-not-immunised\//],
    ['bullying', /moray-csp-2020-23\/actions\/bullying-concerns\//],
    ['Icelandic Prevention Model', /clackmannanshire-csp-2021-24\/actions\/icelandic-prevention-model\//],
    ['147 children', /moray-loip\/reports\/2021-22-q1\//],
    ['young carers', /clackmannanshire-csp-2021-24\/actions\/young-carers-plans-review\//],
    ['herd immunity', /moray-csp-2020-23\/outcomes\/herd-immunity\//],
    ['placement moves', /moray-csp-2020-23\/measures\/placement-moves\//],
    ['transformational change programme', /moray-social-work-2020-23\/actions\//],
  ])('"%s" finds %s in the top 3', async (query, expected) => {
    const urls = await topResults(query);
    expect(urls.some((url) => expected.test(url)), `${query}: ${urls.join(', ')}`).toBe(true);
    expect(urls.every((url) => url.startsWith(BASE))).toBe(true);
  });
});

describe('the search page, by keyboard only', () => {
  test('types in the header box, gets results, filters them and follows a result', async () => {
    await page.goto(`${site.origin}${BASE}`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site title
    await page.keyboard.press('Tab'); // header search box
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('poverty');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans\/search\/\?q=poverty/);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results? for “poverty”$/);
    const unfiltered = Number((await status.textContent())!.match(/^\d+/)![0]);
    expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');

    // Open the filters and choose outcomes only, by keyboard.
    await page.focus('[data-search-filters] summary');
    await page.keyboard.press('Enter');
    await page.focus('#kind-outcome');
    await page.keyboard.press('Space');
    await page.focus('[data-search-filters] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/kind=Outcome/);
    await expect.poll(async () => Number((await status.textContent())?.match(/^\d+/)?.[0] ?? NaN)).toBeLessThan(unfiltered);
    const kinds = await page.locator('[data-search-results] > li .ds_metadata__value').first().textContent();
    expect(kinds).toBe('Outcome');

    // Follow the first result with the keyboard.
    const first = page.locator('[data-search-results] > li a.ds_search-result__link').first();
    const href = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}${href}`);
    expect(await page.locator('main h1').textContent()).toBeTruthy();

    // Back returns to the filtered results.
    await page.goBack();
    await page.waitForURL(/kind=Outcome/);
    await expect.poll(() => page.locator('#kind-outcome').isChecked()).toBe(true);
  }, 60_000);

  test('one result is "1 result", in the status and in the page title', async () => {
    const counts: Array<[string, number]> = [];
    for (const query of ['Elgin', 'Buckie', 'Oor Clacks Voices', 'Powerhouse']) {
      counts.push([query, await page.evaluate(`(async () => (await (await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)})).search(${JSON.stringify(query)})).results.length)()`)]);
    }
    const single = counts.find(([, count]) => count === 1)?.[0];
    expect(single, `a query with one result among ${JSON.stringify(counts)}`).toBeDefined();
    await page.goto(`${site.origin}${BASE}search/?q=${encodeURIComponent(single!)}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(`1 result for “${single}”`);
    expect(await page.title()).toMatch(new RegExp(`^1 result for ${single} – `));
  });

  test('the filters show they can be opened: the Design System disclosure, whose arrow turns when open', async () => {
    await page.goto(`${site.origin}${BASE}search/?q=poverty`);
    const summary = page.locator('[data-search-filters] summary');
    await summary.waitFor();
    const arrow = () => summary.evaluate((element) => ({ content: getComputedStyle(element, '::before').content, transform: getComputedStyle(element, '::before').transform }));
    const closed = await arrow();
    expect(closed.content).not.toBe('none');
    expect(await page.locator('#kind-outcome').isVisible()).toBe(false);
    await summary.click();
    await expect.poll(async () => (await arrow()).transform).not.toBe(closed.transform);
    expect(await page.locator('#kind-outcome').isVisible()).toBe(true);
  });

  test('filters by area and status from the address', async () => {
    await page.goto(`${site.origin}${BASE}search/?q=foster&area=Moray&status=not+stated`);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/results? for “foster”/);
    expect(await page.locator('#filter-area').inputValue()).toBe('Moray');
    expect(await page.locator('#filter-status').inputValue()).toBe('not stated');
    // The count is announced as soon as it is known; the results follow once their details have loaded.
    await page.locator('[data-search-results] > li').first().waitFor();
    const plans = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((item) => item.querySelector('.ds_search-result__metadata')?.textContent ?? ''),
    );
    expect(plans.length).toBeGreaterThan(0);
    for (const metadata of plans) {
      expect(metadata).toMatch(/Moray/);
      expect(metadata).toMatch(/not stated/);
    }
  });

  test('without JavaScript, the search page says where else to look', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.origin}${BASE}search/?q=poverty`);
    expect(await noScript.locator('[data-search-no-script]').isVisible()).toBe(true);
    expect(await noScript.locator('[data-search-no-script] a').first().getAttribute('href')).toBe(`${BASE}a-z/`);
    await context.close();
  });
});
