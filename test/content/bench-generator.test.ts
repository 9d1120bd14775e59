/**
 * The benchmark's generated plans must be valid content, or the bench times a build that fails; and
 * generating must never touch content/.
 */
import { globSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateContent } from '../bench/generate';
import { reviewContent } from '../../src/integrations/content-check';

const out = mkdtempSync(path.join(tmpdir(), 'plansite-generator-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('generated plans pass the content check, the same seed gives the same plans, and content/ is untouched', () => {
  const contentFiles = globSync('content/**/*', { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const before = contentFiles.map((file) => `${file} ${statSync(file).mtimeMs}`);

  const { files } = generateContent(2, path.join(out, 'a', 'content'), process.cwd());
  generateContent(2, path.join(out, 'b', 'content'), process.cwd());
  expect(files).toBeGreaterThan(250);
  const { errors } = reviewContent(path.join(out, 'a'));
  expect(errors).toEqual([]);

  const generated = globSync('**/*', { cwd: path.join(out, 'a', 'content') }).filter((file) => file.startsWith('generated-plan-')).sort();
  for (const file of generated.filter((name) => /\.(mdx|yaml|csv)$/.test(name))) {
    expect(readFileSync(path.join(out, 'b', 'content', file), 'utf8')).toBe(readFileSync(path.join(out, 'a', 'content', file), 'utf8'));
  }
  // Like real plans, generated ones use abbreviations the glossary explains.
  expect(generated.some((file) => file.endsWith('.yaml') && /GIRFEC|CAMHS|ASN|ELC/.test(readFileSync(path.join(out, 'a', 'content', file), 'utf8')))).toBe(true);
  expect(contentFiles.map((file) => `${file} ${statSync(file).mtimeMs}`)).toEqual(before);
});
