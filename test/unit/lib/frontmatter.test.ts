import { expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/frontmatter';

test('splits the fields from the text, and says which line the text starts on', () => {
  expect(splitFrontmatter('---\ntitle: x\nlead: y\n---\n\nBody\n')).toEqual({ yaml: 'title: x\nlead: y', body: '\nBody\n', bodyStartLine: 5 });
  expect(splitFrontmatter('---\r\ntitle: x\r\n---\r\nBody')).toEqual({ yaml: 'title: x', body: 'Body', bodyStartLine: 4 });
  expect(splitFrontmatter('---\n---\n')).toEqual({ yaml: '', body: '', bodyStartLine: 3 });
});

test('ends the fields at the first line starting ---, as Astro does, so the text after it is the body', () => {
  expect(splitFrontmatter('---\ntitle: x\n----\nmore\n---\n')).toEqual({ yaml: 'title: x', body: '-\nmore\n---\n', bodyStartLine: 3 });
});

test('refuses a +++ line inside the fields, which Astro takes as their end', () => {
  expect(splitFrontmatter('---\ntitle: x\n+++\nlead: y\n---\n')).toEqual({ error: expect.stringContaining('starts with +++'), line: 3 });
});

test('refuses a file that does not start with ---', () => {
  expect(splitFrontmatter('title: x\n---\n')).toMatchObject({ line: 1, error: expect.stringContaining('must start with a line of three dashes') });
  expect(splitFrontmatter('\n---\ntitle: x\n---\n')).toMatchObject({ line: 1 });
});
