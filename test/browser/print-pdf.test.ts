import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findDocumentPages } from '../../src/lib/documents/document-pages';
import { ChromiumMissingError, printPdfs } from '../../src/documents/print-pdf';
import { CHROMIUM } from './browser';
import { CSS_MARGIN_BOX_TEXT, DOCUMENT_PAGES, writeDocumentSite } from './document-site';

let distDir: string;
const pdfOf = (page: string) => path.join(distDir, `${page.slice(0, -1)}.pdf`);
const pdfinfo = (file: string, ...options: string[]) => execFileSync('pdfinfo', [...options, file], { encoding: 'utf8' });
const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  distDir = writeDocumentSite();
  const printed = await printPdfs(distDir, '/plans/', findDocumentPages(distDir), { chromiumPath: CHROMIUM, site: 'https://plans.example.scot', printed: new Date('2025-06-03T12:00:00Z') });
  expect(printed).toBe(2);
}, 120_000);
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

test.each(DOCUMENT_PAGES)('$page prints to a tagged PDF of several pages, titled as the page', ({ page, title }) => {
  const info = pdfinfo(pdfOf(page));
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(new RegExp(`^Title:\\s+${title}$`, 'm'));
  expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(3);
  expect(info).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)$/m);
});

test.each(DOCUMENT_PAGES)('$page has its headings as text, its table, and its headings tagged and bookmarked', ({ page, heading, sections }) => {
  const text = pdftotext(pdfOf(page));
  for (const section of sections) expect(text).toContain(section);
  expect(text.replace(/\s+/g, ' ')).toContain('Children looked after Year Number 2020-21 120 2021-22 112');
  const structure = pdfinfo(pdfOf(page), '-struct');
  expect(structure).toMatch(/^\s+H1\b/m);
  expect(structure.match(/^\s+H2\b/gm)).toHaveLength(3);
  expect(structure).toMatch(/^\s+Table\b/m);
  const outline = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdfOf(page)], { encoding: 'utf8' });
  for (const title of [heading, ...sections]) expect(outline).toMatch(new RegExp(`<item page="\\d+">${title}</item>`));
});

test.each(DOCUMENT_PAGES)("$page says it is in British English, for screen readers' voices", ({ page }) => {
  expect(readFileSync(pdfOf(page), 'latin1')).toContain('/Lang (en-GB)');
});

test.each(DOCUMENT_PAGES)("$page has the title above every page and, below, the page number, the page's public address and the day printed", ({ page, title }) => {
  const sheets = pdftotext(pdfOf(page)).split('\f').filter((sheet) => sheet.trim() !== '');
  sheets.forEach((sheet, index) => {
    expect(sheet.trim().split('\n')[0]!.trim()).toBe(title);
    const footer = sheet.trim().split('\n').at(-1)!.trim();
    expect(footer).toMatch(new RegExp(`^Page ${index + 1} of ${sheets.length}\\s+https://plans\\.example\\.scot/plans/${page.replace(/\//g, '\\/')}\\s+Printed 3 June 2025$`));
    expect(sheet).not.toContain(CSS_MARGIN_BOX_TEXT);
  });
});

test('without Chromium, printing stops before it starts, saying how to install it or where to point', async () => {
  const attempt = printPdfs(distDir, '/plans/', findDocumentPages(distDir), { chromiumPath: '/nowhere/chromium', site: 'https://plans.example.scot' });
  await expect(attempt).rejects.toThrow(ChromiumMissingError);
  await expect(attempt).rejects.toThrow(/not at \/nowhere\/chromium\. Install it with: apt-get install chromium .*set CHROMIUM_PATH/);
});
