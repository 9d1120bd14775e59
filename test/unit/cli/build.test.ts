import { expect, test } from 'vitest';
import { authorFacing } from '../../../src/cli/build';

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
