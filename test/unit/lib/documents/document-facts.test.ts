import { expect, test } from 'vitest';
import { DocumentPageError, documentFacts } from '../../../../src/lib/documents/document-facts';

test("the title is the page's h1 as a reader sees it, and the made day comes from its <time data-document-made>", () => {
  const html = `<html lang="en-GB"><head><title>Annual report – Site</title></head><body><h1 class="ds_page-header__title">
    Moray <abbr>LOIP</abbr> &amp; partners:\n annual report <span>2021–22</span></h1>
    <p>Published <time datetime="2020-01-01">1 Jan</time> and <time data-document-made datetime="2022-09-30">30 September 2022</time></p><h1>Second</h1></body></html>`;
  expect(documentFacts(html, 'moray-loip/annual-report/2021-22/index.html')).toEqual({ title: 'Moray LOIP & partners: annual report 2021–22', made: '2022-09-30', language: 'en-GB' });
});

test('a page that does not say when it was made, or its language, has neither', () => {
  expect(documentFacts('<h1>Plan</h1>', 'p/document/index.html')).toEqual({ title: 'Plan' });
});

test.each([
  ['<p>No heading</p>', 'p/document/index.html has no <h1> with text'],
  ['<h1>  </h1>', 'p/document/index.html has no <h1> with text'],
  ['<h1>Plan</h1><time data-document-made datetime="30/09/2022">', 'p/document/index.html: <time data-document-made> has datetime="30/09/2022", which is not a day. Write it as YYYY-MM-DD'],
  ['<h1>Plan</h1><time data-document-made datetime="2022-02-30">', 'datetime="2022-02-30"'],
  ['<h1>Plan</h1><time data-document-made>', 'datetime=""'],
])('%s is refused, naming the page and the fix', (html, message) => {
  expect(() => documentFacts(html, 'p/document/index.html')).toThrow(DocumentPageError);
  expect(() => documentFacts(html, 'p/document/index.html')).toThrow(message);
});
