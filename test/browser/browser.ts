import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist } from '../../src/documents/serve-dist';
import { copyProject, runBuild } from '../build/project-copy';
import { removeBuild, sampleBuild, type SampleBuild } from '../build/shared-build';

/** Debian's Chromium; CI installs it (`apt-get install chromium`), nothing downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
}

export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Chromium as a reader who has set a larger default font in the browser's settings (Settings →
 * Appearance → Font size), which is not zoom: only what is sized in rem or em grows. The setting lives
 * in a browser profile, so this one has its own; `close` removes it.
 */
export async function launchWithDefaultFontSize(pixels: number): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  requireChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'plansite-font-'));
  mkdirSync(path.join(profile, 'Default'));
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: pixels } } }));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves a built dist/ on localhost, under `basePath` as a host would: the server `npm run pdf` prints from. */
export { serveDist };

/** A build of its own: a copy of the project, changed by `prepare`, built under `basePath` with `env`. */
function buildOwnCopy(basePath: string, options: BuiltSiteOptions): SampleBuild {
  const projectDir = copyProject();
  options.prepare?.(projectDir);
  const build = runBuild(projectDir, 'dist', { ...(basePath === '/' ? {} : { BASE_PATH: basePath }), ...options.env });
  return { projectDir, distDir: path.join(projectDir, 'dist'), ...build, own: true };
}

/**
 * The run's shared build of the sample site (../build/shared-build.ts). A caller that adds files to
 * dist/ (or runs the project's commands on it, as `npm run pdf`) gets its own copy of the built
 * project, so the shared one stays as built.
 */
function sharedBuild(options: BuiltSiteOptions): SampleBuild {
  const shared = sampleBuild();
  if (!options.beforeServe || shared.status !== 0) return shared;
  const projectDir = mkdtempSync(path.join(tmpdir(), 'plansite-build-'));
  // Astro's cache is left behind; node_modules stays the link it is.
  cpSync(shared.projectDir, projectDir, { recursive: true, verbatimSymlinks: true, filter: (source) => path.basename(source) !== '.astro' });
  return { ...shared, projectDir, distDir: path.join(projectDir, 'dist'), own: true };
}

interface BuiltSiteOptions {
  basePath?: string;
  /** Changes to the copy of the project before it is built. */
  prepare?: (projectDir: string) => void;
  env?: Record<string, string>;
  beforeServe?: (distDir: string) => void;
}

/**
 * Builds a copy of the project (under `basePath`, as a host would serve it), serves its dist/ and
 * starts Chromium. `beforeServe` may add files to dist/ first. With neither `prepare`, `env` nor a base
 * path it is the sample site, built once for the whole run.
 */
export async function openBuiltSite(options: BuiltSiteOptions = {}) {
  const basePath = options.basePath ?? '/';
  const ownBuild = options.prepare !== undefined || options.env !== undefined || basePath !== '/';
  const build = ownBuild ? buildOwnCopy(basePath, options) : sharedBuild(options);
  if (build.status !== 0) throw new Error(build.output.slice(-3000));
  const { distDir } = build;
  options.beforeServe?.(distDir);
  const server = await serveDist(distDir, basePath);
  const browser = await launchChromium();
  return {
    distDir,
    origin: server.origin,
    browser,
    async close(): Promise<void> {
      await browser.close();
      await server.close();
      removeBuild(build);
    },
  };
}

export type BuiltSite = Awaited<ReturnType<typeof openBuiltSite>>;

/**
 * The built site for the tests of one file: built, served and opened in Chromium before they run, and
 * closed after them. Call it at the top of the file; inside a test, `site()` is the open site.
 */
export function builtSiteForThisFile(options?: Parameters<typeof openBuiltSite>[0]): () => BuiltSite {
  let site: BuiltSite | undefined;
  beforeAll(async () => {
    site = await openBuiltSite(options);
  }, 300_000);
  afterAll(() => site?.close());
  return () => {
    if (!site) throw new Error('The built site is not open: builtSiteForThisFile() must be called at the top of the test file.');
    return site;
  };
}
