/**
 * npm run build — builds the whole site, or publishes nothing. One build runs at a time (a lock in the
 * project folder); each builds into a staging folder of its own; a build that is stopped (Ctrl-C, or
 * SIGTERM from a CI runner) stops Astro and publishes nothing; and the finished site is checked (home
 * page, not-found page, every page's style sheets and scripts) before it replaces dist/. So dist/ is
 * always the last good site. Any extra arguments go to `astro build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ranDirectly } from './ran-directly';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { siteAddress } from '../integrations/site-address';
import { acquireBuildLock } from '../lib/build-lock';
import { checkBuiltSite } from '../lib/built-site-check';
import { MDX_HINT } from '../lib/mdx-body';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];
const EXIT_CODE: Record<StopSignal, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** A line of a stack trace: "    at handler (file:///x.js:1:2)". */
const STACK_FRAME = /^\s+at .*(?:\(|file:\/\/|node:|:\d+:\d+)/;

/**
 * A filter for Astro's output, line by line: drops the program's stack traces, which say nothing to an
 * author (PLANSITE_DEBUG=1 keeps them, for developers), and adds a hint after the location of an MDX
 * mistake.
 */
export function authorFilter(keepStackTraces = Boolean(process.env.PLANSITE_DEBUG)): (line: string) => string[] {
  let inStackTrace = false;
  let mdxError = false;
  return (line) => {
    if (keepStackTraces) return [line];
    const plain = stripVTControlCharacters(line);
    if (/^\s*Stack trace:\s*$/.test(plain)) {
      inStackTrace = true;
      return [];
    }
    if (STACK_FRAME.test(plain) || (inStackTrace && /^\s+at /.test(plain))) return [];
    inStackTrace = false;
    if (/\(mdx[-a-z]*:[a-z-]+\)/.test(plain)) mdxError = true;
    if (mdxError && /\.mdx:\d+:\d+\s*$/.test(plain)) {
      mdxError = false;
      return [line, `  The text of this page is not valid MDX. Look at the line above. ${MDX_HINT}`];
    }
    return [line];
  };
}

export function authorFacing(lines: string[]): string[] {
  const filter = authorFilter();
  return lines.flatMap(filter);
}

/** Runs Astro in a process group of its own, so stopping the build stops everything it started. */
function startAstro(projectRoot: string, outDir: string, astroArguments: string[]): ChildProcess {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir, ...astroArguments], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
    const filter = authorFilter();
    createInterface({ input: stream }).on('line', (line) => {
      for (const text of filter(line)) out.write(`${text}\n`);
    });
  };
  pipe(child.stdout!, process.stdout);
  pipe(child.stderr!, process.stderr);
  return child;
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Stopping the whole build: a stop signal, or the end of the command that started it (npm does not
 * pass SIGTERM on to the script it runs, so `kill <npm>` would otherwise leave the build running, to
 * publish later). The first stop stops Astro and everything it started; a build that has been asked
 * to stop never publishes, even if Astro had just finished.
 */
class StopRequest {
  signal?: StopSignal;
  private child?: ChildProcess;
  private readonly parent = process.ppid;
  private readonly parentWatch = setInterval(() => {
    if (process.ppid !== this.parent) this.request('SIGHUP', 'the command that started it has stopped');
  }, 250).unref();
  private readonly onSignal = (signal: StopSignal) => this.request(signal, signal);

  constructor() {
    for (const signal of STOP_SIGNALS) process.on(signal, this.onSignal);
  }

  private request(signal: StopSignal, why: string): void {
    if (this.signal) return;
    this.signal = signal;
    process.stderr.write(`\nStopping the build (${why})...\n`);
    if (this.child) this.stop(this.child);
  }

  watch(child: ChildProcess): void {
    this.child = child;
    if (this.signal) this.stop(child);
  }

  private stop(child: ChildProcess): void {
    stopGroup(child, 'SIGTERM');
    setTimeout(() => stopGroup(child, 'SIGKILL'), 5_000).unref();
  }

  dispose(): void {
    clearInterval(this.parentWatch);
    for (const signal of STOP_SIGNALS) process.off(signal, this.onSignal);
  }
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/** Publishes the staged site: dist/ is replaced by two renames, which a stop signal does not interrupt. */
function publish(stagedDir: string, finalDir: string, stagingDir: string): void {
  if (existsSync(finalDir)) renameSync(finalDir, path.join(stagingDir, 'previous'));
  renameSync(stagedDir, finalDir);
}

function notPublished(finalDir: string, why: string): void {
  process.stderr.write(`\n${why} Nothing was published: dist/ was left as it was${existsSync(finalDir) ? ' (the last good site)' : ''}.\n`);
}

/** Checks the staged site and, if it is whole and the build was not stopped, publishes it. Returns the exit code. */
function publishIfWhole(projectRoot: string, stagingDir: string, stop: StopRequest): number {
  const finalDir = path.join(projectRoot, 'dist');
  const stagedDir = path.join(stagingDir, 'dist');
  const { base } = siteAddress(pathToFileURL(`${projectRoot}/`), process.env);
  const { problems, heavyPages } = checkBuiltSite(stagedDir, base);
  if (problems.length > 0) {
    notPublished(finalDir, `The build finished, but the site it made is not whole:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    return 1;
  }
  if (stop.signal) {
    notPublished(finalDir, 'The build was stopped before it was published.');
    return EXIT_CODE[stop.signal];
  }
  for (const { page, bytes } of heavyPages) {
    process.stdout.write(`Warning: ${page} is ${(bytes / 1_000_000).toFixed(1)} MB, a heavy page for readers on phones. Look for a long list or table to shorten.\n`);
  }
  publish(stagedDir, finalDir, stagingDir);
  return 0;
}

export async function build(projectRoot: string, astroArguments: string[] = []): Promise<number> {
  const finalDir = path.join(projectRoot, 'dist');
  const lock = acquireBuildLock(path.join(projectRoot, '.build.lock'));
  if (!lock.ok) {
    process.stderr.write(`${lock.message}\n`);
    return 75;
  }
  const stagingRoot = path.join(projectRoot, '.build-staging');
  // Holding the lock, this is the only build: whatever earlier builds left behind can go.
  if (existsSync(stagingRoot)) for (const left of readdirSync(stagingRoot)) rmSync(path.join(stagingRoot, left), { recursive: true, force: true });
  const stagingDir = path.join(stagingRoot, `${Date.now()}-${process.pid}`);
  mkdirSync(stagingDir, { recursive: true });
  const stop = new StopRequest();
  try {
    const astro = startAstro(projectRoot, path.join(stagingDir, 'dist'), astroArguments);
    stop.watch(astro);
    const status = await waitFor(astro);
    if (stop.signal) {
      notPublished(finalDir, 'The build was stopped before it finished.');
      return EXIT_CODE[stop.signal];
    }
    if (status !== 0) {
      notPublished(finalDir, 'The build did not finish.');
      return status;
    }
    return publishIfWhole(projectRoot, stagingDir, stop);
  } finally {
    stop.dispose();
    rmSync(stagingDir, { recursive: true, force: true });
    if (existsSync(stagingRoot) && readdirSync(stagingRoot).length === 0) rmSync(stagingRoot, { recursive: true, force: true });
    lock.release();
  }
}

if (ranDirectly(import.meta.url)) process.exitCode = await build(process.cwd(), process.argv.slice(2));
