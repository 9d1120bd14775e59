import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent, readSeries } from '../../../src/integrations/read-content';

function contentTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-content-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'content', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

const site = 'title: T\ndescription: D\npublisher: P\naccessibilityContact: { text: "Tell us about a problem.", email: access@example.gov.uk }\n';
const plan = '---\ntitle: T\nshortTitle: T\nkind: service-plan\npartnership: P\narea: A\ninShort: S\nsource: Src\n---\nBody\n';

describe('readContent', () => {
  test('reads valid files into entries whose ids follow their paths', () => {
    const root = contentTree({
      'site.yaml': site,
      'a-plan/plan.mdx': plan,
      'a-plan/actions/do-it.yaml': 'title: Do it\noutcome: feel-safe\norder: 1\n',
    });
    const { content, problems } = readContent(path.join(root, 'content'), root);
    expect(problems).toEqual([]);
    expect(content.plans.map((entry) => entry.id)).toEqual(['a-plan']);
    expect(content.actions[0]).toMatchObject({ id: 'a-plan/actions/do-it', filePath: 'content/a-plan/actions/do-it.yaml' });
  });

  test('names the file, line and field of a schema problem, in words', () => {
    const root = contentTree({
      'site.yaml': site,
      'a-plan/plan.mdx': plan,
      'a-plan/actions/do-it.yaml': 'title: Do it\noutcome: feel-safe\norder: 1\nstatus: done\ncompletionTarget: soon\n',
    });
    const { problems } = readContent(path.join(root, 'content'), root);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/a-plan/actions/do-it.yaml', line: 4, field: 'status', message: expect.stringContaining('"done" is not allowed here. Use one of: "not started"') }),
      expect.objectContaining({ file: 'content/a-plan/actions/do-it.yaml', line: 5, field: 'completionTarget', message: expect.stringContaining('"soon" has no date in it') }),
    ]);
  });

  test('gives frontmatter problems the line in the .mdx file', () => {
    const root = contentTree({ 'site.yaml': site, 'a-plan/plan.mdx': plan.replace('kind: service-plan', 'kind: strategy') });
    const [problem] = readContent(path.join(root, 'content'), root).problems;
    expect(problem).toMatchObject({ file: 'content/a-plan/plan.mdx', line: 4, field: 'kind' });
  });

  test('reports broken YAML, missing frontmatter, bad file names and a missing site.yaml', () => {
    const root = contentTree({
      'a-plan/plan.mdx': 'no frontmatter here\n',
      'a-plan/actions/Bad Name.yaml': 'title: x\n',
      'a-plan/actions/broken.yaml': 'title: "unclosed\noutcome: x\n',
    });
    const messages = readContent(path.join(root, 'content'), root).problems.map((problem) => `${problem.file}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('content/a-plan/plan.mdx: the file must start with a line of three dashes'),
        expect.stringContaining('Bad Name.yaml: the file name "Bad Name"'),
        expect.stringContaining('content/a-plan/actions/broken.yaml: this is not valid YAML'),
        expect.stringContaining('content/site.yaml: this file is missing'),
      ]),
    );
  });

  test('reports a required field that is missing', () => {
    const root = contentTree({ 'site.yaml': site, 'a-plan/plan.mdx': plan, 'a-plan/actions/x.yaml': 'title: X\norder: 1\n' });
    const [problem] = readContent(path.join(root, 'content'), root).problems;
    expect(problem).toMatchObject({ field: 'outcome', message: 'this field is required but missing.' });
  });
});

describe('readSeries', () => {
  test('reads period, value, area, flag and footnote', () => {
    const { rows, problems } = readSeries('\uFEFFperiod,value,area,flag,footnote\r\n2019/20,14.2,Moray,,\r\n2020/21,15,Scotland,provisional,"Survey, first year"\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { period: '2019/20', value: 14.2, area: 'Moray', unit: '', flag: '', footnote: '' },
      { period: '2020/21', value: 15, area: 'Scotland', unit: '', flag: 'provisional', footnote: 'Survey, first year' },
    ]);
  });

  test('names the line and column of a value that is not a number', () => {
    const { problems } = readSeries('period,value\n2019,12\n2020,12%\n');
    expect(problems).toEqual([{ line: 3, field: 'value', message: '"12%": write a plain number, without commas, % or £.' }]);
  });

  test('finds unknown periods, duplicate periods, unknown columns and unknown flags', () => {
    expect(readSeries('period,value\n2019,1\n2019,2\n').problems[0]).toMatchObject({ line: 3, field: 'period' });
    expect(readSeries('period,value\n2019/20,1\n2019-20,2\n').problems[0]).toMatchObject({ line: 3, field: 'period', message: expect.stringContaining('already on line 2') });
    expect(readSeries('period,value,area\n2019,1,Moray\n2019,2,Scotland\n').problems).toEqual([]);
    expect(readSeries('period,value\nSpring 2019,1\n').problems[0]).toMatchObject({ line: 2, field: 'period', message: expect.stringContaining('"Spring" is not a month. Write a year') });
    expect(readSeries('period,value,colour\n2019,1,red\n').problems[0]?.message).toContain('unknown column "colour"');
    expect(readSeries('period,value,flag\n2019,1,guessed\n').problems[0]).toMatchObject({ line: 2, field: 'flag' });
    expect(readSeries('value\n1\n').problems[0]?.message).toContain('including "period"');
  });

  test('reports a row with too many cells instead of crashing', () => {
    const { problems } = readSeries('period,value\n2019,1,extra\n');
    expect(problems[0]?.message).toContain('not a valid CSV file');
  });
});
