import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { afterEach, expect, test, vi } from 'vitest';
import { renderWorkerCount, workerRendering, type PrerenderEntry } from '../../../src/integrations/render-workers';
import { projectRoot } from '../../content/helpers';

const fixtureDir = path.join(projectRoot, 'test', 'fixtures', 'render-workers');
const entryUrl = pathToFileURL(path.join(fixtureDir, 'prerender-entry.mjs')).href;
// The prerenderer and the stand-in for Astro's must load the same copy of the bundle; in the build both use Node's import().
const importModule = (specifier: string) => import(specifier) as Promise<PrerenderEntry>;

/** Astro's default prerenderer, as far as the workers see it: it loads the bundle, hands it the build's state, and renders on the main thread. */
function defaultPrerenderer(): AstroPrerenderer {
  return {
    name: 'astro:default',
    async setup() {
      const { app } = await importModule(entryUrl);
      app.setInternals({ pagesByKeys: new Map([['/[page]', { styles: [{ type: 'external', src: '/_astro/page.css' }], route: {} }]]), entrySpecifierToBundleMap: new Map() });
      app.setOptions({ settings: { scripts: [] }, logger: {} });
    },
    getStaticPaths: async () => [],
    render: async (request) => ({ response: new Response(`${new URL(request.url).pathname} on the main thread`) }),
  };
}

const logger = { info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn>; warn: ReturnType<typeof vi.fn> };
afterEach(() => vi.clearAllMocks());

/** Sets up a prerenderer as a build would: Vite writes the bundle, then Astro sets up the prerenderer. */
async function preparedPrerenderer(workers: number, { entryWritten = true } = {}) {
  const rendering = workerRendering(workers, importModule);
  if (entryWritten) {
    const writeBundle = rendering.vitePlugin.writeBundle as (output: { dir: string }, bundle: object) => void;
    writeBundle({ dir: fixtureDir }, { 'prerender-entry.mjs': { type: 'chunk', isEntry: true, fileName: 'prerender-entry.mjs' } });
  }
  const prerenderer = rendering.prerenderer(defaultPrerenderer(), logger);
  await prerenderer.setup?.();
  return prerenderer;
}

async function render(prerenderer: AstroPrerenderer, pathname: string, route: string): Promise<string> {
  const routeData = { route, component: `src/pages${route}.astro` } as Parameters<AstroPrerenderer['render']>[1]['routeData'];
  const result = await prerenderer.render(new Request(`https://example.org${pathname}`), { routeData });
  return (result instanceof Response ? result : result.response).text();
}

test('pages render on worker threads, with the styles the build gave each page', async () => {
  const prerenderer = await preparedPrerenderer(2);
  const pages = await Promise.all(['/one/', '/two/', '/three/', '/four/'].map((pathname) => render(prerenderer, pathname, '/[page]')));
  await prerenderer.teardown?.();
  expect(pages[0]).toMatch(/^\/one\/ on thread [1-9]\d* with \[\{"type":"external","src":"\/_astro\/page.css"\}\]$/);
  const threads = new Set(pages.map((page) => page.match(/on thread (\d+)/)?.[1]));
  expect(threads.size).toBe(2);
  expect(logger.info).toHaveBeenCalledWith('Rendering pages on 2 worker threads.');
});

test('a page a worker cannot render (an optimised image, or an error) is rendered on the main thread, and the build says so', async () => {
  const prerenderer = await preparedPrerenderer(1);
  expect(await render(prerenderer, '/gallery/', '/gallery')).toBe('/gallery/ on the main thread');
  expect(await render(prerenderer, '/broken/', '/broken')).toBe('/broken/ on the main thread');
  expect(await render(prerenderer, '/one/', '/[page]')).toMatch(/on thread [1-9]/);
  await prerenderer.teardown?.();
  expect(logger.info).toHaveBeenLastCalledWith(expect.stringMatching(/^2 pages were rendered on the main thread, not a worker, e\.g\. \/gallery\/ \(uses an optimised image\); \/broken\/ \(this page cannot be rendered\)\.$/));
});

test('with no workers, or when the build did not say where its bundle is, Astro renders every page itself', async () => {
  for (const prerenderer of [await preparedPrerenderer(0), await preparedPrerenderer(2, { entryWritten: false })]) {
    expect(await render(prerenderer, '/one/', '/[page]')).toBe('/one/ on the main thread');
    await prerenderer.teardown?.();
  }
  expect(logger.info).not.toHaveBeenCalled();
});

test('the number of workers: PLANSITE_RENDER_WORKERS, or one per core up to four, none on one core', () => {
  expect(renderWorkerCount({}, 2)).toBe(2);
  expect(renderWorkerCount({}, 16)).toBe(4);
  expect(renderWorkerCount({}, 1)).toBe(0);
  expect(renderWorkerCount({ PLANSITE_RENDER_WORKERS: '0' }, 8)).toBe(0);
  expect(renderWorkerCount({ PLANSITE_RENDER_WORKERS: '3' }, 2)).toBe(3);
  expect(() => renderWorkerCount({ PLANSITE_RENDER_WORKERS: 'many' }, 2)).toThrow('PLANSITE_RENDER_WORKERS must be a whole number (0 renders without worker threads), not "many".');
});
