/** The MDX rules inside the build: a page that breaks them is never compiled, so its code never runs. */
import { mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { mdxSafetyPlugin } from '../../../src/integrations/mdx-safety';

const compile = (source: string, frontmatter: Record<string, unknown> = {}) =>
  mdxToJs(source, { mdastPlugins: [mdxSafetyPlugin('/site')], fileURL: new URL('file:///site/content/plan/outcomes/x.mdx'), data: { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } } });

test('compiles Markdown, the site\\u2019s components and allowed HTML', () => {
  expect(() => compile('# Title\n\n<Callout title="Note">Text with <em>emphasis</em>.</Callout>\n\n{/* a note */}\n')).not.toThrow();
});

test.each([
  ["import { execSync } from 'node:child_process'\n\n{execSync('id')}", /content\/plan\/outcomes\/x\.mdx, line 1, `import`: "import" lines are not allowed/],
  ['Hello {process.env.HOME}', /line 1, `\{…\}`: "\{process\.env\.HOME\}" would run as code/],
  ['<meta http-equiv="refresh" content="0;url=https://example.com" />', /`<meta>`: <meta> is not allowed/],
  ['[x](javascript:alert(1))', /`link`: the address "javascript:alert\(1\)" is not allowed/],
  ['<KeyFact figure={globalThis.x} label="y" />', /`<KeyFact figure>`: write the value in quotes/],
])('refuses, naming the file and the line: %s', (source, says) => {
  expect(() => compile(source)).toThrow(says);
});

test('refuses a layout in the fields, which would load code into the page', () => {
  expect(() => compile('Text', { layout: '../../src/x.astro' })).toThrow(/`layout`: "layout" is not a field a page can have/);
});
