/**
 * All framing comes from content/: nothing in src/ may name a sample plan's area or partnership, so
 * a partnership's own site (npm run new -- site) never shows the samples' words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealContent, projectRoot } from './helpers';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : [full];
  });
}

/** The distinctive words of the sample plans: their areas, and plan folder names' first part. */
function sampleNames(): string[] {
  const { content } = loadRealContent();
  const names = new Set<string>();
  for (const plan of content.plans) {
    names.add(plan.data.area.toLowerCase());
    names.add(plan.id.split('-')[0]!);
  }
  return [...names].filter((name) => name.length >= 4);
}

describe('src/ names no sample partnership', () => {
  const names = sampleNames();
  const files = sourceFiles(path.join(projectRoot, 'src'));

  it('finds the sample areas to look for', () => {
    expect(names).toEqual(expect.arrayContaining(['moray', 'clackmannanshire']));
  });

  it.each(names)('no file in src/ mentions "%s"', (name) => {
    const pattern = new RegExp(`\\b${name}`, 'i');
    const mentions = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(projectRoot, file));
    expect(mentions).toEqual([]);
  });
});
