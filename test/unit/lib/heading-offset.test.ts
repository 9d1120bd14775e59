import { describe, expect, test } from 'vitest';
import { headingOffsetFor, headingOffsetVisitor, shiftedLevel } from '../../../src/lib/heading-offset';
import { rewriteHtml } from '../../../src/lib/html-rewrite';

const shift = (html: string) => rewriteHtml(html, [headingOffsetVisitor()]);

describe('headings of a body shown inside a bigger page', () => {
  test.each([
    [2, 1, 3],
    [2, 2, 4],
    [4, 2, 6],
    [5, 3, 6],
  ])('h%i moved down %i levels is h%i', (level, offset, expected) => {
    expect(shiftedLevel(level, offset)).toBe(expected);
  });

  test('moves the headings inside the wrapper, keeping their attributes and text', () => {
    expect(shift('<h2 id="a">Before</h2><div data-heading-offset="2"><h2 id="b">Inside</h2><p>x</p><h4>Deep</h4></div><h2>After</h2>')).toBe(
      '<h2 id="a">Before</h2><div data-heading-offset="2"><h4 id="b">Inside</h4><p>x</p><h6>Deep</h6></div><h2>After</h2>',
    );
  });

  test('adds the offsets of nested wrappers, and other divs inside change nothing', () => {
    expect(shift('<div data-heading-offset="1"><div class="x"><h2>One</h2></div><div data-heading-offset="1"><h2>Two</h2></div><h3>Three</h3></div>')).toBe(
      '<div data-heading-offset="1"><div class="x"><h3>One</h3></div><div data-heading-offset="1"><h4>Two</h4></div><h4>Three</h4></div>',
    );
  });

  test('leaves a page without wrappers as it was', () => {
    const page = '<main><h2>Title</h2><div><h3>Sub</h3></div></main>';
    expect(shift(page)).toBe(page);
  });
});

describe('how far a body’s headings move', () => {
  test.each([
    ['## Intro\n\ntext\n\n### Part', 3, 1],
    ['### Part only', 3, 0],
    ['#### Deep', 3, 0],
    ['## Summary\n\n#### Detail', 4, 2],
    ['No headings at all', 3, 0],
    ['```\n# not a heading\n```\n\n### Part', 3, 0],
    ['#hashtag is not a heading\n\n### Part', 4, 1],
  ])('%j with its biggest heading at h%i moves %i', (markdown, topLevel, offset) => {
    expect(headingOffsetFor(markdown, topLevel)).toBe(offset);
  });
});
