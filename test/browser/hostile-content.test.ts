/**
 * The site built from content full of script payloads and unusual text (test/fixtures/hostile/changes.ts):
 * every payload shows as text and none runs; the unusual content is published correctly.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GAELIC_TITLE, HOSTILE_CHANGES, LONG_TITLE, PAYLOADS, RTL_TITLE } from '../fixtures/hostile/changes';
import { cspViolations, recordCspViolations } from './audit';
import { openBuiltSite } from './browser';

let site: Awaited<ReturnType<typeof openBuiltSite>>;

beforeAll(async () => {
  site = await openBuiltSite({
    prepare: (projectDir) => HOSTILE_CHANGES.forEach(({ change }) => change(projectDir)),
    env: { PLANSITE_TODAY: '2026-11-23' },
  });
}, 300_000);
afterAll(() => site?.close());

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
  });

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

  test('never run in the browser, and the pages break no rule of their Content-Security-Policy', async () => {
    const context = await site.browser.newContext();
    await recordCspViolations(context);
    const browserPage = await context.newPage();
    const ran: string[] = [];
    for (const sitePath of [
      '/',
      '/moray-loip/',
      '/moray-loip/actions/parenting-capacity/',
      '/moray-loip/actions/',
      '/moray-loip/measures/access-to-advocacy/',
      '/moray-loip/reports/2021-22-q2/',
      '/moray-loip/outcomes/emotional-wellbeing/',
      '/themes/hostile/',
      '/glossary/',
      '/young-people/',
      '/search/?q=Parents',
    ]) {
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
