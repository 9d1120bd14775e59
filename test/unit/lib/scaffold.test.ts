import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parsePeriod, type Period } from '../../../src/lib/period';
import {
  actionTemplate,
  editFrontmatter,
  measureTemplate,
  nextNumber,
  outcomeTemplate,
  pageAddress,
  planTemplate,
  priorityTemplate,
  reportSlug,
  reportTemplate,
  slugFromTitle,
  uniqueSlug,
  withMeasureListed,
} from '../../../src/lib/scaffold';
import { actionSchema, measureSchema, outcomeSchema, planSchema, prioritySchema, reportSchema } from '../../../src/schemas';
import { slugFromTitle as importedFileName } from '../../../src/lib/spreadsheet-import';

describe('file names', () => {
  test('a file name from a title keeps its first meaningful words, plain and lower-case', () => {
    expect(slugFromTitle('Open two new youth cafés in Elgin and Buckie')).toBe('open-two-new-youth-cafes-elgin');
    expect(slugFromTitle('The impact of poverty is mitigated')).toBe('impact-poverty-mitigated');
    expect(slugFromTitle("Moray Children's Services Plan 2024–27")).toBe('moray-childrens-services-plan-2024-27');
    expect(slugFromTitle('Priority 3: "Safe" — homes & families!')).toBe('priority-3-safe-homes-families');
    expect(slugFromTitle('A')).toBe('a');
    expect(slugFromTitle('!!!')).toBe('untitled');
  });

  test('a title gives the same file name from npm run new as from a spreadsheet import', () => {
    for (const title of ['Support all families within Moray who have been affected', 'Those who are care experienced can access this', 'The impact of poverty is mitigated']) {
      expect(slugFromTitle(title)).toBe(importedFileName(title));
    }
    expect(slugFromTitle('Support all families within Moray who have been affected')).toBe('support-families-moray-affected');
  });

  test('a long title is cut at a whole word, within 60 characters', () => {
    const slug = slugFromTitle('Interdisciplinary multiagency collaborative transformational improvement programmes everywhere');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('interdisciplinary-multiagency-collaborative-transformational');
    expect(slugFromTitle('x'.repeat(80))).toHaveLength(60);
    expect(slugFromTitle('Supercalifragilisticexpialidocious '.repeat(4))).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('a name already taken gets -2, -3 …', () => {
    const taken = new Set(['cafes', 'cafes-2']);
    expect(uniqueSlug('cafes', (name) => taken.has(name))).toBe('cafes-3');
    expect(uniqueSlug('other', (name) => taken.has(name))).toBe('other');
  });

  test('report files are named after every word of their period', () => {
    expect(reportSlug('2021/22 Q2')).toBe('2021-22-q2');
    expect(reportSlug('March 2022')).toBe('march-2022');
    expect(reportSlug('Q1 2023')).toBe('q1-2023');
  });

  test('the next number follows the highest in use', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([1, 4, 2])).toBe(5);
  });

  test('a page address is the plan, folder and file name between slashes', () => {
    expect(pageAddress('moray-loip')).toBe('/moray-loip/');
    expect(pageAddress('moray-loip', 'actions', 'youth-cafes')).toBe('/moray-loip/actions/youth-cafes/');
  });
});

