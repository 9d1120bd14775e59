/** npm run new: each kind makes a valid, correctly placed file, never overwrites one, and names wrong references. */
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runNew } from '../../src/cli/new';
import { checkContent } from '../../src/integrations/content-check';
import { isPlaceholderProblem } from '../../src/lib/placeholders';
import { TEMPLATE_PLACEHOLDERS } from '../../src/lib/scaffold';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** A project folder holding a copy of the real content, to run npm run new in. */
function freshCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-new-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

/** Every file in the copy's content/ and what it holds, to show that a refused command wrote nothing. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(globSync('content/**/*', { cwd: root, withFileTypes: true }).map((entry) => {
    const file = path.relative(root, path.join(entry.parentPath, entry.name));
    return [file, entry.isFile() ? readFileSync(path.join(root, file), 'utf8') : '(folder)'];
  }));
}

/** What an author does next: writes their own words in place of each placeholder the template left. */
function fillIn(root: string): void {
  for (const file of globSync('content/**/*.{mdx,yaml}', { cwd: root })) {
    const before = read(root, file);
    const after = TEMPLATE_PLACEHOLDERS.reduce((text, placeholder) => text.replaceAll(placeholder, 'Words the author wrote.'), before);
    if (after !== before) writeFileSync(path.join(root, file), after);
  }
}

/**
 * A page made by npm run new is valid except for the placeholders it leaves: check names each of them
 * as an error, in the new files only, and once they are replaced the check passes.
 */
