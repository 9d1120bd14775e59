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

/** The search page's results for a query, as a reader sees them: each result's address and answer line. */
async function searchPage(query: string): Promise<{ urls: string[]; answers: string[]; status: string; note: string }> {
  await page.goto(`${site.origin}${BASE}search/?q=${encodeURIComponent(query)}`);
  // The status is written first, then the results' details are loaded and listed.
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status.startsWith('No results') || (status !== '' && document.querySelectorAll('[data-search-results] > li').length > 0);
  });
  return {
    urls: await page.$$eval('[data-search-results] > li h2 a', (links) => links.map((link) => link.getAttribute('href') ?? '')),
    answers: await page.$$eval('[data-search-results] > li', (items) => items.map((item) => item.querySelector('.ps_search-result__answer')?.textContent ?? '')),
    status: (await page.textContent('[data-search-status]')) ?? '',
    note: await page.$eval('[data-search-note]', (note) => ((note as HTMLElement).hidden ? '' : (note.textContent ?? ''))),
  };
}

describe('the search index leaves out the page’s controls', () => {
  /** The text Pagefind indexed for the page at an address, found by searching for its title. */
  async function indexedText(query: string, address: string): Promise<string | undefined> {
    return page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
      const search = await pagefind.search(${JSON.stringify(query)});
      for (const result of search.results) {
        const data = await result.data();
        if (data.url === ${JSON.stringify(`${BASE}${address}`)}) return data.content;
      }
    })()`);
  }

  // A chart's keys ("… and H lists every key") once made "hungry" find every chart page: Pagefind took
  // the word "H" for the start of it.
  test.each([
    ['a measure chart', 'Balance of Care', 'moray-loip/measures/lgbf-chn9-looked-after-in-community/'],
    ['a ranked chart', 'Balance of Care', 'compare/chn9/'],
  ])('%s: its summary is indexed, not its keys, its sound button or the code to embed it', async (_kind, query, address) => {
    const text = await indexedText(query, address);
    expect(text, address).toBeDefined();
    expect(text).toContain('Balance of Care');
    for (const control of ['lists every key', 'Play the figures as sound', '<iframe', 'Code to copy']) expect(text, control).not.toContain(control);
  });
});

describe('the search page answers the questions people type', () => {
  // Written from the seeds: each question or everyday phrase, and the page (any of them) that must be
  // in its top 3.
  test.each([
    ['what is being done about child poverty', /moray-csp-2020-23\/(priorities\/poverty|outcomes\/coordinated-approach|actions\/poverty-action-plan|actions\/identify-families-needing-support)\//],
    ['is bullying getting better in schools', /moray-csp-2020-23\/(actions\/bullying-concerns|measures\/resilience-bullying)/],
    ['who is in charge of the foster carers action', /moray-csp-2020-23\/actions\/foster-carer-range\//],
    ['how are you helping young carers', /clackmannanshire-csp-2021-24\/actions\/young-carers-plans-review\//],
    ['early years childcare', /clackmannanshire-csp-2021-24\/(actions\/early-learning-childcare-uptake|measures\/elc-uptake)/],
    ['what are you doing about mental health', /clackmannanshire-csp-2021-24\/actions\/(transforming-mental-health-services|integrate-youth-adult-mental-health)\//],
    ['help with money worries', /(financial-inclusion-early-intervention|financial-support-pathway|outcomes\/disposable-income)\//],
    ['who is in charge of young carers', /actions\/young-carers-plans-review\//],
    ['is anything being done about drugs and alcohol', /(themes\/substance-use|substance-misuse-early-support|healthier-relationship-substances|understand-substance-use)\//],
    ['what is the plan for care leavers', /moray-csp-2020-23\/(actions\/care-leaver-transitions|outcomes\/safe-stable-homes|outcomes\/justice-system)\//],
    ['how do you keep children safe online', /actions\/(personal-safety-online|social-media-concerns-risks)\//],
    ['what does CAMHS mean', /\/glossary\/$/],
    ['what is kinship care', /kinship/],
    ['how are children’s rights being respected', /(outcomes\/childrens-rights|uncrc-rights-based-approach|themes\/uncrc)/],
    ['what is the Icelandic model', /actions\/icelandic-prevention-model\//],
    ['is there support for young parents', /actions\/young-parents-family-nurse-partnership\//],
    ['how many children are immunised', /moray-csp-2020-23\/(actions\/reasons-not-immunised|measures\/immunisation-uptake|outcomes\/herd-immunity)\//],
    ['is school attendance getting better', /attendance/],
    ['what is happening with youth justice', /justice/],
    ['are children going hungry', /actions\/food-insecurity-nutrition\//],
    ['what are you doing about domestic abuse', /(actions\/safe-and-together|themes\/domestic-abuse)\//],
    ['how are you getting young people into jobs', /positive-destinations/],
    ['sports and leisure for young people', /actions\/leisure-wellbeing-sports\//],
    ['volunteering for young people', /(saltire|youth-volunteering)/],
    ['who is responsible for child protection', /actions\/(national-child-protection-guidance|protection-workforce-development)\//],
    ['is there anything for brothers and sisters in care', /(brothers-sisters|siblings)/],
    ['how is the promise being kept', /promise/],
    ['what is being done about neglect', /actions\/neglect-toolkit\//],
    ['how do you listen to children’s voices', /actions\/(children-voices-keepthepromise|children-feel-listened-to|youth-engagement-framework)\//],
    ['early learning places for two year olds', /clackmannanshire-csp-2021-24\/(actions\/early-learning-childcare-uptake|measures\/elc-uptake-eligible-2-year-olds)\//],
    ['what is PACE', /pace/],
    ['is there help for kinship carers', /actions\/kinship-families-support\//],
    ['what does ELC mean', /\/glossary\/$/],
    ['how are you helping children with additional support needs', /actions\/additional-support-needs-inclusion\//],
    ['can young people get help with their mental health', /(emotional-wellbeing|wellbeing-concerns|mental-health)/],
  ])('"%s" has %s in the top 3', async (query, expected) => {
    const { urls } = await searchPage(query);
    const top = urls.slice(0, 3);
    expect(top.some((url) => expected.test(url)), `"${query}" gave instead: ${top.join(', ') || 'no results'}`).toBe(true);
  });

  test('a question is ranked as its keywords are', async () => {
    expect((await searchPage('what is being done about child poverty')).urls).toEqual((await searchPage('child poverty')).urls);
    expect((await searchPage('how are you helping young carers')).urls).toEqual((await searchPage('young carers')).urls);
  });

  test('when no page has every word, the search says so and shows pages with most of them', async () => {
    const { urls, note } = await searchPage('is bullying getting better in schools');
    expect(note).toMatch(/(No page has|Only \d+ pages? ha(s|ve)) every word/);
    expect(urls.length).toBeGreaterThan(3);
  });

  test('an action’s result says who leads it and how it stands; a measure’s, its latest figure and trend', async () => {
    const foster = await searchPage('who is in charge of the foster carers action');
    expect(foster.answers[0]).toMatch(/^Lead: .+ · .+$/);
    const placements = await searchPage('placement moves');
    const measure = placements.urls.findIndex((url) => url.includes('/measures/'));
    expect(placements.answers[measure]).toMatch(/^(Latest: .+ \(.+\) · .+|No figures published yet)$/);
    expect(placements.answers.some((answer) => answer.startsWith('Latest: '))).toBe(true);
  });

  test('a search that finds nothing suggests the closest topics and the A to Z list', async () => {
    const { urls, status } = await searchPage('xylophone');
    expect(urls).toEqual([]);
    expect(status).toContain('No results for “xylophone”');
    await expect(page.isVisible('[data-search-suggestions]')).resolves.toBe(true);
    expect(await page.getAttribute('[data-search-suggestions] a[href$="a-z/"]', 'href')).toBe(`${BASE}a-z/`);
    // No report mentions kinship: the glossary's "Kinship care" is the closest topic.
    await page.goto(`${site.origin}${BASE}search/?q=kinship&kind=Report`);
    await page.waitForSelector('[data-search-topics]:not([hidden])');
    expect(await page.$$eval('[data-search-suggestion-list] a', (links) => links.map((link) => link.textContent))).toContain('Kinship care');
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
    // Announced by a live region with the same words (the visible line is drawn with the results).
    expect(await page.getAttribute('[data-search-announce]', 'aria-live')).toBe('polite');
    expect(await page.textContent('[data-search-announce]')).toBe(await status.textContent());

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
    // The status is in the result's details, or in an action's or measure's answer line ("Lead: … · Not stated").
    const plans = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((item) => `${item.querySelector('.ps_search-result__answer')?.textContent ?? ''} ${item.querySelector('.ds_search-result__metadata')?.textContent ?? ''}`),
    );
    expect(plans.length).toBeGreaterThan(0);
    for (const metadata of plans) {
      expect(metadata).toMatch(/Moray/);
      expect(metadata).toMatch(/not stated/i);
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

describe('read aloud', () => {
  test('the search page’s two search boxes have different names', async () => {
    await page.goto(`${site.origin}${BASE}search/`);
    const names = await page.$$eval('input[type="search"]', (inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim()));
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    const landmarks = await page.$$eval('[role="search"], search', (forms) => forms.map((form) => form.getAttribute('aria-label') ?? ''));
    expect(new Set(landmarks).size).toBe(landmarks.length);
  });
});

describe('the search results page does not move', () => {
  test('no layout shift as the results arrive (CLS 0, measured with a PerformanceObserver)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const shifts = await context.newPage();
    await shifts.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await shifts.goto(`${site.origin}${BASE}search/?q=${encodeURIComponent('is bullying getting better in schools')}`);
    await shifts.waitForSelector('[data-search-results] > li');
    await shifts.waitForLoadState('networkidle');
    await shifts.waitForTimeout(500);
    expect(await shifts.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    await context.close();
  });
});
