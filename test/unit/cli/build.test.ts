import { expect, test } from 'vitest';
import { authorFacing, authorFilter } from '../../../src/cli/build';

test('build output loses stack traces, and an MDX mistake gets a hint for the author', () => {
  const output = [
    '[ERROR] [vite] Build failed',
    '13:10: Unexpected end of file in expression (mdx-jsx:unexpected-character)',
    '  Location:',
    '    /site/content/plan/priorities/safe.mdx:13:10',
    '  Stack trace:',
    '    at TransformPluginContextImpl.handler (file:///x.js:64:17)',
    '    at async plugin (file:///y.mjs:2343:12)',
    'The build did not finish.',
  ];
  expect(authorFacing(output)).toEqual([
    '[ERROR] [vite] Build failed',
    '13:10: Unexpected end of file in expression (mdx-jsx:unexpected-character)',
    '  Location:',
    '    /site/content/plan/priorities/safe.mdx:13:10',
    expect.stringContaining('The text of this page is not valid MDX.'),
    'The build did not finish.',
  ]);
});

test('colour codes in the output do not hide a stack trace from the filter', () => {
  const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
  expect(authorFacing([red('  Stack trace:'), red('    at handler (file:///x.js:1:2)'), 'done'])).toEqual(['done']);
});

test('a stack trace printed without a heading (a page that failed while rendering) is dropped too, unless PLANSITE_DEBUG asks for it', () => {
  const output = ['[ERROR] Error: A page failed.', '    at file:///tmp/x/chunks/a.mjs:48:8', '    at AstroComponentInstance.init (file:///tmp/x.mjs:1926:27)', '    at async renderPage (node:internal/x:1:1)', 'Look at the page.'];
  expect(authorFacing(output)).toEqual(['[ERROR] Error: A page failed.', 'Look at the page.']);
  const filter = authorFilter(true);
  expect(output.flatMap(filter)).toEqual(output);
});
