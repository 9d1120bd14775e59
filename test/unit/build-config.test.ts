import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';

// astro.config.mjs tells the bundler to put all content MDX in one chunk: thousands of chunks would make
// national-scale builds much slower. Astro reaches each MDX file through a small module whose id is the
// file's path with a query after it, and those belong in the same chunk.
function inContentChunk(id: string): boolean {
  const output = config.vite?.build?.rolldownOptions?.output;
  const splitting = (Array.isArray(output) ? output[0] : output)?.codeSplitting;
  const group = typeof splitting === 'object' ? splitting.groups?.find(({ name }) => name === 'content') : undefined;
  if (!(group?.test instanceof RegExp)) throw new Error('astro.config.mjs has no "content" chunk group with a pattern');
  return group.test.test(id);
}

test('content MDX and the module Astro puts in front of each one share one chunk', () => {
  expect(inContentChunk('/site/content/moray-loip/reports/2021-22-q1.mdx')).toBe(true);
  expect(inContentChunk('/site/content/moray-loip/reports/2021-22-q1.mdx?astroPropagatedAssets')).toBe(true);
  expect(inContentChunk('C:\\site\\content\\moray-loip\\plan.mdx?astroPropagatedAssets')).toBe(true);
});

test('nothing but content MDX goes into the content chunk', () => {
  expect(inContentChunk('/site/src/components/OutcomeProgress.astro')).toBe(false);
  expect(inContentChunk('/site/src/pages/[plan]/index.astro?astro&type=style&lang.css')).toBe(false);
  expect(inContentChunk('/site/content/site.yaml')).toBe(false);
  expect(inContentChunk('/site/src/pages/about.mdx?content=true')).toBe(false);
});
