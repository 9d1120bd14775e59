import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fillLinksInDist } from '../../src/documents/dist-documents';
import { builtPlanPages, pagesWithDocumentLinks } from '../../src/lib/documents/document-pages';
import { projectRoot } from '../content/helpers';
import { CHROMIUM } from './browser';
import { writeDocumentSite } from './document-site';

let distDir: string;
let projectDir: string;
beforeEach(() => {
  distDir = writeDocumentSite();
  projectDir = mkdtempSync(path.join(tmpdir(), 'plansite-pdf-project-'));
});
afterEach(() => {
  rmSync(distDir, { recursive: true, force: true });
  rmSync(projectDir, { recursive: true, force: true });
});

/** `npm run pdf -- …args` in a project folder, with the project's own Node 22. */
function npmRunPdf(args: string[], env: Record<string, string> = {}) {
  const node = path.join(projectRoot, 'node_modules', '.bin', 'node');
  const jiti = path.join(projectRoot, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');
  const run = spawnSync(node, [jiti, path.join(projectRoot, 'src', 'cli', 'pdf.ts'), ...args], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: CHROMIUM, INIT_CWD: projectDir, ...env },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const SITE = ['--dist', '', '--base', '/plans/', '--site', 'https://plans.example.scot'];
const withDist = () => SITE.map((arg) => (arg === '' ? distDir : arg));

/** What the build leaves: the Word files made, the links filled, no PDFs, so the PDF links taken out. */
function builtWithoutPdfs(): void {
  writeFileSync(path.join(distDir, 'moray-loip/document.docx'), 'x'.repeat(2048));
  writeFileSync(path.join(distDir, 'moray-loip/annual-report/2021-22.docx'), 'x'.repeat(900));
  fillLinksInDist(distDir, pagesWithDocumentLinks(builtPlanPages(distDir)));
  expect(read('moray-loip/index.html')).not.toContain('document.pdf');
}

test('after a build without PDFs, npm run pdf prints them and puts their links back with their sizes', () => {
  builtWithoutPdfs();
  const run = npmRunPdf(withDist());
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe(`documents: 2 PDFs printed in ${distDir}; links to them updated on 3 pages.\n`);
  for (const pdf of ['moray-loip/document.pdf', 'moray-loip/annual-report/2021-22.pdf']) {
    expect(execFileSync('pdfinfo', [path.join(distDir, pdf)], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
  }
  for (const page of ['moray-loip/index.html', 'moray-loip/document/index.html']) {
    expect(read(page)).toMatch(/As a PDF<\/a><span data-document-size> \(PDF, \d+ KB\)<\/span><\/li>/);
    expect(read(page)).toContain('As a Word document</a><span data-document-size> (Word document, 2 KB)</span>');
  }
  expect(read('moray-loip/annual-report/2021-22/index.html')).toMatch(/<a href="\/plans\/moray-loip\/annual-report\/2021-22\.pdf">As a PDF<\/a><span data-document-size> \(PDF, \d+ KB\)<\/span>/);

  const filled = read('moray-loip/document/index.html');
  expect(npmRunPdf(withDist()).status).toBe(0);
  expect(read('moray-loip/document/index.html')).toBe(filled);
}, 120_000);

test('without a built site, npm run pdf says to build it first', () => {
  const run = npmRunPdf([]);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe('dist/ has no built site: run npm run build first, then npm run pdf.\n');
});

test('without Chromium, npm run pdf says how to install it, with no stack trace, and leaves the site as it was', () => {
  builtWithoutPdfs();
  const before = read('moray-loip/index.html');
  const run = npmRunPdf(withDist(), { CHROMIUM_PATH: '/nowhere/chromium' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^PDFs are printed with Chromium, which is not at \/nowhere\/chromium\. Install it with: apt-get install chromium .* set CHROMIUM_PATH .*\n$/);
  expect(read('moray-loip/index.html')).toBe(before);
});
