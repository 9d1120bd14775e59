/**
 * Throwaway project folders for the writer's unit tests: `projectWith(files)` makes one holding those
 * files (paths from its root), and every folder a test file made is removed after its tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function projectFolders(prefix: string): (files?: Record<string, string>) => string {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  return (files = {}) => {
    const root = mkdtempSync(path.join(tmpdir(), `plansite-${prefix}-`));
    roots.push(root);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  };
}
