/**
 * The search page imports Pagefind's pagefind.js and calls options() and search(). Minifying it must
 * keep those: this test builds a real index with Pagefind and minifies its script, so an upgrade of
 * Pagefind or terser that changes what it exports fails here (test/browser/ searches with it).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, expect, test } from 'vitest';
import { minifySearchScript } from '../../src/integrations/search-bundle';

const folder = mkdtempSync(path.join(tmpdir(), 'plansite-search-bundle-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the minified pagefind.js is smaller, still exports the search functions, and is never made larger', async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  await index!.addHTMLFile({ url: '/a/', content: '<html lang="en"><body><main data-pagefind-body><h1>Young carers</h1><p>Support for young carers.</p></main></body></html>' });
  const bundle = path.join(folder, 'pagefind');
  await index!.writeFiles({ outputPath: bundle });
  const source = readFileSync(path.join(bundle, 'pagefind.js'), 'utf8');
  const exported = (text: string) => [...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((match) => match[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/).pop()));
  const { before, after } = await minifySearchScript(bundle);
  expect(before).toBe(Buffer.byteLength(source));
  expect(after).toBeLessThan(before * 0.8);
  const minified = readFileSync(path.join(bundle, 'pagefind.js'), 'utf8');
  expect(new Set(exported(minified))).toEqual(new Set(exported(source)));
  for (const name of ['options', 'search', 'init']) expect(exported(minified)).toContain(name);
  expect(statSync(path.join(bundle, 'pagefind.js')).size).toBe(after);
  // Never larger: a second pass gains little or nothing.
  const again = await minifySearchScript(bundle);
  expect(again.before).toBe(after);
  expect(again.after).toBeLessThanOrEqual(again.before);
});
