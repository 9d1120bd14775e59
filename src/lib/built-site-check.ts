/**
 * The last look at a built site before it replaces the published one: it has a home page and a
 * not-found page, and every style sheet and script the build made for its pages is there. A
 * site that fails this is never published, whatever the build itself said.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuiltSiteReport {
  problems: string[];
  /** Pages over the size readers on phones should be asked to download. */
  heavyPages: Array<{ page: string; bytes: number }>;
}

export const HEAVY_PAGE_BYTES = 2_000_000;

/** Addresses of the files a page loads: style sheets and scripts. */
const LOADED = /<(?:link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref|script\b[^>]*\bsrc)="([^"]+)"/g;

/** Files the build writes itself; a script elsewhere (a statistics script the host serves) is not the build's. */
const BUILT = /(?:^|\/)(?:_astro|pagefind)\//;

/** The file in `distDir` the build should have written for an address, or undefined for an address that is not the build's. */
function fileFor(address: string, basePath: string, distDir: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(address)) return undefined;
  const clean = decodeURI(address.split(/[?#]/)[0]!);
  if (!BUILT.test(clean)) return undefined;
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return clean.startsWith(base) ? path.join(distDir, clean.slice(base.length)) : path.join(distDir, '\0outside-the-site', clean);
}

export function checkBuiltSite(distDir: string, basePath = '/'): BuiltSiteReport {
  const problems: string[] = [];
  for (const required of ['index.html', '404.html']) {
    if (!safeExists(path.join(distDir, required))) problems.push(`the ${required === 'index.html' ? 'home page' : 'page for addresses that do not exist'} (${required}) is missing.`);
  }
  const checked = new Map<string, boolean>();
  const heavyPages: BuiltSiteReport['heavyPages'] = [];
  const pages = globSync('**/*.html', { cwd: distDir }).sort();
  if (pages.length === 0) problems.push('the build wrote no pages.');
  for (const page of pages) {
    const html = readFileSync(path.join(distDir, page), 'utf8');
    if (html.length > HEAVY_PAGE_BYTES) heavyPages.push({ page: page.split(path.sep).join('/'), bytes: Buffer.byteLength(html) });
    for (const [, address] of html.matchAll(LOADED)) {
      const file = fileFor(address!, basePath, distDir);
      if (!file) continue;
      if (!checked.has(file)) checked.set(file, safeExists(file));
      if (!checked.get(file)) problems.push(`${page.split(path.sep).join('/')} loads ${address}, which the build did not write.`);
    }
  }
  return { problems: problems.slice(0, 20).concat(problems.length > 20 ? [`… and ${problems.length - 20} more.`] : []), heavyPages };
}

function safeExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
