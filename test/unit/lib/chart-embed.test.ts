import { load } from 'cheerio';
import { expect, test } from 'vitest';
import { EMBED_HEIGHTS, embedPathOf, iframeSnippet, isEmbedAddress } from '../../../src/lib/chart-embed';

test.each([
  ['compare/chn9', 'embed/compare/chn9'],
  ['/moray-loip/measures/looked-after', 'embed/moray-loip/measures/looked-after'],
])('the embed page of %s is %s', (page, embed) => {
  expect(embedPathOf(page)).toBe(embed);
});

test.each([
  ['/embed/compare/chn9/', '/', true],
  ['/plans/embed/moray-loip/measures/looked-after/', '/plans/', true],
  ['/embed/compare/chn9/', '/plans/', false],
  ['/compare/chn9/', '/', false],
  // A measure may be called "embed": its page is not an embed page.
  ['/moray-loip/measures/embed/', '/', false],
  ['/embedded/', '/', false],
])('%s under base %s is an embed page: %s', (pathname, base, expected) => {
  expect(isEmbedAddress(pathname, base)).toBe(expected);
});

test('the snippet is one iframe with the address, a title, the full width, the height and lazy loading, ready to paste', () => {
  expect(iframeSnippet({ src: 'https://plans.example.scot/embed/compare/chn9/', title: 'Chart: Looked after children, 2022-23 – Plans', height: EMBED_HEIGHTS.indicator })).toBe(
    '<iframe src="https://plans.example.scot/embed/compare/chn9/" title="Chart: Looked after children, 2022-23 – Plans" width="100%" height="1100" loading="lazy"></iframe>',
  );
});

test.each([
  ['a quote, which would end the attribute', 'The "Promise"', 'The &quot;Promise&quot;'],
  ['markup, which stays text', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['an ampersand that could start a character reference', 'Visits to A&E', 'Visits to A&amp;E'],
  ['an ampersand that cannot, left as written', 'Children & families', 'Children & families'],
  ['apostrophes, left as written', 'Children’s and young people\'s plans', 'Children’s and young people\'s plans'],
])('a title with %s is escaped only as far as it must be', (_, title, written) => {
  const snippet = iframeSnippet({ src: 'https://plans.example.scot/embed/x/', title, height: 640 });
  expect(snippet).toContain(` title="${written}" `);
  // Read as HTML, it is one iframe whose title is exactly the text it was made from.
  const $ = load(snippet, null, false);
  expect($('*').length).toBe(1);
  expect($('iframe').attr('title')).toBe(title);
});
