/** npm run new: each kind makes a valid, correctly placed file, never overwrites one, and names wrong references. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runNew } from '../../src/cli/new';
import { checkContent } from '../../src/integrations/content-check';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

function freshCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-new-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

const kinds: Array<{ kind: string; args: string[]; file: string }> = [
  { kind: 'plan', args: ['--id', 'test-plan-2024-27', '--title', 'Test Children’s Services Plan 2024–27', '--short-title', 'Test CSP', '--area', 'Testshire', '--partnership', 'Testshire partnership', '--kind', 'childrens-services-plan'], file: 'content/test-plan-2024-27/plan.mdx' },
  { kind: 'priority', args: ['--plan', 'moray-loip', '--title', 'Every child has a safe place to play'], file: 'content/moray-loip/priorities/every-child-has-safe-place-play.mdx' },
  { kind: 'outcome', args: ['--plan', 'moray-loip', '--priority', 'better-future', '--title', 'Children feel listened to'], file: 'content/moray-loip/outcomes/children-feel-listened.mdx' },
  { kind: 'action', args: ['--plan', 'moray-loip', '--outcome', 'emotional-wellbeing', '--title', 'Open two new youth cafés', '--aim', 'wellbeing-investment'], file: 'content/moray-loip/actions/open-two-new-youth-cafes.yaml' },
  { kind: 'measure', args: ['--plan', 'moray-loip', '--for', 'outcomes/emotional-wellbeing', '--title', 'Number of young people using youth cafés'], file: 'content/moray-loip/measures/number-young-people-using-youth-cafes.yaml' },
  { kind: 'report', args: ['--plan', 'moray-loip', '--period', '2021/22 Q2', '--priority', 'better-future'], file: 'content/moray-loip/reports/2021-22-q2.mdx' },
];

describe('npm run new', () => {
  test.each(kinds)('$kind: makes a valid file in the right place, then a -2 file rather than overwrite it', ({ kind, args, file }) => {
    const root = freshCopy();
    const first = runNew([kind, ...args], root);
    expect(first.exitCode, first.output).toBe(0);
    expect(first.output).toContain(`Created ${file}.`);
    expect(existsSync(path.join(root, file))).toBe(true);
    expect(checkContent(root)).toEqual([]);
    const before = readFileSync(path.join(root, file), 'utf8');
    const second = runNew([kind, ...args], root);
    if (kind === 'plan') {
      expect(second.exitCode).toBe(1);
      expect(second.output).toContain('content/test-plan-2024-27/ already exists');
    } else {
      expect(second.exitCode, second.output).toBe(0);
      expect(second.output).toContain(`Created ${file.replace(/\.(mdx|yaml)$/, '-2.$1')}.`);
      expect(checkContent(root)).toEqual([]);
    }
    expect(readFileSync(path.join(root, file), 'utf8')).toBe(before);
  });

  test('numbers a new priority after the plan’s last, orders an action after its outcome’s last, and lists a new measure on its owner', () => {
    const root = freshCopy();
    runNew(['priority', '--plan', 'moray-loip', '--title', 'Second priority'], root);
    expect(readFileSync(path.join(root, 'content/moray-loip/priorities/second-priority.mdx'), 'utf8')).toMatch(/^number: 2$/m);
    runNew(['measure', '--plan', 'moray-loip', '--for', 'outcomes/emotional-wellbeing', '--title', 'A new measure'], root);
    const owner = readFileSync(path.join(root, 'content/moray-loip/outcomes/emotional-wellbeing.mdx'), 'utf8');
    expect(owner).toMatch(/^  - new-measure$/m);
    expect(owner).toContain('contributesTo:');
  });

  test('a reference that does not exist writes nothing and suggests the right one', () => {
    const root = freshCopy();
    const result = runNew(['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeeing', '--title', 'Something'], root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('There is no outcome called "emotional-wellbeeing". Did you mean "emotional-wellbeing"?');
    expect(existsSync(path.join(root, 'content/moray-loip/actions/something.yaml'))).toBe(false);
    expect(runNew(['priority', '--plan', 'moray-lop', '--title', 'X'], root).output).toContain('Did you mean "moray-loip"?');
    expect(runNew(['report', '--plan', 'moray-loip', '--period', 'next quarter'], root).output).toContain('is not a period the site can read');
  });

  test('without a kind, or with an unknown one, prints how to use it', () => {
    const root = freshCopy();
    expect(runNew([], root)).toMatchObject({ exitCode: 1, output: expect.stringContaining('npm run new -- action --plan') });
    expect(runNew(['chart'], root).output).toContain('"chart" is not a kind of page.');
  });
});
