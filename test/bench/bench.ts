/**
 * npm run bench [-- --sizes 300,3000,15000] [--import-only]
 *
 * Builds the sample site and generated sites of about the given numbers of pages, each in a temporary
 * copy of the project, and prints: build time by stage, pages per second, peak memory, dist/ and search
 * index size, and what a first search downloads. It also builds a bare Astro site with the same number
 * of one-paragraph pages, indexed by Pagefind, and prints plansite's time as a multiple of it, so results
 * compare across machines. Last, it times npm run import of a 2,000-row workbook (import-bench.ts);
 * --import-only times only that. Nothing here is a test; docs/performance.md records results and the method.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { generateContent } from './generate';
import { benchImport } from './import-bench';
import { describeEditorSize, editorSize } from './editor-size';

const root = process.cwd();
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Generated plans come out at about this many pages each (measured; see docs/performance.md). */
const PAGES_PER_PLAN = 170;

interface Result {
  label: string;
  pages: number;
  seconds: number;
  /** Seconds for each stage, read from the build's log (see `stages`). */
  stages: Record<Stage, number | undefined>;
  peakMiB: number;
  distKiB: number;
  indexKiB: number;
  searchKiB?: number;
}

/** The sample site with and without the national comparison, for what its pages cost. */
let comparisonCost: { withIt: Result; without: Result } | undefined;

/**
 * The build's stages, in order, and the log line that times each. Pages go to the search index as they
 * are rendered, so "index" is only what indexing adds after the last page: finishing and writing it.
 */
const STAGES = {
  check: /\[plansite:content-check\] Content checked in ([\d.]+s)/,
  sync: /\[types\] Generated (.+?)$/m,
  bundle: /\[vite\] ✓ built in (.+?)$/m,
  render: /generating static routes[\s\S]*?✓ Completed in (.+?)\.?$/m,
  index: /Search index: \d+ pages, finished ([\d.]+s) after/,
} as const;
type Stage = keyof typeof STAGES;

