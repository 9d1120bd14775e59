/**
 * Prints each document page to an accessible PDF with Debian's Chromium (the one module that drives a
 * browser): tagged, so screen readers get headings, lists and tables; with bookmarks from the headings;
 * in the page's language. Each page carries a running header (its title) and a footer (page N of M,
 * where the page is published, the day it was printed).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { basePathPrefix, publicAddress, type DocumentPage } from '../lib/documents/document-pages';
import { escapeHtml } from '../lib/html-text';
import { serveDist } from './serve-dist';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium is not where it was looked for; the message says how to install it or point to another. */
export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
  constructor(readonly chromiumPath: string) {
    super(
      `PDFs are printed with Chromium, which is not at ${chromiumPath}. Install it with: apt-get install chromium ` +
        '(on Debian or Ubuntu), or set CHROMIUM_PATH to the Chromium to use. The Word files do not need it.',
    );
  }
}

/** A document page that did not print; the message names the page. */
export class PdfPrintError extends Error {
  override name = 'PdfPrintError';
}

export interface PrintOptions {
  /** Default: CHROMIUM_PATH, then /usr/bin/chromium. */
  chromiumPath?: string;
  /** Where the site is published ("https://plans.example.scot"): the footer gives each page's public address, not the local one it was printed from. */
  site: string;
  /** The day printed, for the footer. Default: now. */
  printed?: Date;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Pages printed at once: enough to keep Chromium busy, few enough for a small CI machine. */
const PAGES_AT_ONCE = 4;

/** Room above and below the text for the header and footer; left and right as the page sets them. */
const MARGIN = { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' };

const MARGIN_BOXES = ['top-left-corner', 'top-left', 'top-center', 'top-right', 'top-right-corner', 'bottom-left-corner', 'bottom-left', 'bottom-center', 'bottom-right', 'bottom-right-corner', 'left-top', 'left-middle', 'left-bottom', 'right-top', 'right-middle', 'right-bottom'];

/**
 * Chromium prints a page's own CSS @page margin boxes (`@top-center { content: … }`) as well as the
 * header and footer below, in the same margins, one over the other; and a page's @page margins can
 * leave the header no room. The header and footer win: margin boxes are emptied and the top and bottom
 * margins kept.
 */
export const PRINT_PAGE_STYLE = `@page { margin-top: ${MARGIN.top} !important; margin-bottom: ${MARGIN.bottom} !important; ${MARGIN_BOXES.map((box) => `@${box} { content: none !important; }`).join(' ')} }`;

/** Small grey text (#505a5f is 7:1 on white) across the paper, in line with the text below it. */
const RUNNING_STYLE = `font-family: Arial, sans-serif; font-size: 8pt; color: #505a5f; box-sizing: border-box; width: 100%; padding: 0 ${MARGIN.right} 0 ${MARGIN.left}; display: flex; justify-content: space-between; gap: 4mm;`;

export function headerTemplate(): string {
  return `<div style="${RUNNING_STYLE}"><span class="title"></span></div>`;
}

/** "Page 2 of 14 · https://…/city-loip/document/ · Printed 3 June 2025". Chromium's own `date` and `url` would give a US date and the local address. */
export function footerTemplate(pageUrl: string, printed: Date): string {
  const day = printed.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  return `<div style="${RUNNING_STYLE}"><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span><span>${escapeHtml(pageUrl)}</span><span>Printed ${escapeHtml(day)}</span></div>`;
}

export function chromiumPathFrom(env: Record<string, string | undefined>): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
}

async function launch(chromiumPath: string): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new ChromiumMissingError(chromiumPath);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/**
 * A context that only reaches the local site: a statistics script or an embedded video is not fetched
 * for each print. The pages' Content-Security-Policy forbids inline styles, which would refuse
 * PRINT_PAGE_STYLE; with nothing from elsewhere loaded, setting it aside here is safe.
 */
async function localContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', bypassCSP: true });
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
  return context;
}

async function printOne(context: BrowserContext, address: { local: string; published: string }, pdfFile: string, printed: Date): Promise<void> {
  const tab = await context.newPage();
  try {
    const response = await tab.goto(address.local, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? 'nothing'}`);
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    await tab.addStyleTag({ content: PRINT_PAGE_STYLE });
    mkdirSync(path.dirname(pdfFile), { recursive: true });
    // Written whole, then renamed: a print that stops halfway never leaves a broken PDF to link to.
    const partial = `${pdfFile}.partial`;
    await tab.pdf({
      path: partial,
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(),
      footerTemplate: footerTemplate(address.published, printed),
      margin: MARGIN,
    });
    renameSync(partial, pdfFile);
  } finally {
    await tab.close();
  }
}

/**
 * Prints each document page of a built dist/ (served under its base path) to its PDF, with one browser
 * for all of them. Returns how many it printed; throws ChromiumMissingError without Chromium, and
 * PdfPrintError naming the first page that failed.
 */
export async function printPdfs(distDir: string, basePath: string, pages: DocumentPage[], options: PrintOptions): Promise<number> {
  if (pages.length === 0) return 0;
  const browser = await launch(options.chromiumPath ?? chromiumPathFrom(process.env));
  const server = await serveDist(distDir, basePath);
  const printed = options.printed ?? new Date();
  try {
    const context = await localContext(browser, server.origin);
    const queue = [...pages];
    const printNext = async (): Promise<void> => {
      for (let page = queue.shift(); page; page = queue.shift()) {
        const pdfFile = path.join(distDir, ...page.pdf.split('/'));
        const address = { local: `${server.origin}${basePathPrefix(basePath)}${page.page}`, published: publicAddress(options.site, basePath, page.page) };
        try {
          await printOne(context, address, pdfFile, printed);
        } catch (error) {
          rmSync(`${pdfFile}.partial`, { force: true });
          queue.length = 0;
          throw new PdfPrintError(`${page.htmlFile} could not be printed to ${page.pdf}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    };
    // Every tab finishes its page before the browser closes, so none is cut off halfway.
    const results = await Promise.allSettled(Array.from({ length: Math.min(PAGES_AT_ONCE, pages.length) }, printNext));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return pages.length;
  } finally {
    await browser.close();
    await server.close();
  }
}
