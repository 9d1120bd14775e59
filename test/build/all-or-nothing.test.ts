/**
 * `npm run build` publishes the whole site or nothing: refused content, a second build started while
 * one runs, and a stopped build (SIGTERM to the build, or to the npm that started it) all leave dist/
 * exactly as it was, and leave nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { printable } from '../../src/lib/content-problem';
import { checkBuiltSite } from '../../src/lib/built-site-check';
import { REFUSED_CASES } from '../fixtures/hostile/refused';
import { copyProject, runNpmBuild, startNpmBuild } from './project-copy';

let projectDir: string;

/** Every file in dist/, with a hash of its contents and its modification time: any change shows. */
function snapshot(): string {
  const dist = path.join(projectDir, 'dist');
  if (!existsSync(dist)) return 'no dist/';
  return globSync('**/*', { cwd: dist })
    .sort()
    .filter((file) => statSync(path.join(dist, file)).isFile())
    .map((file) => `${file} ${statSync(path.join(dist, file)).mtimeMs} ${createHash('sha1').update(readFileSync(path.join(dist, file))).digest('hex')}`)
    .join('\n');
}

function nothingLeftBehind(): void {
  expect(existsSync(path.join(projectDir, '.build-staging')), '.build-staging/ is removed').toBe(false);
  expect(existsSync(path.join(projectDir, '.build.lock')), 'the lock is released').toBe(false);
  const astro = spawnSync('ps', ['-e', '-o', 'args='], { encoding: 'utf8' }).stdout.split('\n').filter((args) => args.includes('astro.mjs build') && args.includes(projectDir));
  expect(astro, 'no Astro process is left running').toEqual([]);
}

const RENDERING = /Rendering pages on|generating static routes/;

/** The build itself: the process running src/cli/build.ts among those npm started. */
function buildProcessUnder(npmPid: number): number {
  const processes = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/)!)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }));
  const under = new Set([npmPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of processes) if (under.has(entry.ppid) && !under.has(entry.pid)) (under.add(entry.pid), (grew = true));
  }
  const build = processes.find((entry) => under.has(entry.pid) && entry.args.includes('src/cli/build.ts') && !entry.args.startsWith('sh '));
  if (!build) throw new Error(`no build process under npm (${npmPid})`);
  return build.pid;
}

beforeAll(() => {
  projectDir = copyProject();
  const first = runNpmBuild(projectDir);
  if (first.status !== 0) throw new Error(first.output.slice(-3000));
}, 300_000);
afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

describe('the first build', () => {
  test('publishes a whole site: a home page, a not-found page, and every page\u2019s style sheets and scripts', () => {
    expect(checkBuiltSite(path.join(projectDir, 'dist')).problems).toEqual([]);
    nothingLeftBehind();
  });
});

describe('refused content', () => {
  test('stops the build with every message, and no stack trace or raw control character; dist/ is unchanged', () => {
    const before = snapshot();
    const copy = copyProject();
    try {
      rmSync(path.join(copy, 'dist'), { recursive: true, force: true });
      const together = REFUSED_CASES.filter((refused) => refused.together !== false);
      for (const refused of together) refused.change(copy);
      const { status, output } = runNpmBuild(copy);
      expect(status).not.toBe(0);
      for (const refused of together) expect(output, refused.name).toContain(printable(refused.file));
      expect(output).toContain('Nothing was published');
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      // Astro colours its own log lines; nothing else may reach the terminal raw (content's "\u001b[2J" included).
      const withoutAstroColours = output.replace(/\u001b\[\d+(?:;\d+)*m/g, '');
      expect(withoutAstroColours).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    expect(snapshot()).toBe(before);
  }, 300_000);
});

describe('one build at a time', () => {
  test('a second build started while one is rendering refuses to start, and the first publishes a whole site', async () => {
    const first = startNpmBuild(projectDir);
    expect(await first.reached(RENDERING), first.output()).toBe(true);
    const second = runNpmBuild(projectDir);
    expect(second.status).toBe(75);
    expect(second.output).toMatch(/Another build of this site is running \(process \d+, started at .*\), so this one did not start/);
    expect(await first.exited, first.output().slice(-2000)).toBe(0);
    expect(checkBuiltSite(path.join(projectDir, 'dist')).problems).toEqual([]);
    expect(globSync('**/index.html', { cwd: path.join(projectDir, 'dist') }).length).toBeGreaterThan(400);
    nothingLeftBehind();
  }, 300_000);
});

describe('a stopped build publishes nothing', () => {
  test('SIGTERM to the build stops Astro and leaves dist/ as it was', async () => {
    const before = snapshot();
    const build = startNpmBuild(projectDir);
    expect(await build.reached(RENDERING), build.output()).toBe(true);
    process.kill(buildProcessUnder(build.child.pid!), 'SIGTERM');
    await build.exited;
    expect(build.output()).toContain('Stopping the build (SIGTERM)');
    expect(build.output()).toContain('The build was stopped before it finished. Nothing was published');
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(snapshot()).toBe(before);
    nothingLeftBehind();
  }, 300_000);

  test('SIGTERM to npm, which does not pass it on, still stops the build, and nothing is published later', async () => {
    const before = snapshot();
    const build = startNpmBuild(projectDir);
    expect(await build.reached(RENDERING), build.output()).toBe(true);
    build.child.kill('SIGTERM');
    await build.exited;
    // npm has gone; the build notices, stops Astro and cleans up on its own.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(build.output()).toContain('Stopping the build (the command that started it has stopped)');
    expect(snapshot()).toBe(before);
    nothingLeftBehind();
  }, 300_000);
});
