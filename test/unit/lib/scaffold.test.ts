import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parsePeriod, type Period } from '../../../src/lib/period';
import {
  actionTemplate,
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
} from '../../../src/lib/scaffold';
import { actionSchema, measureSchema, outcomeSchema, planSchema, prioritySchema, reportSchema } from '../../../src/schemas';
import { ModelContext, NO_EXISTING_PLAN } from '../../../src/lib/import/model-context';

const importedFileName = (title: string) => new ModelContext(NO_EXISTING_PLAN).newId('actions', title, 'action');

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

  test('report: the outcomes and actions listed as comments, none reported until filled in, with the worked example’s headings', () => {
    const template = reportTemplate({ title: 'Progress report: 2021/22 Q2', period: period('2021/22 Q2'), priority: 'better-future', outcomes: ['one', 'two'], actions: ['act'] });
    const report = reportSchema.parse(fieldsOf(template));
    expect(report).toMatchObject({
      priority: 'better-future',
      period: { label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
      overallStatus: { actions: 'not stated', measures: 'not stated' },
      outcomes: [],
      actions: [],
      figures: [],
    });
    expect(template).toContain('#   - outcome: one\n#     ragStatus: ""\n#     commentary: ""\n#   - outcome: two\n');
    expect(template).toContain('#   - action: act\n');
    expect(template.match(/^## .+$/gm)).toEqual(['## Progress summary', '## Progress towards objectives', '## General progress commentary']);
    expect(template).toContain('    <OutcomeProgress outcome="two" />');
    expect(template).not.toContain('priorityManager:\n');
  });

  test('report for a plan with no outcomes yet', () => {
    const report = reportSchema.parse(fieldsOf(reportTemplate({ title: 'x', period: period('March 2022'), outcomes: [] })));
    expect(report.outcomes).toEqual([]);
    expect(report.priority).toBeUndefined();
  });
});