function expectValidOnceFilledIn(root: string): void {
  const newFiles = globSync('content/**/*', { cwd: root }).filter((file) => !existsSync(path.join(projectRoot, file)));
  const problems = checkContent(root);
  expect(problems.filter((problem) => !isPlaceholderProblem(problem))).toEqual([]);
  expect(problems.filter((problem) => !newFiles.includes(problem.file))).toEqual([]);
  fillIn(root);
  expect(checkContent(root)).toEqual([]);
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const fieldsOf = (root: string, file: string) => parse(file.endsWith('.mdx') ? read(root, file).split(/^---$/m)[1]! : read(root, file));

const kinds: Array<{ kind: string; args: string[]; file: string }> = [
  { kind: 'plan', args: ['--id', 'test-plan-2024-27', '--title', 'Test Children’s Services Plan 2024–27', '--short-title', 'Test CSP', '--area', 'Testshire', '--partnership', 'Testshire partnership', '--kind', 'childrens-services-plan'], file: 'content/test-plan-2024-27/plan.mdx' },
  { kind: 'priority', args: ['--plan', 'moray-loip', '--title', 'Every child has a safe place to play'], file: 'content/moray-loip/priorities/every-child-safe-place-play.mdx' },
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
    expect(first.output).toContain(`Created ${file}\n`);
    expect(first.output).toContain('npm run dev');
    expect(existsSync(path.join(root, file))).toBe(true);
    expectValidOnceFilledIn(root);

    const before = snapshot(root);
    const second = runNew([kind, ...args], root);
    if (kind === 'plan') {
      expect(second.exitCode).toBe(1);
      expect(second.output).toContain('There is already a plan called "test-plan-2024-27"');
      expect(snapshot(root)).toEqual(before);
    } else {
      expect(second.exitCode, second.output).toBe(0);
      expect(second.output).toContain(`Created ${file.replace(/\.(mdx|yaml)$/, '-2.$1')}\n`);
      expectValidOnceFilledIn(root);
    }
    expect(read(root, file)).toBe(before[file]);
  });

  test('placeholder text left from a template is an error that names the file, the line and the fix', () => {
    const root = freshCopy();
    runNew(['priority', '--plan', 'moray-loip', '--title', 'Safe homes'], root);
    const problems = checkContent(root);
    expect(problems.map((problem) => problem.file)).toEqual(['content/moray-loip/priorities/safe-homes.mdx', 'content/moray-loip/priorities/safe-homes.mdx']);
    expect(problems[0]).toMatchObject({
      line: expect.any(Number),
      message: `this is the template’s placeholder text, “${TEMPLATE_PLACEHOLDERS[0]}” Replace it with the plan’s own words, or delete it, before you publish.`,
    });
  });

  test('numbers a new priority after the plan’s last, and orders outcomes and actions after their siblings', () => {
    const root = freshCopy();
    runNew(['priority', '--plan', 'moray-loip', '--title', 'Second priority'], root);
    expect(fieldsOf(root, 'content/moray-loip/priorities/second-priority.mdx').number).toBe(2);
    runNew(['outcome', '--plan', 'moray-loip', '--priority', 'better-future', '--title', 'A fourth outcome'], root);
    expect(fieldsOf(root, 'content/moray-loip/outcomes/fourth-outcome.mdx').order).toBe(4);
    runNew(['outcome', '--plan', 'moray-loip', '--priority', 'second-priority', '--title', 'First of the second'], root);
    expect(fieldsOf(root, 'content/moray-loip/outcomes/first-second.mdx').order).toBe(1);
    const actionOrders = globSync('content/moray-loip/actions/*.yaml', { cwd: root })
      .map((file) => fieldsOf(root, file))
      .filter((action) => action.outcome === 'emotional-wellbeing')
      .map((action) => action.order as number);
    runNew(['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeing', '--title', 'One more action'], root);
    expect(fieldsOf(root, 'content/moray-loip/actions/one-more-action.yaml').order).toBe(Math.max(...actionOrders) + 1);
    expectValidOnceFilledIn(root);
  });

  test('a new measure is added to the end of its owner’s measures list, and nothing else in the owner changes', () => {
    const root = freshCopy();
    const owners = ['content/moray-loip/outcomes/emotional-wellbeing.mdx', 'content/moray-loip/priorities/better-future.mdx', 'content/moray-loip/actions/wellbeing-investment.yaml'];
    for (const [index, owner] of owners.entries()) {
      const before = read(root, owner);
      const forWhat = owner.replace(/^content\/moray-loip\/|\.(mdx|yaml)$/g, '');
      const result = runNew(['measure', '--plan', 'moray-loip', '--for', forWhat, '--title', `Measure number ${index + 1}`, '--kind', 'milestone'], root);
      expect(result.exitCode, result.output).toBe(0);
      expect(result.output).toContain(`Added measure-number-${index + 1} to the measures list in ${owner}.`);
      const measure = `measure-number-${index + 1}`;
      const added = /^measures:/m.test(before) ? `\n  - ${measure}` : `measures:\n  - ${measure}\n`;
      const after = read(root, owner);
      expect(after).toContain(added);
      expect(after.replace(added, ''), owner).toBe(before);
      expect((fieldsOf(root, owner).measures as string[]).at(-1)).toBe(measure);
    }
    expectValidOnceFilledIn(root);
  });

  test('pages made by npm run new can themselves be given measures and reports', () => {
    const root = freshCopy();
    const steps = [
      ['plan', '--id', 'testshire-loip', '--title', 'Testshire LOIP', '--short-title', 'Testshire LOIP', '--area', 'Testshire', '--partnership', 'Testshire CPP', '--kind', 'local-outcomes-improvement-plan'],
      ['priority', '--plan', 'testshire-loip', '--title', 'Safe homes'],
      ['outcome', '--plan', 'testshire-loip', '--priority', 'safe-homes', '--title', 'Fewer families are homeless'],
      ['action', '--plan', 'testshire-loip', '--outcome', 'fewer-families-homeless', '--title', 'Build more family homes'],
      ['measure', '--plan', 'testshire-loip', '--for', 'outcomes/fewer-families-homeless', '--title', 'Families in temporary homes'],
      ['measure', '--plan', 'testshire-loip', '--for', 'priorities/safe-homes', '--title', 'Homes built', '--kind', 'qualitative'],
      ['measure', '--plan', 'testshire-loip', '--for', 'actions/build-more-family-homes', '--title', 'Homes started'],
      ['report', '--plan', 'testshire-loip', '--period', 'March 2025', '--title', 'Annual report 2024/25'],
    ];
    for (const step of steps) expect(runNew(step, root), step.join(' ')).toMatchObject({ exitCode: 0 });
    expect(fieldsOf(root, 'content/testshire-loip/outcomes/fewer-families-homeless.mdx').measures).toEqual(['families-temporary-homes']);
    expect(fieldsOf(root, 'content/testshire-loip/reports/march-2025.mdx')).toMatchObject({
      title: 'Annual report 2024/25',
      period: { label: 'March 2025', start: '2025-03-01', end: '2025-03-31' },
      outcomes: [],
    });
    expect(read(root, 'content/testshire-loip/reports/march-2025.mdx')).toContain('#   - outcome: fewer-families-homeless\n');
    expectValidOnceFilledIn(root);
  });

  test('a report lists the plan’s outcomes and actions as comments to copy, and reports nothing the officer has not filled in', () => {
    const root = freshCopy();
    const outcomes = globSync('content/moray-csp-2020-23/outcomes/*.mdx', { cwd: root }).map((file) => path.basename(file, '.mdx'));
    const actions = globSync('content/moray-csp-2020-23/actions/*.yaml', { cwd: root }).map((file) => path.basename(file, '.yaml'));
    expect(runNew(['report', '--plan', 'moray-csp-2020-23', '--period', '2021/22 Q2'], root).exitCode).toBe(0);
    const file = 'content/moray-csp-2020-23/reports/2021-22-q2.mdx';
    const report = fieldsOf(root, file);
    expect(report.title).toBe('Progress report: 2021/22 Q2');
    expect(report.period).toEqual({ label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' });
    expect(report.outcomes).toEqual([]);
    expect(report.actions).toEqual([]);
    const text = read(root, file);
    expect([...text.matchAll(/^# {3}- outcome: (.+)$/gm)].map((match) => match[1]).sort()).toEqual(outcomes.sort());
    expect([...text.matchAll(/^# {3}- action: (.+)$/gm)].map((match) => match[1]).sort()).toEqual(actions.sort());
    expect(text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')).not.toContain('<OutcomeProgress');
    expect(text.match(/^## .+$/gm)).toEqual(read(projectRoot, 'docs/examples/progress-report.mdx').match(/^## .+$/gm));
    expectValidOnceFilledIn(root);
  });

  test('a report’s commented outcome and action lines become the report once copied without their #s', () => {
    const root = freshCopy();
    runNew(['report', '--plan', 'moray-loip', '--period', '2021/22 Q2'], root);
    const file = path.join(root, 'content/moray-loip/reports/2021-22-q2.mdx');
    const text = readFileSync(file, 'utf8');
    const outcomeLines = text.match(/^# {3}- outcome: emotional-wellbeing\n#.*\n#.*$/m)![0].replace(/^# /gm, '').replace('ragStatus: ""', 'ragStatus: amber').replace('commentary: ""', 'commentary: "On track."');
    writeFileSync(file, text.replace('outcomes: []', `outcomes:\n${outcomeLines}`));
    fillIn(root);
    expect(checkContent(root)).toEqual([]);
    expect(fieldsOf(root, 'content/moray-loip/reports/2021-22-q2.mdx').outcomes).toEqual([{ outcome: 'emotional-wellbeing', ragStatus: 'amber', commentary: 'On track.' }]);
  });

  test.each([
    { args: ['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeeing', '--title', 'Something'], says: 'There is no outcome called "emotional-wellbeeing" in moray-loip. Did you mean "emotional-wellbeing"?' },
    { args: ['priority', '--plan', 'moray-lop', '--title', 'X'], says: 'Did you mean "moray-loip"?' },
    { args: ['outcome', '--plan', 'moray-loip', '--priority', 'better-futur', '--title', 'X'], says: 'There is no priority called "better-futur" in moray-loip. Did you mean "better-future"?' },
    { args: ['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeing', '--title', 'X', '--aim', 'wellbeing-investmnt'], says: 'Did you mean "wellbeing-investment"?' },
    { args: ['measure', '--plan', 'moray-loip', '--for', 'outcome/emotional-wellbeing', '--title', 'X'], says: 'Did you mean "outcomes/emotional-wellbeing"?' },
    { args: ['measure', '--plan', 'moray-loip', '--for', 'emotional-wellbeing', '--title', 'X'], says: 'Did you mean "outcomes/emotional-wellbeing"?' },
    { args: ['report', '--plan', 'moray-loip', '--period', '2021/22 Q2', '--priority', 'beter-future'], says: 'Did you mean "better-future"?' },
  ])('a reference that does not exist writes nothing, suggests the right one and lists the choices: $args.0 $args.3', ({ args, says }) => {
    const root = freshCopy();
    const before = snapshot(root);
    const result = runNew(args, root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain(says);
    expect(result.output).toMatch(/are:\n {2}- /);
    expect(result.output).toContain('Nothing was written.');
    expect(snapshot(root)).toEqual(before);
  });

  test.each([
    { args: ['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeing', '--titel', 'X'], says: 'A new action has no option --titel. Did you mean --title?' },
    { args: ['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeing', '--title', 'Open', 'two', 'cafés'], says: '"two" is not an option.' },
    { args: ['action', '--plan', 'moray-loip', '--title', 'X'], says: 'A new action needs --outcome.' },
    { args: ['measure', '--plan', 'moray-loip', '--for', 'outcomes/emotional-wellbeing', '--title', 'X', '--kind', 'quantative'], says: 'Did you mean "quantitative"?' },
    { args: ['plan', '--id', 'new-plan', '--title', 'X', '--short-title', 'X', '--area', 'X', '--partnership', 'X', '--kind', 'csp'], says: 'Choose one of: childrens-services-plan, local-outcomes-improvement-plan, service-plan.' },
    { args: ['plan', '--id', 'New Plan', '--title', 'X', '--short-title', 'X', '--area', 'X', '--partnership', 'X', '--kind', 'service-plan'], says: 'use lower-case letters, numbers and single hyphens' },
    { args: ['plan', '--id', 'themes', '--title', 'X', '--short-title', 'X', '--area', 'X', '--partnership', 'X', '--kind', 'service-plan'], says: 'content/themes/ already exists' },
    { args: ['report', '--plan', 'moray-loip', '--period', 'next quarter'], says: 'is not a period this site can read' },
  ])('a mistake in the command writes nothing and says how to put it right: $says', ({ args, says }) => {
    const root = freshCopy();
    const before = snapshot(root);
    const result = runNew(args, root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain(says);
    expect(snapshot(root)).toEqual(before);
  });

  test('a measure whose owner’s list cannot be edited is not made, and the owner is left alone', () => {
    const root = freshCopy();
    const owner = path.join(root, 'content/moray-loip/actions/wellbeing-investment.yaml');
    writeFileSync(owner, readFileSync(owner, 'utf8').replace(/^measures:\n(  - .*\n)+/m, 'measures: tier-2-wellbeing-investment\n'));
    expect(read(root, 'content/moray-loip/actions/wellbeing-investment.yaml')).toMatch(/^measures: tier-2-wellbeing-investment$/m);
    const before = snapshot(root);
    const result = runNew(['measure', '--plan', 'moray-loip', '--for', 'actions/wellbeing-investment', '--title', 'X'], root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('could not be added to content/moray-loip/actions/wellbeing-investment.yaml: its `measures:` is not a list');
    expect(snapshot(root)).toEqual(before);
  });

  test('a file with the new name is never replaced, even one that is not a page of that kind', () => {
    const root = freshCopy();
    writeFileSync(path.join(root, 'content/moray-loip/actions/youth-cafes.mdx'), 'Someone’s notes.\n');
    const result = runNew(['action', '--plan', 'moray-loip', '--outcome', 'emotional-wellbeing', '--title', 'Youth cafés'], root);
    expect(result.output).toContain('Created content/moray-loip/actions/youth-cafes-2.yaml\n');
    expect(read(root, 'content/moray-loip/actions/youth-cafes.mdx')).toBe('Someone’s notes.\n');
  });

  test('without a kind, or with an unknown one, prints how to use it', () => {
    const root = freshCopy();
    expect(runNew([], root)).toMatchObject({ exitCode: 1, output: expect.stringContaining('npm run new -- action --plan') });
    expect(runNew(['actoin'], root)).toMatchObject({ exitCode: 1, output: expect.stringContaining('"actoin" is not a kind of page. Did you mean "action"?') });
  });
});
