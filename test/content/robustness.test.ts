/**
 * The robustness corpus: broken or hostile changes to a copy of the real content. Each either passes
 * the content check (and is then built and checked in the browser by test/browser/hostile-content.test.ts)
 * or fails it with a clear message naming the file — the same check `npm run build` runs first, so a
 * failing case never publishes anything.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { HOSTILE_CHANGES, type ContentChange } from '../fixtures/hostile/changes';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

function checkWith(changes: ContentChange[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-robust-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  for (const change of changes) change(root);
  return runCheck(root);
}

const write = (file: string, content: string | Buffer) => (root: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
};
const edit = (file: string, change: (text: string) => string) => (root: string) => {
  writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));
};

const ACTION = 'content/moray-loip/actions/parenting-capacity.yaml';
const CSV = 'content/moray-loip/measures/cared-for-in-community.csv';
const PLAN = 'content/moray-loip/plan.mdx';

/** Changes that must stop the build, each with what the message must say. */
const rejected: Array<{ name: string; change: ContentChange; expected: RegExp }> = [
  { name: 'an empty file', change: write(ACTION, ''), expected: /parenting-capacity\.yaml, `title`: this field is required but missing/ },
  {
    name: 'a file saved as UTF-16',
    change: write(ACTION, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path.join(projectRoot, ACTION), 'utf8'), 'utf16le')])),
    expected: /parenting-capacity\.yaml: this file is saved as UTF-16\. Save it again as UTF-8/,
  },
  { name: 'binary noise', change: write(ACTION, Buffer.from([0x00, 0x9f, 0x92, 0x96, 0xff, 0x00, 0x01])), expected: /parenting-capacity\.yaml: this file is not text saved as UTF-8/ },
  {
    name: 'a file name that differs only by case from another',
    change: write('content/moray-loip/actions/Parenting-Capacity.yaml', readFileSync(path.join(projectRoot, ACTION), 'utf8')),
    expected: /Parenting-Capacity\.yaml: the file name "Parenting-Capacity" becomes part of the page's web address, so use lower-case letters/,
  },
  { name: 'a field given twice', change: edit(ACTION, (text) => `${text}title: "Again"\n`), expected: /parenting-capacity\.yaml, line \d+: this is not valid YAML \(duplicate key\)/ },
  {
    name: 'a YAML alias bomb',
    change: write(ACTION, `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`),
    expected: /parenting-capacity\.yaml, line 1: this file repeats the same block \(with & and \*\) so many times that it cannot be read/,
  },
  { name: 'a javascript: link', change: edit(PLAN, (text) => text.replace(/^relatedStrategies:\n/m, 'relatedStrategies:\n  - title: "Click me"\n    url: "javascript:alert(1)"\n')), expected: /plan\.mdx, line \d+, `relatedStrategies\[0\]\.url`: / },
  { name: 'a data: link', change: edit(PLAN, (text) => text.replace(/^relatedStrategies:\n/m, 'relatedStrategies:\n  - title: "Click me"\n    url: "data:text/html,<script>alert(1)</script>"\n')), expected: /plan\.mdx, line \d+, `relatedStrategies\[0\]\.url`: / },
  { name: 'a number too large to be a figure', change: edit(CSV, (text) => text.replace('2010-11,86.47,Moray', `2010-11,${'9'.repeat(400)},Moray`)), expected: /cared-for-in-community\.csv, line 2, `value`: .*too large/ },
  { name: 'the same period twice in a CSV', change: edit(CSV, (text) => `${text.trimEnd()}\n2010-11,80,Moray,,\n`), expected: /cared-for-in-community\.csv, line \d+, `period`: the period "2010-11" for Moray is already on line 2/ },
  { name: 'a CSV row with too many cells', change: edit(CSV, (text) => text.replace('2010-11,86.47,Moray,,', '2010-11,86.47,Moray,,,extra')), expected: /cared-for-in-community\.csv.*not a valid CSV file/ },
  { name: 'a report period that ends before it starts', change: edit('content/moray-loip/reports/2021-22-q1.mdx', (text) => text.replace('end: "2021-06-30"', 'end: "2021-03-30"')), expected: /2021-22-q1\.mdx, line \d+, `period\.end`: the period ends before it starts/ },
  { name: 'a measure with a unit the site does not know', change: edit('content/moray-loip/measures/access-to-advocacy.yaml', (text) => `${text}unit: "bananas"\n`), expected: /access-to-advocacy\.yaml, line \d+, `unit`: "bananas" is not allowed here/ },
  { name: 'a priority number that is not a number', change: edit('content/moray-loip/priorities/better-future.mdx', (text) => text.replace(/^number: 1$/m, 'number: one')), expected: /better-future\.mdx, line \d+, `number`: expected number, but found string/ },
  { name: 'a theme id with spaces', change: edit(ACTION, (text) => text.replace(/^themes:\n/m, 'themes:\n  - "family support"\n')), expected: /parenting-capacity\.yaml, line \d+, `themes\[0\]`: use lower-case letters, numbers and single hyphens/ },
];

describe('the content check stops the build with a clear message for', () => {
  test.each(rejected)('$name', ({ change, expected }) => {
    const { exitCode, output } = checkWith([change]);
    expect(exitCode, output).toBe(1);
    expect(output).toMatch(expected);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('the content check accepts, to be built and checked in the browser,', () => {
  test.each(HOSTILE_CHANGES)('$name', ({ change }) => {
    const { exitCode, output } = checkWith([change]);
    expect(exitCode, output).toBe(0);
  });

  test('all of them together', () => {
    const { exitCode, output } = checkWith(HOSTILE_CHANGES.map((entry) => entry.change));
    expect(exitCode, output).toBe(0);
  });

  test('at least 25 cases in the corpus, accepted and rejected', () => {
    expect(rejected.length + HOSTILE_CHANGES.length).toBeGreaterThanOrEqual(25);
  });
});
