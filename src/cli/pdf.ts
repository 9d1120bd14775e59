/**
 * npm run pdf — prints the PDF of each document page (a whole plan, an annual report) of the built site
 * in dist/, with Debian's Chromium, then fills in the links to the files on the plans' pages: for a site
 * built without PLANSITE_PDF=1, on a machine that has Chromium. Uses the same steps as the build.
 *
 * Options (for a site built elsewhere, and for the tests):
 *   --dist <dir>   the built site (default: dist/ in this folder)
 *   --base <path>  the base path it is served under (default: content/site.yaml's basePath, or BASE_PATH)
 *   --site <url>   where it is published, for each page's footer (default: content/site.yaml's url, or SITE_URL)
 * CHROMIUM_PATH names another Chromium than /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ranDirectly } from './ran-directly';
import { fillLinksInDist } from '../documents/dist-documents';
import { ChromiumMissingError, PdfPrintError, printPdfs } from '../documents/print-pdf';
import { siteAddress } from '../integrations/site-address';
import { acquireBuildLock } from '../lib/build-lock';
import { builtPlanPages, documentPages, pagesWithDocumentLinks } from '../lib/documents/document-pages';
import { countOf } from '../lib/format';

const USAGE = 'Usage: npm run pdf [-- --dist <built site> --base <base path> --site <address>]';

export async function runPdf(args: string[], projectRoot: string, cwd = projectRoot): Promise<{ exitCode: number; output: string }> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { dist: { type: 'string' }, base: { type: 'string' }, site: { type: 'string' } } }));
  } catch (error) {
    return { exitCode: 1, output: `${(error as Error).message}\n${USAGE}` };
  }
  const distDir = values.dist ? path.resolve(cwd, values.dist) : path.join(projectRoot, 'dist');
  const named = values.dist ?? 'dist/';
  if (!existsSync(path.join(distDir, 'index.html'))) return { exitCode: 1, output: `${named} has no built site: run npm run build first, then npm run pdf.` };
  const address = siteAddress(pathToFileURL(`${projectRoot}/`), process.env);
  const lock = acquireBuildLock(path.join(projectRoot, '.build.lock'));
  if (!lock.ok) return { exitCode: 75, output: `A build of this site is running (process ${lock.holder.pid}), and it will replace dist/ when it finishes. Run npm run pdf after it.` };
  try {
    const pages = builtPlanPages(distDir);
    const documents = documentPages(pages);
    if (documents.length === 0) return { exitCode: 0, output: `${named} has no document pages (like <plan>/document/), so there is nothing to print.` };
    const pdfs = await printPdfs(distDir, values.base ?? address.base, documents, { site: values.site ?? address.site });
    const changed = fillLinksInDist(distDir, pagesWithDocumentLinks(pages));
    return { exitCode: 0, output: `documents: ${countOf(pdfs, 'PDF')} printed in ${named}; links to them updated on ${countOf(changed, 'page')}.` };
  } catch (error) {
    if (error instanceof ChromiumMissingError || error instanceof PdfPrintError) return { exitCode: 1, output: error.message };
    throw error;
  } finally {
    lock.release();
  }
}

if (ranDirectly(import.meta.url)) {
  const { exitCode, output } = await runPdf(process.argv.slice(2), process.cwd(), process.env.INIT_CWD ?? process.cwd());
  (exitCode === 0 ? process.stdout : process.stderr).write(`${output}\n`);
  process.exitCode = exitCode;
}
