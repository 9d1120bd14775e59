/**
 * The same content gives a byte-identical site: built twice from the same copy, dist/ hashes the same.
 * The first build renders pages on worker threads and the second on Astro's main thread only, so this
 * also shows that rendering in workers changes nothing in the site or its search index.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { copyProject, runNpmBuild } from './project-copy';

function fingerprint(distDir: string): Map<string, string> {
  const files = globSync('**/*', { cwd: distDir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(path.join(distDir, file))).digest('hex')]));
}

test('two builds of the same content produce identical dist/ trees, whether pages render on worker threads or not', () => {
  const projectDir = copyProject();
  // "Today" decides which actions are overdue; fixed here, as PLANSITE_TODAY does for a repeatable build.
  const env = { PLANSITE_TODAY: '2026-11-23' };
  const first = runNpmBuild(projectDir, { ...env, PLANSITE_RENDER_WORKERS: '2' });
  expect(first.status, first.output.slice(-2000)).toBe(0);
  expect(first.output).toContain('Rendering pages on 2 worker threads.');
  expect(first.output).not.toContain('rendered on the main thread, not a worker');
  const before = fingerprint(path.join(projectDir, 'dist'));
  const second = runNpmBuild(projectDir, { ...env, PLANSITE_RENDER_WORKERS: '0' });
  expect(second.status, second.output.slice(-2000)).toBe(0);
  expect(second.output).not.toContain('worker threads');
  const after = fingerprint(path.join(projectDir, 'dist'));
  expect(before.size).toBeGreaterThan(500);
  const differing = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
  expect(differing).toEqual([]);
  rmSync(projectDir, { recursive: true, force: true });
}, 300_000);
