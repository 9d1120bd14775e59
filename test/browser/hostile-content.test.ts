/**
 * The site built from content full of script payloads and unusual text (test/fixtures/hostile/changes.ts):
 * every payload shows as text and none runs; the unusual content is published correctly.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { ATTRIBUTE_IN_MDX, FORMULA_FOOTNOTES, GAELIC_TITLE, HOSTILE_CHANGES, LONG_TITLE, PAYLOADS, RTL_TITLE, UNBROKEN_TITLE } from '../fixtures/hostile/changes';
import { cspViolations, recordCspViolations, scrollsSideways } from './audit';
import { openBuiltSite } from './browser';

let site: Awaited<ReturnType<typeof openBuiltSite>>;

beforeAll(async () => {
  site = await openBuiltSite({
    prepare: (projectDir) => HOSTILE_CHANGES.forEach(({ change }) => change(projectDir)),
    env: { PLANSITE_TODAY: '2026-11-23' },
  });
}, 300_000);
afterAll(() => site?.close());

/** Every page that shows content from the hostile corpus. */
const AFFECTED_PAGES = [
  '/',
  '/moray-loip/',
  '/moray-loip/actions/parenting-capacity/',
  '/moray-loip/actions/',
  '/moray-loip/measures/access-to-advocacy/',
  '/moray-loip/reports/2021-22-q2/',
  '/moray-loip/outcomes/emotional-wellbeing/',
  '/moray-loip/outcomes/allowed-html/',
  '/moray-loip/actions/a-and-e-visits/',
  '/moray-loip/measures/parental-stress/',
  '/themes/hostile/',
  '/glossary/',
  '/young-people/',
  '/search/?q=Parents',
];

const page = (sitePath: string) => load(readFileSync(path.join(site.distDir, sitePath, 'index.html'), 'utf8'));
const text = (sitePath: string, selector = 'main') => page(sitePath)(selector).text().replace(/\s+/g, ' ').trim();

