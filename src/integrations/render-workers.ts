import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import type { Plugin } from 'vite';
import { startWorkerThread } from './worker-thread';

/**
 * How many worker threads render pages: PLANSITE_RENDER_WORKERS if set (0 renders on the main thread
 * only), otherwise one per core, at most four, and none on a single-core machine.
 */
export function renderWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const setting = env.PLANSITE_RENDER_WORKERS?.trim();
  if (setting) {
    const count = Number(setting);
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`PLANSITE_RENDER_WORKERS must be a whole number (0 renders without worker threads), not "${setting}".`);
    return count;
  }
  return cores > 1 ? Math.min(cores, 4) : 0;
}

/** What a worker sends back for one page: the page, or why it could not render it. */
type WorkerAnswer =
  | {
      id: number;
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      body: ArrayBuffer | null;
    }
  | { id: number; failed: string };

interface PooledWorker {
  worker: Worker;
  waiting: Map<number, (answer: WorkerAnswer) => void>;
}

type BuildState = {
  internals: {
    pagesByKeys: Map<string, { styles: unknown }>;
    entrySpecifierToBundleMap: Map<string, string>;
  };
  options: { settings: { scripts: unknown[] } };
};
export type PrerenderEntry = {
  app: {
    setInternals(internals: unknown): void;
    setOptions(options: unknown): void;
  };
};

// This module runs inside Vite's module runner (Astro loads its config through it), whose import() would
// load a second copy of the bundle; Node's own import() returns the very module Astro's prerenderer uses.
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<PrerenderEntry>;

/**
 * Renders pages on worker threads, so a build uses every core: Astro renders pages one at a time on
 * the main thread. Each worker loads its own copy of the build's prerender bundle, the same code Astro
 * would run, and the main thread still writes every file. A page a worker cannot render (one that
 * optimises images, or one that fails) is rendered by Astro on the main thread, so errors are reported
 * exactly as without workers.
 */
