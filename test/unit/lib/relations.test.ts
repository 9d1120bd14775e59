import { describe, expect, test } from 'vitest';
import { buildSiteIndex, type Entry, type SiteContent } from '../../../src/lib/relations';
import { actionSchema, measureSchema, outcomeSchema, planSchema, prioritySchema, reportSchema, themeSchema, youngPeoplePageSchema } from '../../../src/schemas';
import type { z } from 'zod';
import { smallComparison } from './compare/small-comparison';

function entry<T>(schema: z.ZodType<T>, id: string, data: unknown, extension: string): Entry<T> {
  const file = id.includes('/') ? `content/${id}.${extension}` : `content/${id}/plan.${extension}`;
  return { id, filePath: file, data: schema.parse(data) };
}

/** A small plan: one priority, one outcome with an aim, one action, two measures and a report. */
function smallPlan(): SiteContent {
  return {
    plans: [entry(planSchema, 'test-plan', { title: 'Test plan', shortTitle: 'Test', kind: 'service-plan', partnership: 'P', area: 'Moray', inShort: 'A plan.', source: 'S' }, 'mdx')],
    priorities: [entry(prioritySchema, 'test-plan/priorities/safe', { title: 'Safe', number: 1, inShort: 'Safe.', measures: ['safe-count'] }, 'mdx')],
    outcomes: [
      entry(outcomeSchema, 'test-plan/outcomes/feel-safe', {
        title: 'Children feel safe', priority: 'safe', order: 1, inShort: 'You feel safe.',
        improvementAims: [{ id: 'less-bullying', title: 'Reduce bullying' }], measures: ['bullying-rate'], themes: ['safe'],
      }, 'mdx'),
    ],
    actions: [entry(actionSchema, 'test-plan/actions/spaces', { title: 'Develop safe spaces', outcome: 'feel-safe', order: 1, improvementAim: 'less-bullying' }, 'yaml')],
    measures: [
      entry(measureSchema, 'test-plan/measures/bullying-rate', { title: 'Bullying rate', kind: 'quantitative' }, 'yaml'),
      entry(measureSchema, 'test-plan/measures/safe-count', { title: 'Safe count', kind: 'qualitative' }, 'yaml'),
    ],
    reports: [
      entry(reportSchema, 'test-plan/reports/q1', {
        title: 'Q1', period: { label: 'Q1', start: '2021-04-01', end: '2021-06-30' }, overallStatus: {}, outcomes: [{ outcome: 'feel-safe' }],
      }, 'mdx'),
    ],
    themes: [entry(themeSchema, 'safe', { title: 'Safe', group: 'SHANARRI', description: 'Safe.' }, 'yaml')],
    glossary: [],
    series: [],
  };
}