describe('script payloads in data files', () => {
  test('never become elements or attributes: every script is one of the site’s own files, and no element has an event handler', () => {
    const problems: string[] = [];
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const $ = load(readFileSync(path.join(site.distDir, file), 'utf8'));
      $('script').each((_, script) => {
        const src = $(script).attr('src') ?? '';
        if (!/^\/(_astro|pagefind)\//.test(src)) problems.push(`${file}: <script src="${src}">${$(script).text().slice(0, 40)}`);
      });
      $('*').each((_, node) => {
        const element = node as { tagName?: string; attribs?: Record<string, string> };
        for (const name of Object.keys(element.attribs ?? {})) if (/^on/i.test(name)) problems.push(`${file}: <${element.tagName} ${name}>`);
      });
      $('a[href]').each((_, link) => {
        if (/^\s*(javascript|data|vbscript):/i.test($(link).attr('href')!)) problems.push(`${file}: <a href="${$(link).attr('href')}">`);
      });
      if ($('title').length !== 1) problems.push(`${file}: ${$('title').length} <title> elements`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  test('show as the text the author typed', () => {
    expect(text('moray-loip/actions/parenting-capacity', 'h1')).toBe(`Parents ${PAYLOADS.script} ${PAYLOADS.svg}`);
    expect(text('moray-loip/actions/parenting-capacity')).toContain(PAYLOADS.title);
    expect(text('moray-loip/actions/parenting-capacity')).toContain(PAYLOADS.javascriptText);
    expect(page('')('title').text()).toContain(`Plans ${PAYLOADS.title}`);
    expect(text('moray-loip/measures/access-to-advocacy')).toContain(PAYLOADS.scriptClose);
    expect(text('themes/hostile', 'h1')).toBe(`Hostile ${PAYLOADS.title}`);
    expect(text('moray-loip/reports/2021-22-q2')).toContain(PAYLOADS.svg);
    // The glossary expansion is an attribute value and link text, escaped in both.
    expect(page('moray-loip/actions/parenting-capacity')('abbr').filter((_, abbr) => page('moray-loip/actions/parenting-capacity')(abbr).text() === 'ZXQ').attr('title')).toBe(PAYLOADS.attribute);
  });

  test('never run or navigate away even with the Content-Security-Policy switched off, so safety does not rest on it', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const browserPage = await context.newPage();
    const problems: string[] = [];
    for (const sitePath of AFFECTED_PAGES) {
      const navigations: string[] = [];
      const onNavigate = (frame: { url(): string; parentFrame(): unknown }) => {
        if (!frame.parentFrame() && !frame.url().startsWith(`${site.origin}${sitePath.split('?')[0]}`)) navigations.push(frame.url());
      };
      browserPage.on('framenavigated', onNavigate);
      await browserPage.goto(`${site.origin}${sitePath}`);
      await browserPage.waitForLoadState('networkidle');
      await browserPage.waitForTimeout(300);
      browserPage.off('framenavigated', onNavigate);
      const flag = await browserPage.evaluate('window.__xss');
      if (flag !== undefined) problems.push(`${sitePath}: a script ran (${String(flag)})`);
      if (navigations.length > 0) problems.push(`${sitePath}: went to ${navigations.join(', ')}`);
      if ((await browserPage.locator('iframe, object, embed, form[action^="http"], meta[http-equiv="refresh" i]').count()) > 0) problems.push(`${sitePath}: has a frame, form or refresh from the content`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  test('never run in the browser, and the pages break no rule of their Content-Security-Policy', async () => {
    const context = await site.browser.newContext();
    await recordCspViolations(context);
    const browserPage = await context.newPage();
    const ran: string[] = [];
    for (const sitePath of AFFECTED_PAGES) {
      await browserPage.goto(`${site.origin}${sitePath}`);
      await browserPage.waitForLoadState('networkidle');
      const flag = await browserPage.evaluate('window.__xss');
      if (flag !== undefined) ran.push(`${sitePath}: ${String(flag)}`);
      ran.push(...(await cspViolations(browserPage)).map((violation) => `${sitePath}: CSP ${violation}`));
    }
    await context.close();
    expect(ran).toEqual([]);
  }, 120_000);
});

describe('unusual content', () => {
  test('Gaelic and right-to-left text are published as written', () => {
    expect(text('moray-loip/outcomes/gaelic-rights', 'h1')).toBe(GAELIC_TITLE);
    expect(text('moray-loip/outcomes/gaelic-rights')).toContain(RTL_TITLE);
  });

  test('a 2,000-character title is published in full, with a short breadcrumb', () => {
    const $ = page('moray-loip/actions/very-long-title');
    expect($('h1').text().trim()).toBe(LONG_TITLE);
    expect($('nav[aria-label="Breadcrumb"] li').last().text().trim().length).toBeLessThanOrEqual(80);
  });

  test('a byte-order mark and Windows line endings change nothing', () => {
    expect(text('moray-loip/actions/wellbeing-investment', 'h1')).toBe('Investment in early intervention wellbeing supports for children, young people and families in Moray is no less than £1/2m per annum');
    expect(text('moray-loip/outcomes/poverty-mitigated', 'h1')).toBe('The impact of poverty on children, young people and families is mitigated');
  });

  test('10,000 figures make a chart and a table of every figure', () => {
    const $ = page('moray-loip/measures/feel-listened-to');
    expect($('canvas').length).toBe(1);
    expect($('main table tbody tr').length).toBe(10_000);
  });

  test('a priority with no outcomes and a plan with nothing in it yet say so', () => {
    expect(text('moray-loip/priorities/empty-priority')).toContain('The plan lists no outcomes for this priority yet.');
    expect(text('empty-plan')).toContain('No priorities are listed for this plan yet.');
    expect(text('empty-plan')).toContain('No progress report has been published for this plan yet.');
  });

  test('two pages in different plans that link to each other both show the link', () => {
    expect(page('moray-loip/outcomes/emotional-wellbeing')('main a[href="/moray-csp-2020-23/outcomes/mentally-well/"]').length).toBeGreaterThan(0);
    expect(page('moray-csp-2020-23/outcomes/mentally-well')('main a[href="/moray-loip/outcomes/emotional-wellbeing/"]').length).toBeGreaterThan(0);
  });
});

describe('Trusted Types', () => {
  test('the browser refuses HTML written from a plain string, even the site\u2019s own, except the empty page "Hide this page" leaves', async () => {
    const context = await site.browser.newContext();
    const browserPage = await context.newPage();
    await browserPage.goto(`${site.origin}/search/?q=carers`);
    await browserPage.waitForLoadState('networkidle');
    const results = await browserPage.evaluate(() => {
      const attempt = (write: () => void) => {
        try {
          write();
          return 'allowed';
        } catch {
          return 'refused';
        }
      };
      const box = document.createElement('div');
      return {
        html: attempt(() => (box.innerHTML = '<img src=x onerror=alert(1)>')),
        empty: attempt(() => (box.innerHTML = '')),
        worker: attempt(() => new Worker('https://example.com/evil.js')),
      };
    });
    expect(results).toEqual({ html: 'refused', empty: 'allowed', worker: 'refused' });
    expect(await browserPage.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await context.close();
  }, 60_000);
});

describe('what the hostile-input audit found', () => {
  test('allowed HTML in MDX is published with its attribute values as text', () => {
    const $ = page('moray-loip/outcomes/allowed-html');
    expect($('main abbr').filter((_, abbr) => $(abbr).text() === 'an abbreviation').attr('title')).toBe(ATTRIBUTE_IN_MDX);
    expect($('main img').length).toBe(0);
    expect($('main details summary').text()).toBe('More');
    expect($('main span[lang="gd"]').text()).toBe('Cothrom na Fèinne');
    expect($('main a[href="https://www.example.gov.uk/plan"]').attr('rel')).toContain('noopener');
  });

  test('a completion target written as an unquoted YAML date, or day first, is read as that day, so the passed action is overdue', () => {
    for (const action of ['unquoted-date', 'uk-date']) expect(text(`moray-loip/actions/${action}`)).toMatch(/Overdue/);
    // Every single day is shown one way, however it was written (issue 22).
    for (const action of ['unquoted-date', 'uk-date']) expect(text(`moray-loip/actions/${action}`)).toContain('31 March 2023');
    expect(text('moray-loip/actions/uk-date')).not.toContain('31/03/2023');
  });

  test('glossary terms are found in the text readers see: "amp" never breaks an &amp;, and "A&E" is explained', () => {
    const broken: string[] = [];
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const $ = load(readFileSync(path.join(site.distDir, file), 'utf8'));
      if ($('main').text().includes('&amp')) broken.push(file);
    }
    expect(broken).toEqual([]);
    const $ = page('moray-loip/actions/a-and-e-visits');
    expect($('main abbr[title="Accident and emergency"]').first().text()).toBe('A&E');
    expect($('h1').text().trim()).toBe('Fewer visits to A&E by young people & their families');
  }, 60_000);

  test('feeds carry report commentary as plain text: a reader that shows descriptions as HTML shows the tags as text', () => {
    const feed = new XMLParser().parse(readFileSync(path.join(site.distDir, 'moray-loip', 'feed.xml'), 'utf8')) as { rss: { channel: { item: Array<{ description: string }> } } };
    const descriptions = feed.rss.channel.item.map((item) => item.description).join('\n');
    expect(descriptions).toContain('&lt;script&gt;window.__xss');
    expect(load(`<div>${descriptions}</div>`)('script, img, svg, a, iframe').length).toBe(0);
  });

  test('CSV downloads neutralise cells a spreadsheet would run as formulas, and keep numbers as numbers', () => {
    const rows = parseCsv(readFileSync(path.join(site.distDir, 'moray-loip', 'measures', 'parental-stress.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const local = rows.filter((row) => row.area === 'Moray');
    expect(local.map((row) => row.footnote)).toEqual(FORMULA_FOOTNOTES.map((note) => `'${note.trim()}`));
    expect(local.map((row) => row.value)).toEqual(['-2', '-1', '0', '1', '2', '3']);
  });

  test('figures for the plan\u2019s area written in small letters are the plan\u2019s own, not another area\u2019s', () => {
    const $ = page('moray-loip/measures/parental-stress');
    expect($('main table thead th').map((_, th) => $(th).text().trim()).get()).toEqual(expect.arrayContaining(['Moray', 'Scotland']));
    expect($('main table thead th').map((_, th) => $(th).text().trim()).get()).not.toContain('moray');
  });

  test('a 400-character address in a title wraps on a 320px screen instead of pushing the page sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const browserPage = await context.newPage();
    const wide: string[] = [];
    for (const sitePath of ['/moray-loip/actions/unbroken-title/', '/moray-loip/outcomes/emotional-wellbeing/', '/moray-loip/actions/']) {
      await browserPage.goto(`${site.origin}${sitePath}`);
      if (await scrollsSideways(browserPage)) wide.push(`${sitePath}: ${await browserPage.evaluate(() => document.documentElement.scrollWidth)}px wide`);
    }
    await context.close();
    expect(text('moray-loip/actions/unbroken-title', 'h1')).toBe(UNBROKEN_TITLE);
    expect(wide).toEqual([]);
  }, 60_000);
});

