import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BUDGETS, budgetProblems, weighPages } from '../build/budgets';
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

test('a whole document on one page has a budget of its own, which no other page shares', () => {
  // Text that does not compress: about 40 KB compressed, over the budget of an ordinary page.
  const words = Array.from({ length: 9000 }, (_, index) => ((index * 2654435761) % 4294967296).toString(36)).join(' ');
  const page = (mainClass: string) => `<!doctype html><html><body><main><div class="${mainClass}"><p>${words}</p></div></main></body></html>`;
  const weights = weighPages([{ file: 'document.html', html: page('ps_document') }, { file: 'other.html', html: page('ps_prose') }], readAsset);
  expect(weights.map((weight) => weight.htmlAndCss)).toEqual([expect.any(Number), expect.any(Number)]);
  expect(weights[0]!.htmlAndCss).toBeGreaterThan(BUDGETS.htmlAndCss);
  expect(budgetProblems(weights)).toEqual([expect.stringMatching(/^other\.html: \d+\.\d KB of HTML and CSS \(budget 30\.0 KB\)$/)]);
  const tooBig = page('ps_document').replace(words, `${words} ${words.split(' ').reverse().join('x ')} ${words.split(' ').map((word) => `${word}q`).join(' ')}`);
  expect(budgetProblems(weighPages([{ file: 'big-document.html', html: tooBig }], readAsset))).toEqual([
    expect.stringMatching(/^big-document\.html: \d+\.\d KB of HTML and CSS \(budget 80\.0 KB for a whole document\)$/),
  ]);
});