/** "1m 5s", "8.43s" or "220ms" as seconds. */
function toSeconds(duration: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/.exec(duration.trim());
  if (!match || !match[0]) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

const kib = (bytes: number) => bytes / 1024;
function sizeOf(dir: string): number {
  return globSync('**/*', { cwd: dir, withFileTypes: true }).reduce((total, entry) => (entry.isFile() ? total + statSync(path.join(entry.parentPath, entry.name)).size : total), 0);
}

/** Runs `astro build` in-process in a child Node, which reports its own peak memory when it exits. */
function timedBuild(projectDir: string): { seconds: number; log: string; peakMiB: number } {
  const wrapper = `process.on('exit', () => process.stderr.write('PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));
process.argv = [process.argv[0], ${JSON.stringify(astroBin)}, 'build'];
await import(${JSON.stringify(astroBin)});`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', PLANSITE_TODAY: '2026-11-23' },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed in ${projectDir}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const peak = Number(result.stderr.match(/PEAK_RSS_KB (\d+)/)?.[1] ?? 0);
  // eslint-disable-next-line no-control-regex
  return { seconds, log: result.stdout.replace(/\x1b\[[0-9;]*m/g, ''), peakMiB: peak / 1024 };
}

function copyOfProject(withContent: boolean): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'plansite-bench-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', ...(withContent ? ['content'] : [])]) {
    cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

async function firstSearchBytes(distDir: string, query: string): Promise<number> {
  const files = sirv(distDir, { dev: true, extensions: ['html'] });
  const server = createServer((request, response) => files(request, response, () => {
    response.writeHead(404).end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  // Each body is read as it arrives and all are counted before the browser closes, or some would be lost.
  const bodySizes: Array<Promise<number>> = [];
  page.on('response', (response) => {
    // A redirect has no body to read.
    if (response.url().includes('/pagefind/')) bodySizes.push(response.body().then((body) => body.length, () => 0));
  });
  await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-results] > li', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(bodySizes)).reduce((total, size) => total + size, 0);
  await browser.close();
  server.close();
  return bytes;
}

async function measure(label: string, projectDir: string, query: string): Promise<Result> {
  const { seconds, log, peakMiB } = timedBuild(projectDir);
  const distDir = path.join(projectDir, 'dist');
  const stages = Object.fromEntries(Object.entries(STAGES).map(([stage, pattern]) => [stage, toSeconds(log.match(pattern)?.[1] ?? '')])) as Result['stages'];
  return {
    label,
    pages: globSync('**/*.html', { cwd: distDir }).length,
    seconds,
    stages,
    peakMiB,
    distKiB: kib(sizeOf(distDir)),
    indexKiB: kib(sizeOf(path.join(distDir, 'pagefind'))),
    searchKiB: kib(await firstSearchBytes(distDir, query)),
  };
}

/** A plain Astro site with `pages` one-paragraph pages, indexed by Pagefind: the yardstick. */
function bareAstro(pages: number): { seconds: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'plansite-bare-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare", "type": "module" }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { site: 'https://bare.example', trailingSlash: 'always', build: { format: 'directory' } };\n");
  writeFileSync(
    path.join(dir, 'src', 'pages', '[page].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, index) => ({ params: { page: String(index + 1) } }));\n}\nconst { page } = Astro.params;\n---\n<html lang="en"><head><title>Page {page}</title></head><body><main><h1>Page {page}</h1><p>A paragraph of text about children, families and the services that support them, number {page}.</p></main></body></html>\n`,
  );
  const started = performance.now();
  const build = spawnSync(process.execPath, [astroBin, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(build.stderr.slice(-2000));
  const pagefind = spawnSync(process.execPath, [path.join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'dist'], { cwd: dir, encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(pagefind.stderr.slice(-2000));
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return { seconds };
}

const sizesFlag = process.argv.indexOf('--sizes');
const sizesArgument = process.argv.find((argument) => argument.startsWith('--sizes='))?.split('=')[1] ?? (sizesFlag === -1 ? undefined : process.argv[sizesFlag + 1]);
const sizes = (sizesArgument ?? '300,3000,15000').split(',').map(Number).filter((size) => size > 0);

const importOnly = process.argv.includes('--import-only');
if (!importOnly) printBuildTable(await benchBuilds(sizes));
await printImportBench();
console.log(describeEditorSize(editorSize(root)));

/** The sample site as it would be without the national comparison: no content/comparison/, and no measure naming an indicator in it. */
function withoutComparison(projectDir: string): void {
  rmSync(path.join(projectDir, 'content', 'comparison'), { recursive: true, force: true });
  rmSync(path.join(projectDir, 'dist'), { recursive: true, force: true });
  for (const file of globSync('content/**/*.yaml', { cwd: projectDir })) {
    const full = path.join(projectDir, file);
    const text = readFileSync(full, 'utf8');
    if (/^indicator:/m.test(text)) writeFileSync(full, text.replace(/^indicator:.*\n/m, ''));
  }
}

/** What the comparison's pages (/compare/, /areas/, /embed/compare/) add to the sample site's build. */
function printComparisonCost(): void {
  if (!comparisonCost) return;
  const { withIt, without } = comparisonCost;
  const pages = withIt.pages - without.pages;
  const seconds = withIt.seconds - without.seconds;
  console.log(
    `\nThe national comparison adds ${pages} pages to the sample site: ${seconds.toFixed(1)} s of build (${((seconds * 1000) / pages).toFixed(1)} ms a page), ` +
      `${((withIt.distKiB - without.distKiB) / 1024).toFixed(1)} MiB of dist/ and ${((withIt.indexKiB - without.indexKiB) / 1024).toFixed(2)} MiB of search index.`,
  );
}

async function benchBuilds(pageCounts: number[]): Promise<Array<Result & { bareSeconds: number }>> {
  const rows: Array<Result & { bareSeconds: number }> = [];
  const sample = copyOfProject(true);
  const sampleResult = await measure('sample site', sample, 'child poverty');
  rows.push({ ...sampleResult, bareSeconds: bareAstro(sampleResult.pages).seconds });
  withoutComparison(sample);
  const plansOnly = await measure('sample, no comparison', sample, 'child poverty');
  rows.push({ ...plansOnly, bareSeconds: bareAstro(plansOnly.pages).seconds });
  comparisonCost = { withIt: sampleResult, without: plansOnly };
  rmSync(sample, { recursive: true, force: true });
  for (const size of pageCounts) {
    const copy = copyOfProject(false);
    const plans = Math.max(1, Math.round(size / PAGES_PER_PLAN));
    generateContent(plans, path.join(copy, 'content'), root);
    const result = await measure(`${plans} generated plans`, copy, 'family support');
    rows.push({ ...result, bareSeconds: bareAstro(result.pages).seconds });
    rmSync(copy, { recursive: true, force: true });
  }
  return rows;
}

function printBuildTable(rows: Array<Result & { bareSeconds: number }>): void {
  const header = ['site', 'pages', 'build s', 'pages/s', 'check', 'sync', 'bundle', 'render', 'index', 'ms/page', 'peak MiB', 'dist MiB', 'index MiB', '1st search KiB', 'bare Astro s', '× bare'];
  const table = rows.map((row) => [
    row.label,
    String(row.pages),
    row.seconds.toFixed(1),
    (row.pages / row.seconds).toFixed(0),
    ...(Object.keys(STAGES) as Stage[]).map((stage) => row.stages[stage]?.toFixed(1) ?? '?'),
    ((row.seconds * 1000) / row.pages).toFixed(2),
    row.peakMiB.toFixed(0),
    (row.distKiB / 1024).toFixed(1),
    (row.indexKiB / 1024).toFixed(1),
    row.searchKiB?.toFixed(0) ?? '?',
    row.bareSeconds.toFixed(1),
    (row.seconds / row.bareSeconds).toFixed(2),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(`\nplansite benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores)\n`);
  console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...table.map(line)].join('\n'));
  console.log('\nStages, in seconds: check = plansite\'s content check (on another thread, while Astro reads the content: the two overlap); sync = Astro reading the content; bundle = Vite building the pages\' code; render = writing every page (each page goes to the search index as it is written); index = finishing and writing the search index after the last page.');
  console.log('"× bare" is plansite\'s whole build divided by a bare Astro site of the same number of one-paragraph pages, built and indexed by Pagefind on the same machine in the same run.');
  printComparisonCost();
}

async function printImportBench(): Promise<void> {
  const result = await benchImport(root);
  console.log(`\nnpm run import of a ${result.rows.toLocaleString('en-GB')}-row workbook (priorities, outcomes, actions, measures, figures, a quarter's progress): ${result.files.toLocaleString('en-GB')} files in ${result.firstSeconds.toFixed(1)} s (goal: under 10 s); the same workbook again, which changes nothing: ${result.againSeconds.toFixed(1)} s.`);
}
