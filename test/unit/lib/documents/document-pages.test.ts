import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { basePathPrefix, builtPlanPages, documentPages, findDocumentPages, pagesWithDocumentLinks, publicAddress } from '../../../../src/lib/documents/document-pages';

const SITE_PAGES = [
  '',
  'about/',
  'moray-loip/',
  'moray-loip/reports/',
  'moray-loip/reports/annual-report-2021-22/',
  'moray-loip/document/',
  'moray-loip/annual-report/2021-22/',
  'moray-loip/annual-report/',
  'moray-loip/annual-report/2021/',
  'moray-loip/priorities/document/',
  'moray-loip/document/extra/',
  'moray-csp-2020-23/',
  'moray-csp-2020-23/actions/',
];

test('the whole-plan page and each annual report are documents, their files beside their folders', () => {
  expect(documentPages(SITE_PAGES)).toEqual([
    { page: 'moray-loip/document/', htmlFile: 'moray-loip/document/index.html', docx: 'moray-loip/document.docx', pdf: 'moray-loip/document.pdf' },
    {
      page: 'moray-loip/annual-report/2021-22/',
      htmlFile: 'moray-loip/annual-report/2021-22/index.html',
      docx: 'moray-loip/annual-report/2021-22.docx',
      pdf: 'moray-loip/annual-report/2021-22.pdf',
    },
  ]);
});

test.each(['/moray-loip/document/', 'moray-loip/document', '/moray-loip/document'])('%s is the same page as moray-loip/document/', (pathname) => {
  expect(documentPages([pathname]).map(({ page }) => page)).toEqual(['moray-loip/document/']);
});

test("only a plan's home, its reports list and the document pages are read again for links", () => {
  expect(pagesWithDocumentLinks(SITE_PAGES).map(({ page }) => page)).toEqual([
    'about/',
    'moray-loip/',
    'moray-loip/reports/',
    'moray-loip/document/',
    'moray-loip/annual-report/2021-22/',
    'moray-csp-2020-23/',
  ]);
  expect(pagesWithDocumentLinks(['/moray-loip/reports'])).toEqual([{ page: 'moray-loip/reports/', htmlFile: 'moray-loip/reports/index.html' }]);
});

let distDir: string | undefined;
afterEach(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

test('a built dist/ is searched one folder down for the same pages', () => {
  distDir = mkdtempSync(path.join(tmpdir(), 'plansite-document-pages-'));
  for (const page of ['', ...SITE_PAGES.filter((page) => page !== '')]) {
    mkdirSync(path.join(distDir, page), { recursive: true });
    writeFileSync(path.join(distDir, page, 'index.html'), '<h1>page</h1>');
  }
  mkdirSync(path.join(distDir, 'moray-csp-2020-23', 'annual-report', '2022-23'), { recursive: true });
  writeFileSync(path.join(distDir, 'moray-loip', 'document.pdf'), '');
  expect(builtPlanPages(distDir)).toEqual([
    'about/',
    'moray-csp-2020-23/',
    'moray-loip/',
    'moray-loip/annual-report/2021-22/',
    'moray-loip/annual-report/2021/',
    'moray-loip/document/',
    'moray-loip/reports/',
  ]);
  expect(findDocumentPages(distDir).map(({ page }) => page)).toEqual(['moray-loip/annual-report/2021-22/', 'moray-loip/document/']);
});

test('a dist/ that does not exist has no document pages', () => {
  expect(findDocumentPages(path.join(tmpdir(), 'plansite-no-such-dist'))).toEqual([]);
});

test.each([
  ['/', '/'],
  ['', '/'],
  ['/plans/', '/plans/'],
  ['/plans', '/plans/'],
  ['plans', '/plans/'],
  ['/a/b/', '/a/b/'],
])('the base path %j starts addresses as %j', (base, prefix) => {
  expect(basePathPrefix(base)).toBe(prefix);
});

test("a page's public address is the site's, its base path and the page", () => {
  expect(publicAddress('https://plans.example.scot/', '/plans', 'moray-loip/document/')).toBe('https://plans.example.scot/plans/moray-loip/document/');
  expect(publicAddress('https://plans.example.scot', '/', 'moray-loip/annual-report/2021-22/')).toBe('https://plans.example.scot/moray-loip/annual-report/2021-22/');
});
