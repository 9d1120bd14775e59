import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COMPARISON_FILES, readComparison } from '../../../src/integrations/read-comparison';
import { readContent } from '../../../src/integrations/read-content';
import { projectRoot } from '../../content/helpers';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project whose content/ holds a copy of the real comparison folder, changed by `change`. */
function projectWith(change: (comparisonDir: string) => void = () => {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-comparison-'));
  roots.push(root);
  cpSync(path.join(projectRoot, 'content', 'comparison'), path.join(root, 'content', 'comparison'), { recursive: true });
  change(path.join(root, 'content', 'comparison'));
  return root;
}

const edit = (file: string, replace: (text: string) => string) => (dir: string) => writeFileSync(path.join(dir, file), replace(readFileSync(path.join(dir, file), 'utf8')));

describe('readComparison', () => {
  test('reads the real comparison data: 37 indicators, 32 councils, every figure, and no problems', () => {
    const { comparison, problems, warnings, read } = readComparison(path.join(projectRoot, 'content'), projectRoot);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(read.sort()).toEqual(Object.values(COMPARISON_FILES).sort());
    expect(comparison!.indicators).toHaveLength(37);
    expect(comparison!.councils).toHaveLength(32);
    expect(comparison!.figures).toHaveLength(10_024);
    expect(comparison!.files.figures).toBe('content/comparison/lgbf-children-all-councils.csv');
    expect(comparison!.source).toMatchObject({ repository: 'Improvement-Service/LGBF_Analysis', commit: '8b78b630c60dcbaf57ea66f034d0bbf1a37993e9', latestYear: '2020-21', decimalPlaces: 2 });
  });

  test('a site without content/comparison/ has no comparison, and that is no problem', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'plansite-comparison-'));
    roots.push(root);
    mkdirSync(path.join(root, 'content'));
    expect(readComparison(path.join(root, 'content'), root)).toEqual({ problems: [], warnings: [], read: [], indicatorCodes: [] });
  });

  test('a folder missing one of its files names the file', () => {
    const root = projectWith((dir) => rmSync(path.join(dir, 'source.yaml')));
    const { comparison, problems } = readComparison(path.join(root, 'content'), root);
    expect(comparison).toBeUndefined();
    expect(problems).toEqual([{ file: 'content/comparison/source.yaml', message: expect.stringContaining('this file is missing. Comparing councils needs all five files in content/comparison/') }]);
  });

  test('a problem in one file is reported in that file, with no knock-on problems from the checks across files', () => {
    const root = projectWith(edit('lgbf-council-groups.csv', (text) => text.replace('Moray,Mixed,3,4', 'Moray,Mixed,three,4')));
    const { problems, indicatorCodes } = readComparison(path.join(root, 'content'), root);
    expect(indicatorCodes).toHaveLength(37);
    expect(problems).toEqual([
      { file: 'content/comparison/lgbf-council-groups.csv', line: 21, field: 'deprivation_group', message: '"three": write a whole number from 1 to 4 (1 is the most deprived, 4 the least).' },
    ]);
  });

  test('indicators.yaml is read like every YAML file: its schema problems at their lines', () => {
    const root = projectWith(edit('indicators.yaml', (text) => text.replace('  betterDirection: decrease\n  reason: "A lower share means fewer children live in poverty', '  betterDirection: lower\n  reason: "A lower share means fewer children live in poverty')));
    const [problem, ...others] = readComparison(path.join(root, 'content'), root).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/comparison/indicators.yaml', field: 'CHN24.betterDirection', message: '"lower" is not allowed here. Use one of: "increase", "decrease", "none".' });
    expect(readFileSync(path.join(root, 'content/comparison/indicators.yaml'), 'utf8').split('\n')[problem!.line! - 1]).toBe('  betterDirection: lower');
  });
});

describe('readContent', () => {
  test('holds the comparison, and counts its files as read', () => {
    const { content, problems } = readContent(path.join(projectRoot, 'content'), projectRoot);
    expect(content.comparison?.indicators).toHaveLength(37);
    expect(problems.filter((problem) => problem.file.startsWith('content/comparison/'))).toEqual([]);
  });

  test('reports a file in content/comparison/ that nothing reads', () => {
    const root = projectWith((dir) => writeFileSync(path.join(dir, 'extra.csv'), 'a,b\n1,2\n'));
    writeFileSync(path.join(root, 'content', 'site.yaml'), 'title: T\ndescription: D\npublisher: P\naccessibilityContact: { text: "Tell us.", email: access@example.gov.uk }\n');
    const { problems } = readContent(path.join(root, 'content'), root);
    expect(problems).toEqual([{ file: 'content/comparison/extra.csv', message: expect.stringContaining('this file is not in a place the site reads') }]);
  });
});
