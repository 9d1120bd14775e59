import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { copyProject, runBuild } from './project-copy';

/** A build of a copy of the project: its folder, its dist/, and what `astro build` said and returned. */
export interface SampleBuild {
  projectDir: string;
  distDir: string;
  status: number | null;
  output: string;
  /** Whether the build belongs to this test file alone, so the file removes it when done. */
  own: boolean;
}

/** PDFs are never printed in the shared build, whatever the shell says: it is the site as `npm run build` makes it by default. */
const SAMPLE_ENV = { PLANSITE_PDF: '' };
const WAIT_STEP_MS = 250;
const WAIT_LIMIT_MS = 600_000;

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

function buildCopy(): SampleBuild {
  const projectDir = copyProject();
  const result = runBuild(projectDir, 'dist', SAMPLE_ENV);
  return { projectDir, distDir: path.join(projectDir, 'dist'), ...result, own: true };
}

/**
 * The sample site, built from the project as it is, untouched and with no options: one build for the
 * whole test run, shared by every file that only reads it (test/setup/shared-builds.ts makes the folder
 * it lives in and removes it when the run ends). Outside that set-up (a file run on its own with a
 * different configuration) each caller gets a build of its own. Callers must not change its files.
 */
export function sampleBuild(): SampleBuild {
  const sharedRoot = inject('sharedBuilds');
  if (!sharedRoot) return buildCopy();
  const record = path.join(sharedRoot, 'sample.json');
  const lock = path.join(sharedRoot, 'sample.lock');
  const waitUntil = Date.now() + WAIT_LIMIT_MS;
  while (!existsSync(record)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it.
      if (Date.now() > waitUntil) throw new Error(`The shared sample build did not finish within ${WAIT_LIMIT_MS / 1000} s (lock: ${lock}).`);
      sleep(WAIT_STEP_MS);
      continue;
    }
    try {
      if (existsSync(record)) break;
      const build = buildCopy();
      writeFileSync(record, JSON.stringify({ ...build, own: false }));
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return JSON.parse(readFileSync(record, 'utf8')) as SampleBuild;
}

/** Removes a build if it is the caller's own; a shared one stays for the other files and goes at the end of the run. */
export function removeBuild(build: SampleBuild): void {
  if (build.own) rmSync(build.projectDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the run's shared builds live in (test/setup/shared-builds.ts). */
    sharedBuilds: string;
  }
}
