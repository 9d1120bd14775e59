// @ts-check
/**
 * A worker thread that renders pages for `render-workers.ts`. It loads its own copy of the build's
 * prerender bundle (the same code Astro renders with on the main thread), is given the parts of Astro's
 * build state that rendering reads, and answers one message per page with the page's bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** Thrown for work that only the main thread can do; the page is then rendered there. */
class MainThreadOnly extends Error {}

// Astro records the images a page optimises in the main thread's build state, which a worker cannot
// reach; a page that uses Astro's image pipeline is rendered on the main thread instead.
globalThis.astroAsset = {
  addStaticImage() {
    throw new MainThreadOnly('uses an optimised image');
  },
};

/** @type {{ entry: string, styles: Array<[string, unknown]>, bundles: Array<[string, string]>, scripts: unknown[] }} */
const { entry, styles, bundles, scripts } = workerData;
const { app } = await import(entry);
app.setInternals({
  pagesByKeys: new Map(styles.map(([key, pageStyles]) => [key, { styles: pageStyles }])),
  entrySpecifierToBundleMap: new Map(bundles),
});
app.setOptions({ settings: { scripts }, logger: app.logger });
const routes = new Map(app.manifest.routes.map((/** @type {{ routeData: { route: string, component: string } }} */ { routeData }) => [routeKey(routeData), routeData]));

/** @param {{ route: string, component: string }} routeData */
function routeKey({ route, component }) {
  return `${route}\0${component}`;
}

parentPort?.on('message', async ({ id, url, route }) => {
  try {
    const routeData = routes.get(routeKey(route));
    if (!routeData) throw new MainThreadOnly(`the route ${route.route} is not in the worker's copy of the build`);
    const response = await app.render(new Request(url), { routeData });
    const body = response.body === null ? null : await response.arrayBuffer();
    const page = {
      id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
    };
    parentPort?.postMessage(page, body ? [body] : []);
  } catch (error) {
    parentPort?.postMessage({
      id,
      failed: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort?.postMessage({ ready: true });