export function workerRendering(count: number, importModule: (specifier: string) => Promise<PrerenderEntry> = nativeImport) {
  let entryFile: string | undefined;

  /** Learns where the build wrote the prerender bundle's entry, which the workers load. */
  const vitePlugin: Plugin = {
    name: 'plansite:prerender-entry',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    writeBundle(output, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.fileName.startsWith('prerender-entry'));
      if (entry && output.dir) entryFile = path.join(output.dir, entry.fileName);
    },
  };

  function prerenderer(defaults: AstroPrerenderer, logger: AstroIntegrationLogger): AstroPrerenderer {
    const pool: PooledWorker[] = [];
    /** Settles when every worker has started or failed to; until then pages wait for it. */
    let workersStarted: Promise<void> = Promise.resolve();
    let nextId = 0;
    const onMainThread: string[] = [];

    async function startWorkers(entryUrl: string, state: BuildState) {
      const workerData = {
        entry: entryUrl,
        styles: [...state.internals.pagesByKeys].map(([key, page]) => [key, page.styles]),
        bundles: [...state.internals.entrySpecifierToBundleMap],
        scripts: state.options.settings.scripts,
      };
      const started = await Promise.allSettled(Array.from({ length: count }, () => startWorker(workerData)));
      for (const result of started) {
        if (result.status === 'fulfilled') pool.push(result.value);
        else
          logger.warn(
            `A page-rendering worker did not start (${result.reason}); ${pool.length > 0 ? 'pages render on the others' : 'pages render on the main thread'}.`,
          );
      }
    }

    function startWorker(workerData: object): Promise<PooledWorker> {
      return new Promise((resolve, reject) => {
        const pooled: PooledWorker = {
          worker: startWorkerThread(new URL('./render-worker.mjs', import.meta.url), workerData),
          waiting: new Map(),
        };
        // A worker never keeps the build running: if the build stops early, the process still exits.
        pooled.worker.unref();
        const retire = (reason: string) => {
          const position = pool.indexOf(pooled);
          if (position !== -1) pool.splice(position, 1);
          for (const [id, answer] of pooled.waiting) answer({ id, failed: reason });
          pooled.waiting.clear();
          reject(new Error(reason));
        };
        pooled.worker.on('message', (message: WorkerAnswer | { ready: true }) => {
          if ('ready' in message) return resolve(pooled);
          pooled.waiting.get(message.id)?.(message);
          pooled.waiting.delete(message.id);
        });
        pooled.worker.on('error', (error) => retire(`the worker stopped: ${error.message}`));
        pooled.worker.on('exit', (code) => retire(`the worker exited with code ${code}`));
      });
    }

    function renderInWorker(url: string, route: { route: string; component: string }): Promise<WorkerAnswer> {
      const pooled = pool.reduce((least, candidate) => (candidate.waiting.size < least.waiting.size ? candidate : least));
      const id = nextId++;
      return new Promise((resolve) => {
        pooled.waiting.set(id, resolve);
        // Only what names the route: Astro's route data also holds URLs, which a message cannot carry.
        pooled.worker.postMessage({ id, url, route: { route: route.route, component: route.component } });
      });
    }

    return {
      ...defaults,
      name: 'plansite:worker-threads',
      async setup() {
        if (count === 0 || !entryFile) return defaults.setup?.();
        const entryUrl = pathToFileURL(entryFile).href;
        const state = await captureBuildState(await importModule(entryUrl), () => defaults.setup?.());
        if (!state) {
          logger.warn('Pages render on one thread: this version of Astro did not hand its build state to the prerender bundle as plansite expects.');
          return;
        }
        // Said now, before Astro starts listing pages: said once the workers are ready, it would land in the
        // middle of a line of that list. A worker that fails to start is reported as it fails.
        logger.info(`Rendering pages on ${count} worker threads.`);
        // The workers load the bundle while Astro lists the pages on the main thread.
        workersStarted = startWorkers(entryUrl, state).catch((error) =>
          logger.warn(`Pages render on the main thread: the page-rendering workers could not be started (${error}).`),
        );
      },
      async render(request, options) {
        await workersStarted;
        // Astro's experimental incremental build collects what each page read, on the main thread.
        if (options.collectMetadata || pool.length === 0) return defaults.render(request, options);
        const answer = await renderInWorker(request.url, options.routeData);
        if ('failed' in answer) {
          onMainThread.push(`${new URL(request.url).pathname} (${answer.failed})`);
          return defaults.render(request, options);
        }
        return {
          response: new Response(answer.body, {
            status: answer.status,
            statusText: answer.statusText,
            headers: answer.headers,
          }),
        };
      },
      async teardown() {
        await workersStarted;
        await Promise.all(pool.map(({ worker }) => worker.terminate()));
        if (onMainThread.length > 0) {
          logger.info(`${onMainThread.length} pages were rendered on the main thread, not a worker, e.g. ${onMainThread.slice(0, 3).join('; ')}.`);
        }
        await defaults.teardown?.();
      },
    };
  }

  return { vitePlugin, prerenderer };
}

/**
 * Runs Astro's own prerenderer setup, which loads the prerender bundle (the same module as `entry`) and
 * hands it the build's state, and keeps a copy of that state for the workers' bundles. Undefined if Astro did not hand it over.
 */
async function captureBuildState({ app }: PrerenderEntry, setup: () => Promise<void> | void): Promise<BuildState | undefined> {
  const state: Partial<BuildState> = {};
  const { setInternals, setOptions } = app;
  app.setInternals = (internals) => {
    state.internals = internals as BuildState['internals'];
    setInternals.call(app, internals);
  };
  app.setOptions = (options) => {
    state.options = options as BuildState['options'];
    setOptions.call(app, options);
  };
  await setup();
  return state.internals?.pagesByKeys && state.options?.settings ? (state as BuildState) : undefined;
}
