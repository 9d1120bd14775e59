import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isHousekeepingFile, planFolderProblem, RESERVED_PLAN_NAMES, unreadFileProblem } from '../../../src/lib/content-layout';
import { projectRoot } from '../../content/helpers';

test('every top-level page of the site is a name no plan may have', () => {
  const pages = readdirSync(path.join(projectRoot, 'src', 'pages'))
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/\.(xml|txt|json)$/, ''));
  for (const page of pages) expect(RESERVED_PLAN_NAMES, `src/pages/${page}`).toContain(page);
  for (const written of ['_astro', 'pagefind']) expect(planFolderProblem(written)).toBeDefined();
});

test('plan folders: web-address names only, and none of the site\\u2019s own', () => {
  expect(planFolderProblem('moray-csp-2024-27')).toBeUndefined();
  expect(planFolderProblem('moray loip')).toMatch(/lower-case letters, numbers and single hyphens/);
  expect(planFolderProblem('Moray')).toMatch(/lower-case letters/);
  expect(planFolderProblem('search')).toMatch(/one of the site's own pages \(\/search\/\)/);
});

test('files that look like content but are not where the site reads them are errors; others are warnings', () => {
  expect(unreadFileProblem('moray/actions/x.yml')).toEqual({ severity: 'error', message: expect.stringContaining('Rename it to moray/actions/x.yaml') });
  expect(unreadFileProblem('moray/outcomes/x.md')).toMatchObject({ severity: 'error' });
  expect(unreadFileProblem('moray/action/x.yaml')).toMatchObject({ severity: 'error' });
  expect(unreadFileProblem('moray/notes.docx')).toMatchObject({ severity: 'warning' });
  expect(unreadFileProblem('moray/notes.txt')).toMatchObject({ severity: 'warning' });
});

test('files editors and operating systems leave behind are never reported', () => {
  for (const file of ['moray/.DS_Store', '.git/config', 'moray/actions/x.yaml~', 'moray/~$plan.docx', 'Thumbs.db', '.obsidian/app.json']) expect(isHousekeepingFile(file), file).toBe(true);
  expect(isHousekeepingFile('moray/actions/x.yaml')).toBe(false);
});
