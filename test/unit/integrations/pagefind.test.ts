import { expect, test } from 'vitest';
import { searchablePart, siteRelativeUrl, unindexedPages } from '../../../src/integrations/pagefind';

test('a page goes to Pagefind as its language and its <main>, bytes decoded as UTF-8', () => {
  const page = Buffer.from('<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><header>Menu</header><main data-pagefind-body><h1>Children’s rights – “UNCRC”</h1></main><footer>F</footer></body></html>');
  expect(searchablePart(page)).toBe('<!DOCTYPE html><html lang="en-GB"><body><main data-pagefind-body><h1>Children’s rights – “UNCRC”</h1></main></body></html>');
});

test('a page without <main> goes whole', () => {
  expect(searchablePart(Buffer.from('<html lang="gd"><body><p>Fàilte</p></body></html>'))).toBe('<html lang="gd"><body><p>Fàilte</p></body></html>');
});

test('pages are recorded at their place in the site, without the base path Pagefind adds back when served', () => {
  expect(siteRelativeUrl('/plans/moray-loip/', '/plans/')).toBe('/moray-loip/');
  expect(siteRelativeUrl('/moray-loip/', '/')).toBe('/moray-loip/');
  expect(siteRelativeUrl('/plans/', '/plans/')).toBe('/');
});

test('the build knows which built pages never reached the index; files such as feeds and the not-found page are not pages to index', () => {
  const pages = [{ pathname: '' }, { pathname: 'moray-loip/' }, { pathname: 'moray-loip/feed.xml' }, { pathname: '404' }, { pathname: 'about/' }];
  expect(unindexedPages(pages, new Set(['/', '/moray-loip/', '/about/']))).toEqual([]);
  expect(unindexedPages(pages, new Set(['/', '/about/']))).toEqual(['/moray-loip/']);
});