describe('adding a measure to its owner', () => {
  const owner = `# The outcome.
title: "A title that is long enough that a YAML printer with its default settings would wrap it onto two lines"
priority: better-future   # a comment on the same line
order: 1

measures:
  - first-measure # the first
themes: [safe]
`;

  test('appends to the list and keeps every other line exactly as written', () => {
    const result = withMeasureListed(owner, 'second-measure');
    expect(result).toEqual({ ok: true, text: owner.replace('  - first-measure # the first\n', '  - first-measure # the first\n  - second-measure\n') });
  });

  test('turns an empty [] into a list with one measure per line, and adds a list where there is none', () => {
    expect(withMeasureListed('title: x\nmeasures: []\nthemes: []\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\nthemes: []\n' });
    expect(withMeasureListed('title: x\nmeasures: [] # none yet\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new # none yet\n' });
    expect(withMeasureListed('title: x\nmeasures:\nthemes: []\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\nthemes: []\n' });
    expect(withMeasureListed('title: x\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\n' });
    expect(withMeasureListed('title: x', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\n' });
  });

  test('keeps a list written on one line on one line, and keeps Windows line endings', () => {
    expect(withMeasureListed('measures: [a, b]   # two\n', 'new')).toEqual({ ok: true, text: 'measures: [a, b, new]   # two\n' });
    expect(withMeasureListed('title: x\r\nmeasures:\r\n    - a\r\nthemes: []\r\n', 'new')).toEqual({ ok: true, text: 'title: x\r\nmeasures:\r\n    - a\r\n    - new\r\nthemes: []\r\n' });
  });

  test('does not list a measure twice, and says when the list cannot be edited', () => {
    expect(withMeasureListed(owner, 'first-measure')).toEqual({ ok: true, text: owner });
    expect(withMeasureListed('measures: first\n', 'new')).toEqual({ ok: false, error: 'its `measures:` is not a list' });
    expect(withMeasureListed('title: "unclosed\n', 'new').ok).toBe(false);
  });

  test('edits only the fields at the top of an .mdx file, keeping its text', () => {
    const mdx = '---\ntitle: x\nmeasures: []\n---\n\nSome text.\n\n---\n\nMore text after a rule.\n';
    expect(editFrontmatter(mdx, (yaml) => withMeasureListed(yaml, 'new'))).toEqual({
      ok: true,
      text: '---\ntitle: x\nmeasures:\n  - new\n---\n\nSome text.\n\n---\n\nMore text after a rule.\n',
    });
    expect(editFrontmatter('No fields here.\n', (yaml) => ({ ok: true, text: yaml })).ok).toBe(false);
  });
});

/** The fields of a template, as the site reads them. */
function fieldsOf(template: string): unknown {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(template);
  return parse(frontmatter ? frontmatter[1]! : template);
}

/** The lines of a template that are not comments. */
function uncommentedLines(template: string): string[] {
  return template.split('\n').filter((line) => !/^\s*#/.test(line));
}

const period = (label: string): Period => {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('templates are valid as they stand', () => {
  test('plan', () => {
    const template = planTemplate({ title: 'Testshire Children’s Services Plan 2024–27', shortTitle: 'Testshire CSP', kind: 'childrens-services-plan', partnership: 'Testshire "Partnership": all of us', area: 'Testshire' });
    const plan = planSchema.parse(fieldsOf(template));
    expect(plan).toMatchObject({ shortTitle: 'Testshire CSP', partnership: 'Testshire "Partnership": all of us', source: 'Testshire Children’s Services Plan 2024–27' });
    expect(plan.period).toBeUndefined();
    expect(template).toMatch(/^# period: ""$/m);
  });

  test('priority', () => {
    expect(prioritySchema.parse(fieldsOf(priorityTemplate({ title: 'Safe homes', number: 3 })))).toMatchObject({ title: 'Safe homes', number: 3, measures: [] });
  });

  test('outcome', () => {
    expect(outcomeSchema.parse(fieldsOf(outcomeTemplate({ title: 'Children feel safe', priority: 'safe', order: 2 })))).toMatchObject({ priority: 'safe', order: 2, improvementAims: [] });
  });

  test('action: no status, date or lead is filled in; an aim is used when given and offered when not', () => {
    const withoutAim = actionTemplate({ title: 'Open two youth cafés', outcome: 'wellbeing', order: 4, outcomeAims: ['aim-one', 'aim-two'] });
    const action = actionSchema.parse(fieldsOf(withoutAim));
    expect(action).toMatchObject({ outcome: 'wellbeing', order: 4, status: 'not stated' });
    // The site reads the aim (or aims) as a list: none given is an empty one.
    expect(action.improvementAim).toEqual([]);
    expect(withoutAim).toContain('one of: aim-one, aim-two');
    expect(uncommentedLines(withoutAim).join('\n')).not.toMatch(/^(status|completionTarget|lead|improvementAim):/m);
    const withAim = actionTemplate({ title: 'x', outcome: 'wellbeing', order: 1, aim: 'aim-two', outcomeAims: ['aim-one', 'aim-two'] });
    expect(actionSchema.parse(fieldsOf(withAim)).improvementAim).toEqual(['aim-two']);
  });

  test.each(['quantitative', 'milestone', 'qualitative'])('%s measure', (kind) => {
    const template = measureTemplate({ title: 'Young people using youth cafés', kind, order: 2 });
    const measure = measureSchema.parse(fieldsOf(template));
    expect(measure).toMatchObject({ kind, order: 2, betterDirection: 'not stated' });
    expect(measure.baseline).toBeUndefined();
    expect(measure.milestone).toBeUndefined();
  });

  test('report: every outcome listed as "not stated", with the worked example’s headings', () => {
    const template = reportTemplate({ title: 'Progress report: 2021/22 Q2', period: period('2021/22 Q2'), priority: 'better-future', outcomes: ['one', 'two'] });
    const report = reportSchema.parse(fieldsOf(template));
    expect(report).toMatchObject({
      priority: 'better-future',
      period: { label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
      overallStatus: { actions: 'not stated', measures: 'not stated' },
      outcomes: [
        { outcome: 'one', ragStatus: 'not stated' },
        { outcome: 'two', ragStatus: 'not stated' },
      ],
      actions: [],
      figures: [],
    });
    expect(template.match(/^## .+$/gm)).toEqual(['## Progress summary', '## Progress towards objectives', '## General progress commentary']);
    expect(template).toContain('<OutcomeProgress outcome="two" />');
    expect(template).not.toContain('priorityManager:\n');
  });

  test('report for a plan with no outcomes yet', () => {
    const report = reportSchema.parse(fieldsOf(reportTemplate({ title: 'x', period: period('March 2022'), outcomes: [] })));
    expect(report.outcomes).toEqual([]);
    expect(report.priority).toBeUndefined();
  });
});
