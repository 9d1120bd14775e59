import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { budgetProblems, weighPages } from '../build/budgets';
import { projectRoot } from '../content/helpers';

const fixture = (name: string) => ({ file: name, html: readFileSync(path.join(projectRoot, 'test/fixtures/heavy-pages', name), 'utf8') });
const assets: Record<string, string> = {
  '/design-system.min.css': 'node_modules/@scottish-government/design-system/dist/css/design-system.min.css',
  '/chart.umd.js': 'node_modules/chart.js/dist/chart.umd.js',
};
const readAsset = (href: string) => readFileSync(path.join(projectRoot, assets[href]!));

test('a page importing the Design System’s whole CSS bundle breaks the CSS budget', () => {
  expect(budgetProblems(weighPages([fixture('whole-css-bundle.html')], readAsset))).toEqual([
    expect.stringMatching(/^whole-css-bundle\.html: \d+\.\d KB of CSS \(budget 15\.0 KB\): import only the Design System components the page uses$/),
  ]);
});

test('a text page loading Chart.js breaks the script budget', () => {
  expect(budgetProblems(weighPages([fixture('chart-js-on-text-page.html')], readAsset))).toEqual([
    expect.stringMatching(/^chart-js-on-text-page\.html: \d+\.\d KB of JavaScript \(budget 5\.0 KB on a text page\)$/),
  ]);
});
