import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { copyProject, runBuild } from './project-copy';
import { removeBuild, sampleBuild, type SampleBuild } from './shared-build';

export interface BuildOptions {
  /** Files to add to the copy before building: path in the copy → file to copy there. */
  addFiles?: Record<string, string>;
  env?: Record<string, string>;
}

function buildWith(options: BuildOptions): SampleBuild {
  const projectDir = copyProject();
  for (const [target, source] of Object.entries(options.addFiles ?? {})) copyFileSync(source, path.join(projectDir, target));
  const result = runBuild(projectDir, 'dist', options.env);
  return { projectDir, distDir: path.join(projectDir, 'dist'), ...result, own: true };
}

/**
 * Builds the real content (plus any added files) in a copy of the project, and reads pages from its
 * dist/. With no options it is the run's shared build of the sample site (./shared-build.ts): read it,
 * never change it.
 */
export function buildRealSite(options: BuildOptions = {}) {
  const build = options.addFiles || options.env ? buildWith(options) : sampleBuild();
  const { distDir } = build;
  const cache = new Map<string, CheerioAPI>();
  return {
    status: build.status,
    output: build.output,
    distDir,
    /** The file a site path is served from: "/a/b/" → dist/a/b/index.html. */
    fileFor(sitePath: string): string {
      const clean = decodeURI(sitePath.split('#')[0]!.split('?')[0]!);
      return path.join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
    },
    page(sitePath: string): CheerioAPI {
      let $ = cache.get(sitePath);
      if (!$) {
        $ = load(readFileSync(this.fileFor(sitePath), 'utf8'));
        cache.set(sitePath, $);
      }
      return $;
    },
    exists(sitePath: string): boolean {
      return existsSync(this.fileFor(sitePath));
    },
    remove(): void {
      removeBuild(build);
    },
  };
}

/** Text as a reader hears it: runs of whitespace become one space. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
