/**
 * Pagefind's own script, made smaller for readers: the search page loads `pagefind.js` before the
 * first search, and Pagefind writes it lightly minified (47 KB). Minified again with terser it is about
 * 32 KB, which keeps a first search within its 150 KB budget (docs/performance.md). Only the file's
 * text changes: its exports and what it loads are Pagefind's. test/unit/search-bundle.test.ts checks
 * the minified script still exports what the search page uses; the browser tests search with it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify } from 'terser';

export async function minifySearchScript(bundleDir: string): Promise<{ before: number; after: number }> {
  const file = path.join(bundleDir, 'pagefind.js');
  const source = await readFile(file, 'utf8');
  const result = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
  if (!result.code) throw new Error('Search index: pagefind.js could not be minified.');
  // Never make it larger (a later Pagefind may ship it fully minified).
  const before = Buffer.byteLength(source);
  const after = Buffer.byteLength(result.code);
  if (after >= before) return { before, after: before };
  await writeFile(file, result.code);
  return { before, after };
}
