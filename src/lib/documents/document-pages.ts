/**
 * Which built pages are documents, and where their files go. A plan's whole-plan page
 * `<plan>/document/` and each annual report `<plan>/annual-report/<2021-22>/` get a Word file and a PDF
 * beside them: `<plan>/document.docx`, `<plan>/annual-report/2021-22.pdf`. Paths here are site paths
 * without the base path, with "/" between folders, as Astro lists pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface DocumentPage {
  /** The page's site path: "city-loip/document/". */
  page: string;
  /** Its HTML file in dist/: "city-loip/document/index.html". */
  htmlFile: string;
  docx: string;
  pdf: string;
}

/** A built page, by its site path and its HTML file in dist/. */
export interface BuiltPage {
  page: string;
  htmlFile: string;
}

const WHOLE_PLAN = /^([^/]+)\/document\/$/;
const ANNUAL_REPORT = /^([^/]+)\/annual-report\/(\d{4}-\d{2})\/$/;

/** "/city-loip/document" and "city-loip/document/" are the same page: "city-loip/document/". */
function sitePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

const builtPage = (page: string): BuiltPage => ({ page, htmlFile: `${page}index.html` });

function documentPage(page: string): DocumentPage | undefined {
  if (!WHOLE_PLAN.test(page) && !ANNUAL_REPORT.test(page)) return undefined;
  // The files sit beside the page's folder, named after it: "<plan>/document/" → "<plan>/document.pdf".
  const stem = page.slice(0, -1);
  return { ...builtPage(page), docx: `${stem}.docx`, pdf: `${stem}.pdf` };
}

/** "/", "/plans/", "/plans" or "plans" → "/" or "/plans/": the base path as it starts every address in the site. */
export function basePathPrefix(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Where a page is published: "https://plans.example.scot" + "/plans/" + "city-loip/document/". */
export function publicAddress(site: string, basePath: string, page: string): string {
  return `${site.replace(/\/+$/, '')}${basePathPrefix(basePath)}${page}`;
}

/** The document pages among the site's pages. */
export function documentPages(pathnames: string[]): DocumentPage[] {
  return pathnames.map(sitePath).flatMap((page) => documentPage(page) ?? []);
}

/**
 * A plan's home page and its list of reports, which link to its documents, as the document pages
 * themselves do. Site paths cannot tell a plan from the site's other top-level pages ("about/"), so
 * those few are read too.
 */
const LINKS_TO_DOCUMENTS = /^[^/]+\/(?:reports\/)?$/;

/**
 * The pages whose HTML may hold document placeholders (see document-links.ts): each plan's home
 * `<plan>/`, its `<plan>/reports/`, and the document pages. Only these are read again after the build,
 * so a site of 100,000 pages is not read twice.
 */
export function pagesWithDocumentLinks(pathnames: string[]): BuiltPage[] {
  return pathnames
    .map(sitePath)
    .filter((page) => LINKS_TO_DOCUMENTS.test(page) || documentPage(page))
    .map(builtPage);
}

/**
 * The site paths in a built dist/ that could hold documents or links to them, found by looking in each
 * top-level folder only (for `npm run pdf`, which has no list of pages from Astro).
 */
export function builtPlanPages(distDir: string): string[] {
  const pages: string[] = [];
  const has = (...parts: string[]) => existsSync(path.join(distDir, ...parts, 'index.html'));
  for (const plan of folders(distDir)) {
    for (const page of ['', 'reports/', 'document/']) if (has(plan, page)) pages.push(`${plan}/${page}`);
    for (const year of folders(path.join(distDir, plan, 'annual-report'))) {
      if (has(plan, 'annual-report', year)) pages.push(`${plan}/annual-report/${year}/`);
    }
  }
  return pages.sort();
}

/** The document pages in a built dist/. */
export function findDocumentPages(distDir: string): DocumentPage[] {
  return documentPages(builtPlanPages(distDir));
}

function folders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}
