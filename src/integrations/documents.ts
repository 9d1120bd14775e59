/**
 * After the build, each document page (a whole plan, an annual report: see lib/documents/document-pages.ts)
 * gets its Word file beside it and, with PLANSITE_PDF=1, its PDF (printed by Chromium); then the links
 * to them on the plan's pages get each file's size, and links to files that were not made are taken
 * out. `npm run pdf` makes the PDFs later for a site built without them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ChromiumMissingError, PdfPrintError, printPdfs } from '../documents/print-pdf';
import { fillLinksInDist, writeWordFiles, type SiteAddress } from '../documents/dist-documents';
import { readToday } from '../lib/calendar';
import { DocumentPageError } from '../lib/documents/document-facts';
import { documentPages, pagesWithDocumentLinks } from '../lib/documents/document-pages';
import { countOf } from '../lib/format';

/** "documents: 6 Word files, 6 PDFs", or how to get the PDFs when they were not made. */
export function documentsSummary(wordFiles: number, pdfs: number | undefined): string {
  const printed = pdfs === undefined ? 'PDFs not made: set PLANSITE_PDF=1 or run npm run pdf' : countOf(pdfs, 'PDF');
  return `documents: ${countOf(wordFiles, 'Word file')}, ${printed}`;
}

/** Problems the person building can fix (a page without a title, no Chromium), as opposed to bugs. */
function isFixable(error: unknown): error is Error {
  return error instanceof DocumentPageError || error instanceof ChromiumMissingError || error instanceof PdfPrintError;
}

async function makeDocuments(distDir: string, pathnames: string[], address: SiteAddress, logger: AstroIntegrationLogger): Promise<void> {
  const documents = documentPages(pathnames);
  // The day the pages themselves give as "today" (PLANSITE_TODAY, which the content check has checked).
  const today = readToday(process.env.PLANSITE_TODAY);
  const buildDay = today.ok ? today.value : new Date().toISOString().slice(0, 10);
  const wordFiles = await writeWordFiles(distDir, documents, address, buildDay);
  const pdfs = process.env.PLANSITE_PDF === '1' ? await printPdfs(distDir, address.base, documents, { site: address.site }) : undefined;
  fillLinksInDist(distDir, pagesWithDocumentLinks(pathnames));
  logger.info(documentsSummary(wordFiles, pdfs));
}

export default function documentFiles(): AstroIntegration {
  let address: SiteAddress = { site: '', base: '/' };
  return {
    name: 'plansite:documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        address = { site: config.site ?? '', base: config.base };
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        try {
          await makeDocuments(fileURLToPath(dir), pages.map(({ pathname }) => pathname), address, logger);
        } catch (error) {
          if (!isFixable(error)) throw error;
          // Said plainly and stopped here: a stack trace would bury the fix, and nothing is published.
          logger.error(error.message);
          process.exit(1);
        }
      },
    },
  };
}
