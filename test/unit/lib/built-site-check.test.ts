import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkBuiltSite } from '../../../src/lib/built-site-check';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plansite-dist-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><main>x</main></body></html>`;

test('a whole site passes', () => {
  const dir = site({
    'index.html': page('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><link rel="icon" href="/favicon.svg">'),
    '404.html': page('<link rel="stylesheet" href="/_astro/a.css">'),
    'plan/index.html': page('<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.gov.uk/plan/">'),
    '_astro/a.css': 'x',
    '_astro/b.js': 'x',
    'favicon.svg': '<svg/>',
  });
  expect(checkBuiltSite(dir)).toEqual({ problems: [], heavyPages: [] });
});

test('half a site fails: no home page, no not-found page, a page whose style sheet or script was not written', () => {
  const dir = site({ 'plan/index.html': page('<link rel="stylesheet" href="/_astro/gone.css"><script src="/_astro/gone.js"></script>') });
  expect(checkBuiltSite(dir).problems).toEqual([
    'the home page (index.html) is missing.',
    'the page for addresses that do not exist (404.html) is missing.',
    'plan/index.html loads /_astro/gone.css, which the build did not write.',
    'plan/index.html loads /_astro/gone.js, which the build did not write.',
  ]);
});

test('under a base path, the site\\u2019s files are found below it', () => {
  const dir = site({ 'index.html': page('<link rel="stylesheet" href="/plans/_astro/a.css">'), '404.html': page(''), '_astro/a.css': 'x' });
  expect(checkBuiltSite(dir, '/plans/').problems).toEqual([]);
  expect(checkBuiltSite(dir, '/').problems).toEqual(['index.html loads /plans/_astro/a.css, which the build did not write.']);
});

test('names pages too heavy for readers on phones', () => {
  const dir = site({ 'index.html': page(''), '404.html': page(''), 'big/index.html': page('x'.repeat(2_100_000)) });
  expect(checkBuiltSite(dir).heavyPages).toEqual([{ page: 'big/index.html', bytes: expect.any(Number) }]);
});