describe('buildSiteIndex', () => {
  test('indexes a consistent plan both ways, with no problems', () => {
    const { index, problems } = buildSiteIndex(smallPlan());
    expect(problems).toEqual([]);
    expect(index.outcomesByPriority.get('test-plan/priorities/safe')?.map((outcome) => outcome.id)).toEqual(['test-plan/outcomes/feel-safe']);
    expect(index.actionsByOutcome.get('test-plan/outcomes/feel-safe')?.map((action) => action.id)).toEqual(['test-plan/actions/spaces']);
    expect(index.ownerOfMeasure.get('test-plan/measures/bullying-rate')?.id).toBe('test-plan/outcomes/feel-safe');
    expect(index.ownerOfMeasure.get('test-plan/measures/safe-count')?.id).toBe('test-plan/priorities/safe');
    expect(index.taggedWith.get('safe')).toEqual(['test-plan/outcomes/feel-safe']);
    expect(index.reportsByPlan.get('test-plan')?.map((report) => report.id)).toEqual(['test-plan/reports/q1']);
  });

  test('reports a broken outcome reference with the file, field, bad id and the ids that exist', () => {
    const content = smallPlan();
    content.actions[0]!.data.outcome = 'feel-safer';
    const { problems } = buildSiteIndex(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/test-plan/actions/spaces.yaml', field: 'outcome' });
    expect(problems[0]!.message).toContain('no outcome called "feel-safer"');
    expect(problems[0]!.message).toContain('content/test-plan/outcomes/feel-safer.mdx');
    expect(problems[0]!.message).toContain('"feel-safe"');
  });

  test('reports every problem at once', () => {
    const content = smallPlan();
    content.outcomes[0]!.data.priority = 'unsafe';
    content.outcomes[0]!.data.themes = ['nope'];
    content.priorities[0]!.data.measures = ['missing-measure'];
    content.reports[0]!.data.outcomes = [{ outcome: 'gone', ragStatus: 'not stated' }];
    const { problems } = buildSiteIndex(content);
    const fields = problems.map((problem) => `${problem.file} ${problem.field ?? ''}`.trim());
    expect(fields).toEqual(
      expect.arrayContaining([
        'content/test-plan/outcomes/feel-safe.mdx priority',
        'content/test-plan/outcomes/feel-safe.mdx themes[0]',
        'content/test-plan/priorities/safe.mdx measures[0]',
        'content/test-plan/measures/safe-count.yaml',
        'content/test-plan/reports/q1.mdx outcomes[0].outcome',
      ]),
    );
  });

  test('reports an improvement aim the outcome does not have', () => {
    const content = smallPlan();
    content.actions[0]!.data.improvementAim = ['more-bullying'];
    const [problem] = buildSiteIndex(content).problems;
    expect(problem).toMatchObject({ field: 'improvementAim' });
    expect(problem!.message).toContain('"less-bullying"');
  });

  test('a measure listed by two priorities or outcomes is a problem; a measure listed by none is an orphan', () => {
    const content = smallPlan();
    content.outcomes[0]!.data.measures = ['bullying-rate', 'safe-count'];
    const messages = buildSiteIndex(content).problems.map((problem) => problem.message);
    expect(messages.some((message) => message.includes('the measure "safe-count" is already listed by content/test-plan/priorities/safe.mdx'))).toBe(true);
    content.outcomes[0]!.data.measures = ['bullying-rate'];
    content.priorities[0]!.data.measures = [];
    expect(buildSiteIndex(content).problems.map((problem) => problem.message)).toEqual([expect.stringContaining('no priority, outcome or action lists this measure')]);
  });

  test('the actions of an outcome may list its measures too, as a plan pairs each action with the measures of its row', () => {
    const content = smallPlan();
    content.actions[0]!.data.measures = ['bullying-rate'];
    const { index, problems } = buildSiteIndex(content);
    expect(problems).toEqual([]);
    expect(index.ownerOfMeasure.get('test-plan/measures/bullying-rate')?.id).toBe('test-plan/outcomes/feel-safe');
    expect(index.measuresByOwner.get('test-plan/actions/spaces')?.map((measure) => measure.id)).toEqual(['test-plan/measures/bullying-rate']);
  });

  test('an action may not list a measure of another outcome', () => {
    const content = smallPlan();
    content.outcomes.push(entry(outcomeSchema, 'test-plan/outcomes/other', { title: 'Other', priority: 'safe', order: 2, inShort: 'Other.', measures: [] }, 'mdx'));
    content.actions.push(entry(actionSchema, 'test-plan/actions/elsewhere', { title: 'Elsewhere', outcome: 'other', order: 1, measures: ['bullying-rate'] }, 'yaml'));
    expect(buildSiteIndex(content).problems.map((problem) => problem.message)).toEqual([expect.stringContaining('the measure "bullying-rate" is already listed by content/test-plan/outcomes/feel-safe.mdx')]);
  });

  test('links across plans must point at a real priority or outcome', () => {
    const content = smallPlan();
    content.actions[0]!.data.contributesTo = ['test-plan/outcomes/feel-safe', 'other-plan/outcomes/nowhere'];
    const { index, problems } = buildSiteIndex(content);
    expect(problems.map((problem) => problem.field)).toEqual(['contributesTo[1]']);
    expect(index.contributedBy.get('test-plan/outcomes/feel-safe')).toEqual(['test-plan/actions/spaces']);
  });

  test('duplicate priority numbers and a folder without plan.mdx are problems', () => {
    const content = smallPlan();
    content.priorities.push(entry(prioritySchema, 'test-plan/priorities/safe-again', { title: 'Again', number: 1, inShort: 'x' }, 'mdx'));
    content.priorities.push(entry(prioritySchema, 'no-plan/priorities/lost', { title: 'Lost', number: 1, inShort: 'x' }, 'mdx'));
    const messages = buildSiteIndex(content).problems.map((problem) => problem.message);
    expect(messages.some((message) => message.includes('priority number 1 is also used by'))).toBe(true);
    expect(messages.some((message) => message.includes('content/no-plan/, which has no plan.mdx'))).toBe(true);
  });

  test('a data file needs a quantitative measure beside it', () => {
    const content = smallPlan();
    const rows = [{ period: '2021', value: 1, area: '', unit: '', flag: '' as const, footnote: '' }];
    content.series = [
      { id: 'test-plan/measures/safe-count', filePath: 'content/test-plan/measures/safe-count.csv', data: { measure: 'test-plan/measures/safe-count', rows } },
      { id: 'test-plan/measures/ghost', filePath: 'content/test-plan/measures/ghost.csv', data: { measure: 'test-plan/measures/ghost', rows } },
    ];
    const messages = buildSiteIndex(content).problems.map((problem) => problem.message);
    expect(messages[0]).toContain('only quantitative measures have figures');
    expect(messages[1]).toContain('there is no ghost.yaml beside it');
  });

  test('a chart placed in MDX must name a measure with figures', () => {
    const content = smallPlan();
    content.embeds = [
      { filePath: 'content/test-plan/plan.mdx', line: 12, measure: 'test-plan/measures/bullying-rate' },
      { filePath: 'content/test-plan/plan.mdx', line: 14, measure: 'test-plan/measures/nothing' },
    ];
    const problems = buildSiteIndex(content).problems;
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [12, 'MeasureChart'],
      [14, 'MeasureChart'],
    ]);
    expect(problems[0]!.message).toContain('has no figures yet');
    expect(problems[1]!.message).toContain('there is no measure "test-plan/measures/nothing"');
  });

  test('every figure must be in its measure’s unit', () => {
    const content = smallPlan();
    content.measures[0]!.data.unit = '%';
    const row = { period: '2021', value: 1, area: '', unit: '', flag: '' as const, footnote: '' };
    content.series = [
      { id: 'test-plan/measures/bullying-rate', filePath: 'content/test-plan/measures/bullying-rate.csv', data: { measure: 'test-plan/measures/bullying-rate', rows: [row, { ...row, period: '2022', unit: '£' }] } },
    ];
    const [problem] = buildSiteIndex(content).problems;
    expect(problem).toMatchObject({ file: 'content/test-plan/measures/bullying-rate.csv', field: 'unit' });
    expect(problem!.message).toContain('a figure for 2022 is in "£", but the measure');
  });

  test('a report’s updates must name the plan’s own actions, outcomes and quantitative measures, once each', () => {
    const content = smallPlan();
    content.reports[0] = entry(reportSchema, 'test-plan/reports/q1', {
      title: 'Q1',
      period: { label: 'Q1', start: '2021-04-01', end: '2021-06-30' },
      overallStatus: {},
      outcomes: [{ outcome: 'feel-safe' }, { outcome: 'feel-safe' }],
      actions: [{ action: 'spaces', status: 'complete' }, { action: 'space', status: 'complete' }],
      figures: [
        { measure: 'safe-count', period: '2021/22 Q1', value: 1 },
        { measure: 'bullying-rate', period: '2021/22 Q1', value: 1 },
        { measure: 'bullying-rate', period: '2021/22 Q1', value: 2 },
      ],
    }, 'mdx');
    const { problems } = buildSiteIndex(content);
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['outcomes[1].outcome', expect.stringContaining('the outcome "feel-safe" is listed twice')],
      ['actions[1].action', expect.stringContaining('there is no action called "space" in this plan. Did you mean "spaces"?')],
      ['figures[0].measure', expect.stringContaining('the measure "safe-count" is of kind "qualitative", and only quantitative measures have figures')],
      ['figures[2].period', expect.stringContaining('the figure for "bullying-rate" in 2021/22 Q1 is given twice')],
    ]);
  });

  test('a report’s figures join the measure’s series, and must agree with its CSV file', () => {
    const content = smallPlan();
    content.series = [{ id: 'test-plan/measures/bullying-rate', filePath: 'content/test-plan/measures/bullying-rate.csv', data: { measure: 'test-plan/measures/bullying-rate', rows: [{ period: '2020/21', value: 5, area: '', unit: '', flag: '', footnote: '' }] } }];
    const withFigures = (figures: unknown[]) =>
      entry(reportSchema, 'test-plan/reports/q1', { title: 'Q1', period: { label: 'Q1', start: '2021-04-01', end: '2021-06-30' }, overallStatus: {}, figures }, 'mdx');

    content.reports[0] = withFigures([{ measure: 'bullying-rate', period: '2021/22 Q1', value: 4 }, { measure: 'bullying-rate', period: '2020/21', value: 5 }]);
    const { index, problems } = buildSiteIndex(content);
    expect(problems).toEqual([]);
    expect(index.seriesByMeasure.get('test-plan/measures/bullying-rate')!.data.rows.map((row) => [row.period, row.value, row.footnote])).toEqual([
      ['2020/21', 5, ''],
      ['2021/22 Q1', 4, 'From Q1.'],
    ]);

    content.reports[0] = withFigures([{ measure: 'bullying-rate', period: '2020/21', value: 6 }]);
    const conflict = buildSiteIndex(content).problems;
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ file: 'content/test-plan/reports/q1.mdx', field: 'figures' });
    expect(conflict[0]!.message).toContain('content/test-plan/measures/bullying-rate.csv gives 5');
  });

  test('an outcome section in a report body must be in the report’s outcomes list, and only reports have them', () => {
    const content = smallPlan();
    content.outcomeSections = [
      { filePath: 'content/test-plan/reports/q1.mdx', id: 'test-plan/reports/q1', line: 12, outcome: 'feel-safe' },
      { filePath: 'content/test-plan/reports/q1.mdx', id: 'test-plan/reports/q1', line: 20, outcome: 'feel-safer' },
      { filePath: 'content/test-plan/outcomes/feel-safe.mdx', id: 'test-plan/outcomes/feel-safe', line: 3, outcome: 'feel-safe' },
    ];
    const { problems } = buildSiteIndex(content);
    expect(problems.map((problem) => [problem.file, problem.line, problem.field])).toEqual([
      ['content/test-plan/reports/q1.mdx', 20, 'OutcomeProgress'],
      ['content/test-plan/outcomes/feel-safe.mdx', 3, 'OutcomeProgress'],
    ]);
    expect(problems[0]!.message).toContain('"feel-safer" is not in this report’s `outcomes` list'.replace('’', "'"));
  });

  test('the young people page must name real plans', () => {
    const content = smallPlan();
    content.youngPeople = entry(youngPeoplePageSchema, 'young-people', {
      title: 'For young people',
      inShort: 'For you.',
      haveASay: [{ plan: 'test-plan', ways: ['Youth Council'] }],
      rights: [{ title: 'Article 12', text: 'Your views count.', plan: 'test-plann' }],
    }, 'mdx');
    content.youngPeople.filePath = 'content/young-people.mdx';
    const { problems } = buildSiteIndex(content);
    expect(problems).toEqual([
      { file: 'content/young-people.mdx', field: 'rights[0].plan', message: expect.stringContaining('there is no plan called "test-plann". Did you mean "test-plan"?') },
    ]);
  });
});


