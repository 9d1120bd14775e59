import { expect, test } from 'vitest';
import { mainRegion, rewriteHtml, type Visitor } from '../../../src/lib/html-rewrite';

/** A visitor that upper-cases every piece of text it is shown. */
const shout: Visitor = {
  ontext: ({ start, end, html, edit }) => edit(start, end + 1, html.slice(start, end + 1).toUpperCase()),
};

test('rewrites only the region it is given; everything outside stays byte for byte', () => {
  const html = '<header><a href="/">home</a></header><main id="m"><p>inside <b>bold</b></p></main><footer>outside</footer>';
  const region = mainRegion(html);
  expect(html.slice(region.start, region.end)).toBe('<main id="m"><p>inside <b>bold</b></p></main>');
  expect(rewriteHtml(html, [shout], region)).toBe('<header><a href="/">home</a></header><main id="m"><p>INSIDE <b>BOLD</b></p></main><footer>outside</footer>');
});

test('tags are reported at their place in the whole page, not in the region', () => {
  const html = '<p>before</p><main><a href="x">link</a></main>';
  const seen: string[] = [];
  rewriteHtml(html, [{ onopentag: (name, _attributes, { start, end }) => seen.push(`${name} ${html.slice(start, end + 1)}`) }], mainRegion(html));
  expect(seen).toEqual(['main <main>', 'a <a href="x">']);
});

test('a page without <main> is rewritten whole', () => {
  const html = '<div><p>text</p></div>';
  expect(mainRegion(html)).toEqual({ start: 0, end: html.length });
  expect(rewriteHtml(html, [shout], mainRegion(html))).toBe('<div><p>TEXT</p></div>');
});

test('a visitor that rules the region out at a glance is not run, and with none left the page is not parsed', () => {
  const html = '<main><p>nothing to change</p></main>';
  let called = 0;
  const counting: Visitor = { mightEdit: (part) => part.includes('GIRFEC'), ontext: () => void called++ };
  expect(rewriteHtml(html, [counting], mainRegion(html))).toBe(html);
  expect(called).toBe(0);
  expect(rewriteHtml('<main><p>GIRFEC</p></main>', [counting])).toBe('<main><p>GIRFEC</p></main>');
  expect(called).toBe(1);
});

test('an end tag is reported where it is, and an element ended by another tag says so', () => {
  const html = '<main><ul><li><p>one</li><li>two</li></ul></main>';
  const seen: string[] = [];
  rewriteHtml(html, [{ onclosetag: (name, { start, end }, implied) => seen.push(`${name} ${html.slice(start, end + 1)}${implied ? ' (implied)' : ''}`) }]);
  expect(seen).toEqual(['p </li> (implied)', 'li </li>', 'li </li>', 'ul </ul>', 'main </main>']);
});
