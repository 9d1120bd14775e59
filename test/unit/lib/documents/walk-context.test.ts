import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { inlinesOf, isLeftOut, linkAddress, pageContext } from '../../../../src/lib/documents/walk-context';

const PAGE_URL = 'https://example.org/base/moray-loip/document/';

function firstElement(html: string) {
  const element = DomUtils.findOne(() => true, parseDocument(html).children);
  if (!element) throw new Error(`no element in ${html}`);
  return element;
}

describe('linkAddress', () => {
  test.each([
    ['../priorities/safe/', 'https://example.org/base/moray-loip/priorities/safe/'],
    ['/other-plan/', 'https://example.org/other-plan/'],
    ['measures/a.csv', 'https://example.org/base/moray-loip/document/measures/a.csv'],
    ['https://gov.scot/path?q=1#part', 'https://gov.scot/path?q=1#part'],
    ['//cdn.example.net/file.pdf', 'https://cdn.example.net/file.pdf'],
    ['mailto:plans@moray.gov.uk?subject=Plan', 'mailto:plans@moray.gov.uk?subject=Plan'],
    ['tel:+441343543451', 'tel:+441343543451'],
    ['  ../padded/  ', 'https://example.org/base/moray-loip/padded/'],
    ['#section-2', undefined],
    ['', undefined],
    [undefined, undefined],
    ['javascript:alert(1)', undefined],
    ['http://[broken', undefined],
  ])('%j → %j', (href, expected) => {
    expect(linkAddress(href, PAGE_URL)).toBe(expected);
  });
});

describe('isLeftOut', () => {
  test.each([
    ['<script>x</script>', true],
    ['<svg></svg>', true],
    ['<button>Show</button>', true],
    ['<template><p>x</p></template>', true],
    ['<noscript>x</noscript>', true],
    ['<canvas></canvas>', true],
    ['<style>p{}</style>', true],
    ['<div hidden>x</div>', true],
    ['<div aria-hidden="true">x</div>', true],
    ['<div aria-hidden="false">x</div>', false],
    ['<ul data-document-skip><li>Download</li></ul>', true],
    ['<nav data-document-contents><ul></ul></nav>', true],
    ['<span class="ds_tag visually-hidden">x</span>', true],
    ['<caption class="visually-hidden">Table</caption>', false],
    ['<caption hidden>Table</caption>', true],
    ['<span class="visually-hidden-focusable">x</span>', false],
    ['<nav aria-label="Breadcrumb">x</nav>', false],
    ['<p>x</p>', false],
  ])('%s → %s', (html, expected) => {
    expect(isLeftOut(firstElement(html))).toBe(expected);
  });
});

describe('inlinesOf', () => {
  test('bold, italic and links are inherited; block elements inside are transparent; hidden text is left out', () => {
    const heading = firstElement('<h2><a href="../a/">A <strong>bold <em>both</em></strong></a><div>block</div><br><span hidden>no</span></h2>');
    expect(inlinesOf(heading.children, pageContext(PAGE_URL))).toEqual([
      { kind: 'text', text: 'A ', bold: false, italic: false, href: 'https://example.org/base/moray-loip/a/' },
      { kind: 'text', text: 'bold ', bold: true, italic: false, href: 'https://example.org/base/moray-loip/a/' },
      { kind: 'text', text: 'both', bold: true, italic: true, href: 'https://example.org/base/moray-loip/a/' },
      { kind: 'text', text: 'block', bold: false, italic: false },
      { kind: 'break' },
    ]);
  });

  test('an in-page link inside a link is plain text', () => {
    const paragraph = firstElement('<p><a href="https://gov.scot/">out <a href="#here">in</a></a></p>');
    const hrefs = inlinesOf(paragraph.children, pageContext(PAGE_URL)).map((inline) => (inline.kind === 'text' ? inline.href : null));
    expect(hrefs).toEqual(['https://gov.scot/', undefined]);
  });
});
