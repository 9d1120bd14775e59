/**
 * The robustness corpus: hostile or broken changes to a copy of the real content. Each either passes
 * the content check (and is then built and checked in the browser by test/browser/hostile-content.test.ts)
 * or fails it with a clear message naming the file, line and field — the same check `npm run build`
 * runs first, so a failing case never publishes anything (test/build/hostile-build.test.ts).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { reviewContent } from '../../src/integrations/content-check';
import { printable } from '../../src/lib/content-problem';
import { HOSTILE_CHANGES, type ContentChange } from '../fixtures/hostile/changes';
import { REFUSED_CASES, type RefusedCase } from '../fixtures/hostile/refused';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

function copyWith(changes: ContentChange[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-robust-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  for (const change of changes) change(root);
  return root;
}

/** The problem a case must cause: its file, line and field where it gives them, and its words. */
function expectProblemFor(refused: RefusedCase, errors: ReturnType<typeof reviewContent>['errors']): void {
  const found = errors.find(
    (problem) =>
      printable(problem.file) === printable(refused.file) &&
      (refused.line === undefined || problem.line === refused.line) &&
      (refused.field === undefined || problem.field === refused.field) &&
      refused.says.test(printable(problem.message)),
  );
  expect(found, `${refused.name}: expected a problem in ${refused.file}${refused.line ? `, line ${refused.line}` : ''}${refused.field ? `, \`${refused.field}\`` : ''} saying ${refused.says}, but the check found:\n${errors.map((problem) => `  ${printable(JSON.stringify(problem))}`).join('\n')}`).toBeDefined();
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe('the content check stops the build with a clear message for', () => {
  test.each(REFUSED_CASES)('$name', (refused) => {
    const root = copyWith([refused.change]);
    expectProblemFor(refused, reviewContent(root).errors);
    const { exitCode, output } = runCheck(root);
    expect(exitCode).toBe(1);
    expect(output).not.toMatch(STACK_TRACE);
    expect(output, 'no raw control characters reach the terminal').not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }, 30_000);

  test('all of them at once, each with its own message', () => {
    const together = REFUSED_CASES.filter((refused) => refused.together !== false);
    const { errors } = reviewContent(copyWith(together.map((refused) => refused.change)));
    for (const refused of together) expectProblemFor(refused, errors);
  }, 60_000);
});

describe('a YAML mistake in site.yaml', () => {
  test('is reported as that, without a false "this file is missing" or glossary problems', () => {
    // A tab where YAML wants spaces.
    const broken = copyWith([(root) => writeFileSync(path.join(root, 'content/site.yaml'), 'title: Plans\n\tdescription: x\npublisher: P\n')]);
    const { errors } = reviewContent(broken);
    expect(errors.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([expect.stringMatching(/^content\/site\.yaml: this is not valid YAML/)]);
  });
});

describe('the content check accepts, to be built and checked in the browser,', () => {
  test.each(HOSTILE_CHANGES)('$name', ({ change }) => {
    const { exitCode, output } = runCheck(copyWith([change]));
    expect(exitCode, output).toBe(0);
  });

  test('all of them together', () => {
    const { exitCode, output } = runCheck(copyWith(HOSTILE_CHANGES.map((entry) => entry.change)));
    expect(exitCode, output).toBe(0);
  });

  test('at least 60 cases in the corpus, accepted and refused', () => {
    expect(REFUSED_CASES.length + HOSTILE_CHANGES.length).toBeGreaterThanOrEqual(60);
  });
});
