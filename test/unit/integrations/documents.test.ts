import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import documentFiles, { documentsSummary } from '../../../src/integrations/documents';
import { writeDocumentSite } from '../../browser/document-site';

// The Word writer has tests of its own; here it only has to be called with the right facts.
const htmlToDocx = vi.hoisted(() => vi.fn(async (_html: string, options: { title: string }) => Buffer.from(`docx of ${options.title}`)));
vi.mock('../../../src/lib/documents/html-to-docx', () => ({ htmlToDocx }));

const PAGES = ['', 'moray-loip/', 'moray-loip/document/', 'moray-loip/annual-report/2021-22/'];

let distDir: string;
beforeEach(() => {
  distDir = writeDocumentSite();
  htmlToDocx.mockClear();
  vi.stubEnv('PLANSITE_PDF', '');
  vi.stubEnv('PLANSITE_TODAY', '');
});
afterEach(() => {
  rmSync(distDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function logger() {
  const lines: Array<[string, string]> = [];
  const log = (level: string) => (message: string) => void lines.push([level, message]);
  return { lines, logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } as unknown as AstroIntegrationLogger };
}

async function buildDone(log: AstroIntegrationLogger): Promise<void> {
  const integration = documentFiles();
  const configDone = integration.hooks['astro:config:done'] as (options: unknown) => void;
  configDone({ config: { site: 'https://plans.example.scot', base: '/plans' } });
  const hook = integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${distDir}/`), pages: PAGES.map((pathname) => ({ pathname })), assets: new Map(), logger: log });
}

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');

test('each document page gets its Word file, titled by its h1, dated the day it says it was made', async () => {
  const { lines, logger: log } = logger();
  await buildDone(log);
  expect(read('moray-loip/document.docx')).toBe('docx of Moray Local Outcomes Improvement Plan');
  expect(read('moray-loip/annual-report/2021-22.docx')).toBe('docx of Annual report 2021-22');
  expect(htmlToDocx.mock.calls.map(([, options]) => options)).toEqual([
    { title: 'Moray Local Outcomes Improvement Plan', pageUrl: 'https://plans.example.scot/plans/moray-loip/document/', date: new Date('2022-09-30T00:00:00Z'), language: 'en-GB' },
    { title: 'Annual report 2021-22', pageUrl: 'https://plans.example.scot/plans/moray-loip/annual-report/2021-22/', date: new Date('2022-09-30T00:00:00Z'), language: 'en-GB' },
  ]);
  expect(lines).toEqual([['info', 'documents: 2 Word files, PDFs not made: set PLANSITE_PDF=1 or run npm run pdf']]);
});

test('without PDFs, the links give the Word files their size and the PDF links are taken out', async () => {
  await buildDone(logger().logger);
  const bytes = (file: string) => readFileSync(path.join(distDir, file)).length;
  for (const page of ['moray-loip/index.html', 'moray-loip/document/index.html']) {
    expect(read(page)).not.toContain('document.pdf');
    expect(read(page)).toContain(`As a Word document</a><span data-document-size> (Word document, ${bytes('moray-loip/document.docx')} bytes)</span>`);
  }
  expect(read('moray-loip/annual-report/2021-22/index.html')).toContain(`<span data-document-size> (Word document, ${bytes('moray-loip/annual-report/2021-22.docx')} bytes)</span>`);
});

test('a page that does not say when it was made is dated the day of the build', async () => {
  const page = path.join(distDir, 'moray-loip/document/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(' data-document-made', ''));
  vi.stubEnv('PLANSITE_TODAY', '2026-11-23');
  await buildDone(logger().logger);
  expect(htmlToDocx.mock.calls[0]![1]).toMatchObject({ date: new Date('2026-11-23T00:00:00Z') });
});

test('a document page without a title stops the build with a message naming the page and no stack trace', async () => {
  const page = path.join(distDir, 'moray-loip/annual-report/2021-22/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/<h1>.*?<\/h1>/, ''));
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
    throw new Error('exited');
  }) as never);
  const { lines, logger: log } = logger();
  await expect(buildDone(log)).rejects.toThrow('exited');
  expect(exit).toHaveBeenCalledWith(1);
  expect(lines).toEqual([['error', expect.stringMatching(/^moray-loip\/annual-report\/2021-22\/index.html has no <h1> with text, .* Give the page a heading\.$/)]]);
});

test('asked for PDFs without Chromium, the build stops saying how to install it', async () => {
  vi.stubEnv('PLANSITE_PDF', '1');
  vi.stubEnv('CHROMIUM_PATH', '/nowhere/chromium');
  vi.spyOn(process, 'exit').mockImplementation((() => {
    throw new Error('exited');
  }) as never);
  const { lines, logger: log } = logger();
  await expect(buildDone(log)).rejects.toThrow('exited');
  expect(lines).toEqual([['error', expect.stringContaining('not at /nowhere/chromium. Install it with: apt-get install chromium')]]);
  expect(lines[0]![1]).not.toMatch(/\n\s+at /);
  expect(existsSync(path.join(distDir, 'moray-loip/document.pdf'))).toBe(false);
});

test.each([
  [6, 6, 'documents: 6 Word files, 6 PDFs'],
  [1, 1, 'documents: 1 Word file, 1 PDF'],
  [6, undefined, 'documents: 6 Word files, PDFs not made: set PLANSITE_PDF=1 or run npm run pdf'],
])('%s Word files and %s PDFs are summed up as "%s"', (wordFiles, pdfs, summary) => {
  expect(documentsSummary(wordFiles, pdfs)).toBe(summary);
});