describe('measures that name an LGBF indicator', () => {
  /** The small plan, for the council "Aberglen", with the small comparison and a measure naming `code`. */
  function withIndicator(code: string): SiteContent {
    const content = smallPlan();
    content.plans[0]!.data.area = 'aberglen';
    content.measures[0]!.data.indicator = code;
    content.comparison = smallComparison();
    return content;
  }

  test('are linked to their indicator, and the plan to the council its area is', () => {
    const { index, problems } = buildSiteIndex(withIndicator('SHR1'));
    expect(problems).toEqual([]);
    expect(index.indicatorOfMeasure.get('test-plan/measures/bullying-rate')?.code).toBe('SHR1');
    expect(index.councilOfPlan.get('test-plan')?.name).toBe('Aberglen');
    expect(index.comparison?.indicators).toHaveLength(3);
  });

  test('an indicator the comparison data does not have is named, with the nearest code and the fix', () => {
    const { problems } = buildSiteIndex(withIndicator('SHR2'));
    expect(problems).toEqual([
      {
        file: 'content/test-plan/measures/bullying-rate.yaml',
        field: 'indicator',
        message: 'there is no indicator "SHR2" in content/comparison/lgbf-indicators.csv. Did you mean "SHR1"? Write the LGBF code as that file does. The indicators are: "SHR1", "GAP1", "CST1".',
      },
    ]);
  });

  test('an indicator in a plan whose area is not a council is named, with the council it may mean and the fix', () => {
    const content = withIndicator('SHR1');
    content.plans[0]!.data.area = 'Aber';
    const { problems } = buildSiteIndex(content);
    expect(problems).toEqual([
      {
        file: 'content/test-plan/measures/bullying-rate.yaml',
        field: 'indicator',
        message:
          'this names the LGBF indicator "SHR1", but its plan\u2019s area, "Aber" (the `area` of content/test-plan/plan.mdx), is not a council in content/comparison/lgbf-council-groups.csv, so its page cannot say how the area compares. Did you mean "Aberglen"? Write the plan\u2019s area as that file names the council, or remove the `indicator` field.',
      },
    ]);
  });

  test('an indicator on a site with no comparison data says what to add', () => {
    const content = withIndicator('SHR1');
    delete content.comparison;
    const { problems } = buildSiteIndex(content);
    expect(problems).toEqual([{ file: 'content/test-plan/measures/bullying-rate.yaml', field: 'indicator', message: expect.stringContaining('the site has no comparison data (content/comparison/)') }]);
  });
});
