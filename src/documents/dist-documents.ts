/**
 * The document steps that work on a built dist/, shared by the build (integrations/documents.ts) and
 * `npm run pdf`: write each document page's Word file, and fill in the links to the files.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFacts } from '../lib/documents/document-facts';
import { fillDocumentLinks, type FileSize } from '../lib/documents/document-links';
import { publicAddress, type BuiltPage, type DocumentPage } from '../lib/documents/document-pages';
import { htmlToDocx } from '../lib/documents/html-to-docx';

export interface SiteAddress {
  /** "https://plans.example.scot" */
  site: string;
  /** "/" or "/plans/" */
  base: string;
}

/** A file in dist/ by its site path ("city-loip/document.pdf"); never one outside dist/. */
function distFile(distDir: string, distPath: string): string | undefined {
  const file = path.resolve(distDir, ...distPath.split('/'));
  return file.startsWith(path.resolve(distDir) + path.sep) ? file : undefined;
}

export function distFileSize(distDir: string): FileSize {
  return (distPath) => {
    const file = distFile(distDir, distPath);
    try {
      const stats = file ? statSync(file) : undefined;
      return stats?.isFile() ? stats.size : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * Writes each document page's Word file beside it. Its date is the day the page says it was made
 * (`<time data-document-made>`), or `buildDay`: the same page gives the same file. Throws
 * DocumentPageError for a page with no title. Returns how many it wrote.
 */
export async function writeWordFiles(distDir: string, pages: DocumentPage[], address: SiteAddress, buildDay: string): Promise<number> {
  for (const page of pages) {
    const html = readFileSync(path.join(distDir, ...page.htmlFile.split('/')), 'utf8');
    const { title, made, language } = documentFacts(html, page.htmlFile);
    const docx = await htmlToDocx(html, {
      title,
      pageUrl: publicAddress(address.site, address.base, page.page),
      date: new Date(`${made ?? buildDay}T00:00:00Z`),
      ...(language ? { language } : {}),
    });
    writeFileSync(path.join(distDir, ...page.docx.split('/')), docx);
  }
  return pages.length;
}

/** Fills in the document links of these pages (see document-links.ts); returns how many pages changed. */
export function fillLinksInDist(distDir: string, pages: BuiltPage[]): number {
  const fileSize = distFileSize(distDir);
  let changed = 0;
  for (const { htmlFile } of pages) {
    const file = path.join(distDir, ...htmlFile.split('/'));
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const filled = fillDocumentLinks(html, fileSize);
    if (filled === html) continue;
    writeFileSync(file, filled);
    changed++;
  }
  return changed;
}
