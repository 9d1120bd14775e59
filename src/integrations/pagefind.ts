import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { mainRegion } from '../lib/html-rewrite';
import { renderWorkerCount, workerRendering } from './render-workers';
import { minifySearchScript } from './search-bundle';

type SearchIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Renders the site's pages on every core (see render-workers.ts) and indexes them for search while the
 * site is built: each page goes to Pagefind (its own process) as soon as it is rendered. The build
 * is not finished until the index is written, and it stops if any page was not indexed (as would happen
 * if Astro's experimental incremental build reused a page from an earlier build).
 */
export default function pagefindIndex(): AstroIntegration {
  const workers = workerRendering(renderWorkerCount());
  let base = '/';
  let outDir = '';
  let index: SearchIndex | undefined;
  /** Writing the index, from the moment the last page is rendered: seconds it took. */
  let written: Promise<number> | undefined;
  /** Every page that went through rendering, searchable or not. */
  const rendered = new Set<string>();
  let searchable = 0;
  const pending: Array<Promise<{ errors: string[] }>> = [];
  const add = (url: string, content: string) => {
    searchable++;
    pending.push(index!.addHTMLFile({ url, content }));
  };
  // Pagefind numbers pages in the order they arrive, and Astro finishes pages in a varying order, so
  // pages are handed over in the order Astro started them: the same content gives the same index.
  let nextPosition = 0;
  let handedOver = 0;
  const finished = new Map<number, { url: string; html: string } | undefined>();
  const handOver = (position: number, page: { url: string; html: string } | undefined) => {
    finished.set(position, page);
    while (finished.has(handedOver)) {
      const next = finished.get(handedOver);
      finished.delete(handedOver++);
      if (next) add(next.url, next.html);
    }
  };

  return {
    name: 'plansite:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [workers.vitePlugin] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ setPrerenderer, logger }) => {
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!created.index) throw new Error(`Search index could not be started: ${created.errors.join('; ')}`);
        index = created.index;
        setPrerenderer((defaults: AstroPrerenderer): AstroPrerenderer => {
          const rendering = workers.prerenderer(defaults, logger);
          return {
            ...rendering,
            name: rendering.name,
            async render(request, options) {
              const position = nextPosition++;
              let result;
              try {
                result = await rendering.render(request, options);
              } catch (error) {
                handOver(position, undefined);
                throw error;
              }
              const response = result instanceof Response ? result : result.response;
              const url = siteRelativeUrl(new URL(request.url).pathname, base);
              rendered.add(url);
              if (!response.headers.get('content-type')?.startsWith('text/html')) {
                handOver(position, undefined);
                return result;
              }
              // Read once as bytes: Astro writes the same bytes, and only the part Pagefind needs is decoded.
              // Lists, the home page and the like have no data-pagefind-body, so Pagefind would skip them anyway.
              const bytes = Buffer.from(await response.arrayBuffer());
              handOver(position, bytes.includes('data-pagefind-body') ? { url, html: searchablePart(bytes) } : undefined);
              const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
              return result instanceof Response ? copy : { ...result, response: copy };
            },
            async teardown() {
              await rendering.teardown?.();
              // Pagefind writes the index in its own process while Astro finishes the build (the sitemap and
              // the like); astro:build:done waits for it.
              written = writeIndex(index!, pending, path.join(outDir, 'pagefind'));
              written.catch(() => {});
            },
          };
        });
      },
      'astro:build:done': async ({ pages, logger }) => {
        try {
          if (!written) throw new Error('Search index was not written: Astro did not finish rendering with plansite:pagefind as its prerenderer.');
          const missed = unindexedPages(pages, rendered);
          if (finished.size > 0 || missed.length > 0) {
            throw new Error(`Search index: these pages were built but not indexed: ${missed.slice(0, 5).join(', ') || 'some pages'}. plansite indexes pages as Astro renders them, so every page must be rendered in each build (turn off experimental.incrementalBuild).`);
          }
          const seconds = await written;
          logger.info(`Search index: ${searchable} pages, finished ${seconds.toFixed(2)}s after the last page was built.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Waits for every page to be indexed, then writes the index; resolves to the seconds that took. */
async function writeIndex(index: SearchIndex, pending: Array<Promise<{ errors: string[] }>>, outputPath: string): Promise<number> {
  const started = performance.now();
  const errors = (await Promise.all(pending)).flatMap((added) => added.errors);
  if (errors.length > 0) throw new Error(`Search indexing failed: ${errors.join('; ')}`);
  const result = await index.writeFiles({ outputPath });
  if (result.errors.length > 0) throw new Error(`Search index could not be written: ${result.errors.join('; ')}`);
  await minifySearchScript(outputPath);
  return (performance.now() - started) / 1000;
}

/**
 * What Pagefind needs of a page: its language and its `<main>`, which holds everything it indexes (the
 * text, `data-pagefind-body`, filters, meta and weights). Leaving out the header and footer halves the
 * work of sending and parsing each page.
 */
export function searchablePart(page: Buffer): string {
  const region = mainRegion(page);
  if (region.start === 0 && region.end === page.length) return page.toString('utf8');
  const language = /<html[^>]*\slang="([^"]+)"/.exec(page.toString('utf8', 0, Math.min(page.length, 1024)))?.[1] ?? 'en';
  return `<!DOCTYPE html><html lang="${language}"><body>${page.toString('utf8', region.start, region.end)}</body></html>`;
}

/** Pages (directory-style addresses, as built) that never went past the indexer while they were rendered. */
export function unindexedPages(pages: Array<{ pathname: string }>, rendered: Set<string>): string[] {
  return pages.map(({ pathname }) => `/${pathname}`.replace(/^\/+/, '/')).filter((url) => url.endsWith('/') && !rendered.has(url));
}

/** The page's address within the site, as Pagefind records it: without the site's base path. */
export function siteRelativeUrl(pathname: string, base: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
