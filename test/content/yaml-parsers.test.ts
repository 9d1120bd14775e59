/**
 * The content check reads plain YAML with js-yaml (fast, and what Astro itself uses) and falls back to
 * the `yaml` library for line numbers and unusual files. Both must read every real content file alike.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

const contentDir = path.resolve('content');
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

test('js-yaml and the yaml library read every content file and frontmatter block the same', () => {
  const files = globSync('**/*.{yaml,mdx}', { cwd: contentDir });
  expect(files.length).toBeGreaterThan(300);
  const differ: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(contentDir, file), 'utf8');
    const source = file.endsWith('.mdx') ? FRONTMATTER.exec(text)?.[1] : text;
    if (source === undefined) continue;
    if (JSON.stringify(load(source, { schema: CORE_SCHEMA })) !== JSON.stringify(parse(source))) differ.push(file);
  }
  expect(differ).toEqual([]);
});
