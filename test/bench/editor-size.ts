/**
 * What the browser editor (/admin/, only in `npm run dev` and `npm run edit`) asks a browser to
 * download: Decap CMS's bundle, the chunks it loads as they are needed, and the editor's own script.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EditorSize {
  bundleKiB: number;
  bundleGzipKiB: number;
  chunksKiB: number;
  ownScriptKiB: number;
}

const kib = (bytes: number) => bytes / 1024;

export function editorSize(projectRoot: string): EditorSize {
  const bundle = createRequire(path.join(projectRoot, 'package.json')).resolve('decap-cms/dist/decap-cms.js');
  const dist = path.dirname(bundle);
  const text = readFileSync(bundle);
  const chunks = globSync('*.decap-cms.js', { cwd: dist }).reduce((total, file) => total + statSync(path.join(dist, file)).size, 0);
  const own = globSync('src/editor/browser/*.ts', { cwd: projectRoot }).reduce((total, file) => total + statSync(path.join(projectRoot, file)).size, 0);
  return { bundleKiB: kib(text.length), bundleGzipKiB: kib(gzipSync(text).length), chunksKiB: kib(chunks), ownScriptKiB: kib(own) };
}

export function describeEditorSize(size: EditorSize): string {
  return (
    `\nThe browser editor (/admin/, never in the built site): Decap CMS ${(size.bundleKiB / 1024).toFixed(1)} MiB (${(size.bundleGzipKiB / 1024).toFixed(1)} MiB gzipped) on opening, ` +
    `up to ${(size.chunksKiB / 1024).toFixed(1)} MiB more in chunks it loads when needed, and the editor's own script, ${size.ownScriptKiB.toFixed(1)} KiB of TypeScript before Vite serves it.`
  );
}
