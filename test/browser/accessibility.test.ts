import { cpSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { addAxe, axeViolations, htmlErrors, scrollsSideways, cspViolations, recordCspViolations } from './audit';
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
    problems.push(...describeViolations(`${sitePath} at 320px`, await axeViolations(page)));
    if (await scrollsSideways(page)) problems.push(`${sitePath} scrolls sideways at 320px`);
  }
  await page.close();
  return problems;
}

describe('every page of the sample site', () => {
  test('has no WCAG 2.2 A or AA failures axe can find, in light mode with reduced motion, at 1280 and 320 pixels wide, reflows without sideways scrolling, and breaks no rule of its Content-Security-Policy', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'light' });
    await addAxe(context);
    await recordCspViolations(context);
    // Two tabs at once: the machine has two cores.
    const halves = [pages.filter((_, index) => index % 2 === 0), pages.filter((_, index) => index % 2 === 1)];
    const problems = (await Promise.all(halves.map((half) => auditPages(context, half)))).flat();
    await context.close();
    const audited = halves[0]!.length + halves[1]!.length;
    console.log(`axe and reflow: audited ${audited} pages, each at 1280px and 320px; dist/ has ${globSync('**/*.html', { cwd: distDir }).length - 1} pages besides the broken fixture.`);
    expect(audited).toBe(globSync('**/*.html', { cwd: distDir }).length - 1);
    expect(problems).toEqual([]);
  }, 600_000);

  test('is valid HTML', async () => {
    const errors: string[] = [];
    for (const sitePath of pages) {
      const file = path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
      errors.push(...(await htmlErrors(readFileSync(file, 'utf8'), sitePath)));
    }
    console.log(`html-validate: checked ${pages.length} pages.`);
    expect(errors).toEqual([]);
  }, 120_000);

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

describe('a page broken on purpose', () => {
  test('fails each check: missing alt text, low contrast, empty link, skipped heading, sideways scrolling, an inline script', async () => {
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
    const errors = await htmlErrors(readFileSync(path.join(distDir, 'broken-on-purpose', 'index.html'), 'utf8'), 'broken');
    expect(errors.join('\n')).toMatch(/heading-level/);
    expect(errors.join('\n')).toMatch(/wcag\/h37|alt/);
  });
});
