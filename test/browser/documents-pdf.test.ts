/**
 * `npm run pdf` on the real site: each document page (the whole plan, the annual report) printed by
 * Debian's Chromium to a tagged PDF, checked with poppler-utils as a reader's PDF software would see it,
 * and linked from the plan's pages with its size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { describeFileSize } from '../../src/lib/documents/file-size';
import { loadRealContent, projectRoot } from '../content/helpers';
import { builtSiteForThisFile, CHROMIUM } from './browser';

const { content } = loadRealContent();
let pdfRun: { status: number | null; output: string } | undefined;
let distDir = '';

const site = builtSiteForThisFile({
  beforeServe(dist) {
    distDir = dist;
    const node = path.join(projectRoot, 'node_modules', '.bin', 'node');
    const jiti = path.join(projectRoot, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');
    const run = spawnSync(node, [jiti, 'src/cli/pdf.ts'], { cwd: path.dirname(dist), encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: CHROMIUM }, timeout: 240_000 });
    pdfRun = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  },
});

const documents = [
  ...content.plans.map((plan) => ({ planId: plan.id, page: `${plan.id}/document/`, pdf: `${plan.id}/document.pdf` })),
  { planId: 'moray-loip', page: 'moray-loip/annual-report/2021-22/', pdf: 'moray-loip/annual-report/2021-22.pdf' },
];
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
/** The PDF's text page by page, in the order Chromium drew it, so that each table cell's lines stay together. */
const pagesOf = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f');
/** Text compared without its spaces and line breaks, which the PDF places wherever lines wrap. */
const squeezed = (text: string) => text.replace(/\s+/g, '');
const htmlOf = (page: string) => load(readFileSync(path.join(distDir, page, 'index.html'), 'utf8'));

test('npm run pdf prints every document page', () => {
  site();
  expect(pdfRun?.status, pdfRun?.output).toBe(0);
  expect(pdfRun?.output).toContain(`${documents.length} PDFs`);
});

describe.each(documents)('the PDF of $page', ({ planId, page, pdf }) => {
  const file = () => path.join(distDir, pdf);

  test('is tagged, has the page’s title and language, and more than one page', () => {
    const info = pdfinfo(file());
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toContain(`Title:           ${htmlOf(page)('title').text()}`);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeGreaterThan(1);
    expect(readFileSync(file()).toString('latin1')).toContain('/Lang (en-GB)');
  });

  test('has selectable text with every priority of the plan, and bookmarks from its headings', () => {
    const text = squeezed(pagesOf(file()).join(''));
    const priorities = content.priorities.filter((entry) => entry.id.startsWith(`${planId}/`));
    expect(priorities.length).toBeGreaterThan(0);
    for (const priority of priorities) expect(text).toContain(squeezed(priority.data.title));
    const outline = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file()], { encoding: 'utf8' });
    for (const heading of htmlOf(page)('main h2').slice(0, 3).map((_, element) => htmlOf(page)(element).text()).get())
      expect(outline.replace(/&amp;/g, '&')).toContain(`>${heading.trim()}</item>`);
  });

  test('never splits a table row across two pages', () => {
    const pages = pagesOf(file()).map(squeezed);
    const $ = htmlOf(page);
    const rows = $('main tbody tr').get();
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const cells = $(row).children('th, td').map((_, cell) => squeezed($(cell).text())).get().filter((cell) => cell.length > 0);
      // Some page holds every cell of the row whole; a split row would leave a cell's lines on two pages.
      const whole = pages.some((text) => cells.every((cell) => text.includes(cell)));
      expect(whole, `${page}: ${$(row).text().replace(/\s+/g, ' ').slice(0, 120)}`).toBe(true);
    }
  });

  test('is linked from the plan’s home page with its size', () => {
    const $ = htmlOf(`${planId}/`);
    const item = $(`[data-document-file="${pdf}"]`);
    expect(item.length).toBe(1);
    expect(item.find('a').attr('href')).toBe(`/${pdf}`);
    expect(item.find('[data-document-size]').text()).toBe(` (PDF, ${describeFileSize(statSync(file()).size)})`);
  });
});
