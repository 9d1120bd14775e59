import { describe, expect, test } from 'vitest';
import { loadRealContent } from './helpers';

const { content, index } = loadRealContent();

function countIn(plan: string) {
  const inPlan = (id: string) => id.startsWith(`${plan}/`);
  return {
    priorities: content.priorities.filter((entry) => inPlan(entry.id)).length,
    outcomes: content.outcomes.filter((entry) => inPlan(entry.id)).length,
    actions: content.actions.filter((entry) => inPlan(entry.id)).length,
    // The plan's own measures; published statistics added for context are counted separately.
    measures: content.measures.filter((entry) => inPlan(entry.id) && !entry.data.context).length,
    reports: content.reports.filter((entry) => inPlan(entry.id)).length,
  };
}

/** What each seed document contains, counted by hand from ../shared/seeds/. */
describe('each seed plan is modelled completely', () => {
  test.each([
    ['moray-csp-2020-23', { priorities: 4, outcomes: 17, actions: 56, measures: 57, reports: 0 }],
    // 4 wellbeing rows, 8 safe-families rows with an action (the permanence row has only measures), 2 key actions for poverty.
    ['moray-loip', { priorities: 1, outcomes: 3, actions: 14, measures: 35, reports: 1 }],
    ['moray-social-work-2020-23', { priorities: 2, outcomes: 8, actions: 10, measures: 22, reports: 0 }],
    ['clackmannanshire-csp-2021-24', { priorities: 5, outcomes: 13, actions: 56, measures: 40, reports: 0 }],
  ])('%s', (plan, expected) => {
    expect(index.planById.has(plan)).toBe(true);
    expect(countIn(plan)).toEqual(expected);
  });

  test('published statistics shown for context are marked as such and come with their figures', () => {
    const context = content.measures.filter((measure) => measure.data.context);
    expect(context).toHaveLength(13);
    for (const measure of context) {
      expect(measure.data.title, measure.filePath).not.toBe('');
      expect(index.seriesByMeasure.has(measure.id), measure.filePath).toBe(true);
    }
  });

  test('the Moray CSP has every improvement aim, including the S3/4 girls\u2019 aim, whose row continues the action above', () => {
    const aims = content.outcomes.filter((outcome) => outcome.id.startsWith('moray-csp-2020-23/')).flatMap((outcome) => outcome.data.improvementAims);
    expect(aims).toHaveLength(34);
    expect(aims.map((aim) => aim.title)).toContain('Increase in the percentage of S3/4 girls reporting high life satisfaction');
  });

  test('the Moray CSP has its seven cross-cutting principles', () => {
    const plan = index.planById.get('moray-csp-2020-23')!;
    expect(plan.data.principles.flatMap((group) => group.principles.map((principle) => principle.title))).toEqual([
      'Co-production and relational based approaches',
      'Strengths based approach',
      'Workforce development',
      'Whole systems approach',
      'Children’s Rights and Participation',
      'Focus on families',
      'Locality focused',
    ]);
  });

  test('Clackmannanshire has its 10 family support principles, 5 Promise principles and 11 key facts', () => {
    const plan = index.planById.get('clackmannanshire-csp-2021-24')!.data;
    expect(plan.principles.map((group) => group.principles.length)).toEqual([10, 5]);
    expect(plan.keyFacts).toHaveLength(11);
    expect(plan.keyFacts.map((fact) => fact.value)).toEqual(expect.arrayContaining([51000, 62.3, 23890, 80.7, 76.6, 27, 25, 96.5, 89.3, 24.7, 34]));
    expect(plan.alternativeFormats).toMatchObject({ phone: '450000', email: 'customerservice@clacks.gov.uk' });
  });

  test('the service plan keeps its resources, services and priority ratings', () => {
    const plan = index.planById.get('moray-social-work-2020-23')!.data;
    expect(plan.resources).toEqual({ budget: { amount: 19276000, text: expect.stringContaining('£19,276,000') }, fte: 148.37 });
    expect(plan.services).toHaveLength(10);
    expect(plan.improvementAreas).toHaveLength(3);
    const ratings = content.actions.filter((action) => action.id.startsWith('moray-social-work-2020-23/')).map((action) => action.data.priorityRating);
    expect(ratings.filter((rating) => rating !== undefined).sort()).toEqual([1, 1, 1, 1, 1, 2, 2, 2]);
  });
});

describe('content stays faithful to the seeds', () => {
  const titles = (kind: 'outcomes' | 'actions' | 'measures' | 'priorities') => content[kind].map((entry) => entry.data.title);

  test.each([
    ['actions', 'Increase the range of foster carers in Moray, particularly those who can care for children and young people with complex needs'],
    ['actions', 'Implement the Icelandic Prevention Model for Alcohol and Drug use in Clackmannanshire.'],
    ['actions', 'Develop a rights-based approach that puts the United Nations Convention on the Rights of the Child (UNCRC) at the centre of everything we do.'],
    ['outcomes', 'Children in Clackmannanshire are safe from harm.'],
    ['outcomes', 'Herd immunity is achieved and sustained'],
    ['outcomes', 'The impact of poverty on children, young people and families is mitigated'],
    ['measures', 'Pathway in place'],
    ['measures', 'Increase % uptake of free ELC for Eligible 2 year olds'],
    ['priorities', 'Children and young people are safe and free from harm'],
  ] as const)('%s include "%s"', (kind, title) => {
    expect(titles(kind)).toContain(title);
  });

  test('completion targets keep the source wording and parse to a range', () => {
    const targets = content.actions.flatMap((action) => (action.data.completionTarget ? [action.data.completionTarget] : []));
    expect(targets.map((target) => target.text)).toEqual(
      expect.arrayContaining(['March 2023 with milestone annual improvements', '2021-26', '2020-2022', 'April 2021', '2022-23']),
    );
    expect(targets.find((target) => target.text === '2021-26')).toMatchObject({ start: '2021-01-01', end: '2026-12-31' });
  });

  test('no action has a status the sources do not give', () => {
    expect(new Set(content.actions.map((action) => action.data.status))).toEqual(new Set(['not stated']));
  });

  test('the Q1 2021/22 report keeps its figures and states no RAG colour', () => {
    const report = index.reportById.get('moray-loip/reports/2021-22-q1')!;
    expect(report.data.deliveryPlanCompletion).toBe(20);
    expect(report.data.overallStatus).toEqual({ actions: 'not stated', measures: 'not stated' });
    expect(report.data.outcomes.map((section) => section.ragStatus)).toEqual(['not stated', 'not stated', 'not stated']);
    expect(report.data.risks).toHaveLength(3);
    expect(report.data.nextSteps.map((step) => step.due)).toEqual(['Submission to Scottish Government by Dec 2021', 'Dec 2021', expect.stringContaining('3')]);
  });

  test('leads are named only where the source names them', () => {
    const leads = new Set(content.actions.flatMap((action) => (action.data.lead ? [action.data.lead] : [])));
    const named = [...leads].filter((lead) => /Joyce Johnston|Andy Doneghan|Boker/.test(lead));
    expect(named.length).toBeGreaterThan(0);
    for (const action of content.actions.filter((entry) => entry.id.startsWith('clackmannanshire-csp-2021-24/') || entry.id.startsWith('moray-csp-2020-23/'))) {
      expect(action.data.lead, action.filePath).toBeUndefined();
    }
  });
});
