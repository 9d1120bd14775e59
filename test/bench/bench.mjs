// npm run bench: how long the sample site takes to build and how heavy its search is.
// Times vary with the machine; run it twice and compare like with like. Nothing here is a test.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizeOf = (dir, pattern = '**/*') =>
  globSync(pattern, { cwd: dir }).reduce((total, file) => {
    const stats = statSync(path.join(dir, file));
    return stats.isFile() ? total + stats.size : total;
  }, 0);

const copy = mkdtempSync(path.join(tmpdir(), 'plansite-bench-'));
for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));

const started = performance.now();
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: copy,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
// eslint-disable-next-line no-control-regex
const log = build.stdout.replace(/\x1b\[[0-9;]*m/g, '');
const stage = (pattern) => log.match(pattern)?.[1] ?? '?';
const dist = path.join(copy, 'dist');
const pages = globSync('**/*.html', { cwd: dist }).length;

const files = sirv(dist, { dev: true, extensions: ['html'] });
const server = createServer((request, response) => files(request, response, () => response.writeHead(404).end()));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
await page.goto(`${origin}/search/`);
let searchBytes = 0;
page.on('response', async (response) => {
  if (response.url().includes('/pagefind/')) searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
});
await page.goto(`${origin}/search/?q=child%20poverty`);
await page.waitForSelector('[data-search-results] > li');
await page.waitForLoadState('networkidle');
await browser.close();
server.close();

console.log(`Sample site (${pages} pages)`);
console.log(`  build, all stages:        ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(0)} pages/s)`);
console.log(`  content sync (Astro):     ${stage(/\[types\] Generated (\S+)/)}`);
console.log(`  pages rendered (Astro):   ${stage(/page\(s\) built in (\S+)/)}`);
console.log(`  search indexing:          ${stage(/Search index: \d+ pages in ([\d.]+s)/)}`);
console.log(`  dist/ size:               ${kib(sizeOf(dist))}`);
console.log(`  search index size:        ${kib(sizeOf(path.join(dist, 'pagefind')))}`);
console.log(`  first search downloads:   ${kib(searchBytes)} ("child poverty", uncompressed)`);
rmSync(copy, { recursive: true, force: true });
