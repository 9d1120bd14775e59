import { cpSync, existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { addAxe, addIbmChecker, axeViolations, htmlErrors, ibmProblems, ibmResults, scrollsSideways, cspViolations, recordCspViolations } from './audit';
import { openBuiltSite } from './browser';

let site: Awaited<ReturnType<typeof openBuiltSite>>;
let distDir: string;
let pages: string[];
let browser: Browser;

beforeAll(async () => {
  site = await openBuiltSite({
    // The deliberately broken page goes in beside the real ones, to prove each check bites.
    beforeServe: (dist) => cpSync(path.join(projectRoot, 'test', 'fixtures', 'broken-accessibility'), path.join(dist, 'broken-on-purpose'), { recursive: true }),
  });
  ({ distDir, browser } = site);
  pages = globSync('**/*.html', { cwd: distDir })
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .filter((sitePath) => sitePath !== '/broken-on-purpose/')
    .sort();
}, 300_000);

afterAll(() => site?.close());

const describeViolations = (where: string, violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations.map((violation) => `${where} ${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.slice(0, 3).join(', ')}`);

/** Each page is audited at desktop width, then reflowed to 320 CSS pixels and audited again. */
async function auditPages(context: BrowserContext, sitePaths: string[]): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  for (const sitePath of sitePaths) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.origin}${sitePath}`);
    problems.push(...describeViolations(`${sitePath} at 1280px`, await axeViolations(page)));
    problems.push(...(await cspViolations(page)).map((violation) => `${sitePath}: Content-Security-Policy ${violation}`));
    await page.setViewportSize({ width: 320, height: 640 });
    // The page settles at its new width first: a table that now scrolls becomes a tab stop (scripts/scrollable-tables.ts).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    problems.push(...describeViolations(`${sitePath} at 320px`, await axeViolations(page)));
    if (await scrollsSideways(page)) problems.push(`${sitePath} scrolls sideways at 320px`);
  }
  await page.close();
  return problems;
}

/** The national comparison's pages: one template each, repeated per indicator, filter and council. */
const isComparisonPage = (sitePath: string) => /^\/(compare|areas|embed)\//.test(sitePath);

async function auditHalf(sitePaths: string[]): Promise<string[]> {
  const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'light' });
  await addAxe(context);
  await recordCspViolations(context);
  const problems = await auditPages(context, sitePaths);
  await context.close();
  return problems;
}

async function auditEvery(sitePaths: string[]): Promise<string[]> {
  // Two halves at once, each in a context of its own: the machine has two cores, and Chromium gives two
  // tabs of one site in one context the same renderer process, which would use only one of them.
  const halves = [sitePaths.filter((_, index) => index % 2 === 0), sitePaths.filter((_, index) => index % 2 === 1)];
  return (await Promise.all(halves.map(auditHalf))).flat();
}

describe('every page of the sample site', () => {
  const AUDIT = 'has no WCAG 2.2 A or AA failures axe can find, in light mode with reduced motion, at 1280 and 320 pixels wide, reflows without sideways scrolling, and breaks no rule of its Content-Security-Policy';

  test('is audited: the plan pages and the comparison pages between them are every page in dist/', () => {
    const total = globSync('**/*.html', { cwd: distDir }).length - 1;
    const comparison = pages.filter(isComparisonPage).length;
    console.log(`axe and reflow: ${pages.length - comparison} plan and site pages, ${comparison} comparison, area and embed pages; dist/ has ${total} pages besides the broken fixture.`);
    expect(comparison).toBeGreaterThan(0);
    expect(pages.length).toBe(total);
  });

  // Two tests, so each half of the site has its own time limit.
  test(`plan and site pages: ${AUDIT}`, async () => {
    expect(await auditEvery(pages.filter((sitePath) => !isComparisonPage(sitePath)))).toEqual([]);
  }, 600_000);

  test(`comparison, area and embed pages: ${AUDIT}`, async () => {
    expect(await auditEvery(pages.filter(isComparisonPage))).toEqual([]);
  }, 600_000);

  test('is valid HTML', async () => {
    const errors: string[] = [];
    for (const sitePath of pages) {
      const file = path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
      errors.push(...(await htmlErrors(readFileSync(file, 'utf8'), sitePath)));
    }
    console.log(`html-validate: checked ${pages.length} pages.`);
    expect(errors).toEqual([]);
  }, 300_000);

  test('lists its external links (they are not fetched)', () => {
    const external = new Set<string>();
    for (const sitePath of pages) {
      const html = readFileSync(path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
      for (const match of html.matchAll(/href="(https?:\/\/[^"]+)"/g)) {
        if (!match[1]!.startsWith('https://plans.example.scot')) external.add(match[1]!);
      }
    }
    console.log(`External links (${external.size}):\n  ${[...external].sort().join('\n  ')}`);
    expect([...external].every((url) => url.startsWith('https://'))).toBe(true);
  });
});

/** Folder names that are the same on every plan's site, so they name a kind of page rather than one page. */
const ROUTE_WORDS = new Set(['actions', 'measures', 'priorities', 'outcomes', 'reports', 'a-z', 'health-check', 'themes', 'glossary', 'document', 'annual-report', 'compare', 'embed', 'areas']);

/**
 * One page of each kind (a plan's home page, an action, a measure, a filtered list…), the biggest of
 * its kind so that it has the most to check: a plan's pages share a layout per kind.
 */
function onePagePerKind(sitePaths: string[]): string[] {
  const kindOf = (sitePath: string) => {
    const segments = sitePath.split('/').filter(Boolean);
    const plan = segments[0] !== undefined && existsSync(path.join(distDir, segments[0], 'priorities'));
    return segments.map((segment, index) => (index === 0 && plan ? '[plan]' : ROUTE_WORDS.has(segment) || segments.length === 1 ? segment : '*')).join('/');
  };
  const size = (sitePath: string) => statSync(path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath)).size;
  const biggest = new Map<string, string>();
  for (const sitePath of sitePaths) {
    const kind = kindOf(sitePath);
    const current = biggest.get(kind);
    if (!current || size(sitePath) > size(current)) biggest.set(kind, sitePath);
  }
  return [...biggest.values()].sort();
}

describe('one page of each kind', () => {
  test('has no violation that IBM’s Equal Access checker finds, at 1280 and 320 pixels wide, with the chart drawn', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'light' });
    await addIbmChecker(context);
    const page = await context.newPage();
    const kinds = onePagePerKind(pages);
    const problems: string[] = [];
    for (const sitePath of kinds) {
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
        await page.goto(`${site.origin}${sitePath}`);
        // Scripts have run (the chart is drawn, tables know whether they scroll) before the check.
        await page.waitForLoadState('load');
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        for (const result of ibmProblems(await ibmResults(page))) problems.push(`${sitePath} at ${width}px ${result.rule} (${result.level}): ${result.message} at ${result.path}`);
      }
    }
    await context.close();
    console.log(`IBM Equal Access checker: ${kinds.length} kinds of page, each at 1280px and 320px: ${kinds.join(' ')}`);
    expect(kinds.length).toBeGreaterThanOrEqual(20);
    expect(kinds.some((sitePath) => sitePath.includes('/measures/') && readFileSync(path.join(distDir, sitePath, 'index.html'), 'utf8').includes('data-chart='))).toBe(true);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('a page broken on purpose', () => {
  test('fails each check: missing alt text, low contrast, empty link, skipped heading, sideways scrolling, an inline script, a tab stop that is not a control', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await addAxe(context);
    await recordCspViolations(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}/broken-on-purpose/`);
    expect((await cspViolations(page)).join('\n')).toMatch(/script-src/);
    expect(await page.evaluate('window.inlineScriptRan')).toBeUndefined();
    const violations = (await axeViolations(page)).map((violation) => violation.id);
    expect(violations).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'link-name']));
    expect(await scrollsSideways(page)).toBe(true);
    await context.close();
    const ibmContext = await browser.newContext();
    await addIbmChecker(ibmContext);
    const ibmPage = await ibmContext.newPage();
    await ibmPage.goto(`${site.origin}/broken-on-purpose/`);
    expect(ibmProblems(await ibmResults(ibmPage)).map((result) => result.rule)).toEqual(expect.arrayContaining(['img_alt_valid', 'element_tabbable_role_valid']));
    await ibmContext.close();
    const errors = await htmlErrors(readFileSync(path.join(distDir, 'broken-on-purpose', 'index.html'), 'utf8'), 'broken');
    expect(errors.join('\n')).toMatch(/heading-level/);
    expect(errors.join('\n')).toMatch(/wcag\/h37|alt/);
  });
});
