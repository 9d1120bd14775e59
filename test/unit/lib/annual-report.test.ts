import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { composeAnnualReport, reportingYearFromId, reportingYearOf, reportingYears, type AnnualReport } from '../../../src/lib/annual-report';
import { coverageOf } from '../../../src/lib/annual-report/coverage';
import { buildSiteIndex, type Entry, type SiteContent } from '../../../src/lib/relations';
import { actionSchema, measureSchema, outcomeSchema, planSchema, prioritySchema, reportSchema, seriesRowSchema } from '../../../src/schemas';
import { loadRealContent } from '../../content/helpers';

function entry<T>(schema: z.ZodType<T>, id: string, data: unknown): Entry<T> {
  return { id, filePath: `content/${id}`, data: schema.parse(data) };
}

const series = (measure: string, rows: Array<[period: string, value: string, area?: string]>) => ({
  id: `city/measures/${measure}`,
  filePath: `content/city/measures/${measure}.csv`,
  data: { measure: `city/measures/${measure}`, rows: rows.map(([period, value, area = '']) => seriesRowSchema.parse({ period, value, area })) },
});

const report = (slug: string, label: string, start: string, end: string, data: Record<string, unknown> = {}) =>
  entry(reportSchema, `city/reports/${slug}`, { title: `Report ${label}`, period: { label, start, end }, overallStatus: {}, ...data });

const q1 = report('2021-22-q1', '2021/22 Q1', '2021-04-01', '2021-06-30', {
  outcomes: [{ outcome: 'safe', ragStatus: 'amber', commentary: 'Slow start.' }, { outcome: 'heard' }],
  actions: [{ action: 'clubs', status: 'in progress', commentary: 'Begun.' }],
  figures: [{ measure: 'rate', period: '2021/22 Q1', value: 40 }],
  risks: [{ risk: 'Staff capacity is limited.', mitigation: 'Review priorities.' }, { risk: 'Funding ends in March.' }],
  nextSteps: [{ target: 'Open two clubs', due: 'September 2021' }],
  deliveryPlanCompletion: 20,
  changeRequests: 'None',
});
const q2 = report('2021-22-q2', '2021/22 Q2', '2021-07-01', '2021-09-30', {
  outcomes: [{ outcome: 'safe', ragStatus: 'green' }],
  actions: [{ action: 'spaces', status: 'complete' }, { action: 'clubs', commentary: 'Two clubs open.' }],
  risks: [{ risk: 'Staff capacity\nis limited.', mitigation: 'Review priorities.' }, { risk: 'A new building is late.', mitigation: 'Use the school hall.' }],
  nextSteps: [{ target: 'Evaluate the clubs' }, { target: 'Survey young people', comment: 'With the youth council.' }],
  deliveryPlanCompletion: 45,
});
const nextYear = report('2022-23-q1', '2022/23 Q1', '2022-04-01', '2022-06-30', { actions: [{ action: 'later', status: 'complete' }] });

function city(kind = 'local-outcomes-improvement-plan'): SiteContent {
  return {
    plans: [entry(planSchema, 'city', { title: 'City plan', shortTitle: 'City', kind, partnership: 'P', area: 'Anytown', inShort: 'A plan.', source: 'S' })],
    priorities: [
      entry(prioritySchema, 'city/priorities/thrive', { title: 'Thrive', number: 2, inShort: 'Thrive.' }),
      entry(prioritySchema, 'city/priorities/safe-heard', { title: 'Safe and heard', number: 1, inShort: 'Safe.', measures: ['old'] }),
    ],
    outcomes: [
      entry(outcomeSchema, 'city/outcomes/well', { title: 'Well', priority: 'thrive', order: 1, inShort: 'Well.', measures: ['pathway'] }),
      entry(outcomeSchema, 'city/outcomes/heard', { title: 'Heard', priority: 'safe-heard', order: 2, inShort: 'Heard.', measures: ['rate'] }),
      entry(outcomeSchema, 'city/outcomes/safe', { title: 'Safe', priority: 'safe-heard', order: 1, inShort: 'Safe.', measures: ['count'] }),
    ],
    actions: [
      entry(actionSchema, 'city/actions/clubs', { title: 'Clubs', outcome: 'safe', order: 1, status: 'not started', completionTarget: 'December 2021' }),
      entry(actionSchema, 'city/actions/spaces', { title: 'Spaces', outcome: 'safe', order: 2, status: 'in progress' }),
      entry(actionSchema, 'city/actions/survey', { title: 'Survey', outcome: 'heard', order: 1, status: 'in progress', completionTarget: 'June 2022' }),
      entry(actionSchema, 'city/actions/advice', { title: 'Advice', outcome: 'well', order: 1, status: 'on hold' }),
      entry(actionSchema, 'city/actions/later', { title: 'Later', outcome: 'well', order: 2 }),
    ],
    measures: [
      entry(measureSchema, 'city/measures/pathway', { title: 'Pathway in place', kind: 'milestone' }),
      entry(measureSchema, 'city/measures/count', { title: 'Count', kind: 'quantitative', betterDirection: 'increase', unit: 'number' }),
      entry(measureSchema, 'city/measures/rate', { title: 'Rate', kind: 'quantitative', betterDirection: 'decrease', unit: '%' }),
      entry(measureSchema, 'city/measures/old', { title: 'Old', kind: 'quantitative', betterDirection: 'increase' }),
    ],
    reports: [q2, nextYear, q1],
    themes: [],
    glossary: [],
    series: [
      series('count', [['2020/21', '10'], ['2021/22 Q1', '11'], ['2021/22 Q1', '50', 'Scotland'], ['2021/22 Q2', '13'], ['2022/23', '20']]),
      series('rate', [['March 2022', '39']]),
      series('old', [['2019/20', '5']]),
    ],
  };
}

function compose(today: string, content = city()): AnnualReport {
  const { index, problems } = buildSiteIndex(content);
  expect(problems).toEqual([]);
  return composeAnnualReport(index, 'city', '2021-22', today);
}

describe('reporting years', () => {
  test.each([
    ['2021-03-31', '2020-21', '2020/21', '2020-04-01', '2021-03-31'],
    ['2021-04-01', '2021-22', '2021/22', '2021-04-01', '2022-03-31'],
    ['2022-01-15', '2021-22', '2021/22', '2021-04-01', '2022-03-31'],
    ['2021-12-31', '2021-22', '2021/22', '2021-04-01', '2022-03-31'],
    ['1999-06-01', '1999-00', '1999/00', '1999-04-01', '2000-03-31'],
  ])('%s is in the year %s', (day, id, label, start, end) => {
    expect(reportingYearOf(day)).toEqual({ id, label, start, end });
  });

  test.each([
    ['2021-22', '2021-04-01'],
    ['2021-23', undefined],
    ['2021/22', undefined],
    ['21-22', undefined],
  ])('the year id %s', (id, start) => {
    expect(reportingYearFromId(id)?.start).toBe(start);
  });

  test('the years in which a report starts, oldest first, each once', () => {
    expect(reportingYears([nextYear, q2, q1]).map((year) => year.id)).toEqual(['2021-22', '2022-23']);
    expect(reportingYears([report('jan', '2022 Q1', '2022-01-01', '2022-03-31')]).map((year) => year.id)).toEqual(['2021-22']);
  });
});

describe('coverage', () => {
  const year = reportingYearOf('2021-04-01');
  const quarter = (label: string, start: string, end: string) => ({ label, start, end });

  test('one quarter reported leaves three missing', () => {
    const coverage = coverageOf(year, [quarter('Q1', '2021-04-01', '2021-06-30')], '2022-05-01');
    expect(coverage.quarters.map((entry) => [entry.label, entry.months, entry.state, entry.reportedIn])).toEqual([
      ['2021/22 Q1', 'April to June 2021', 'reported', ['Q1']],
      ['2021/22 Q2', 'July to September 2021', 'not reported', []],
      ['2021/22 Q3', 'October to December 2021', 'not reported', []],
      ['2021/22 Q4', 'January to March 2022', 'not reported', []],
    ]);
    expect(coverage).toMatchObject({ reported: ['Q1'], missingQuarters: ['2021/22 Q2', '2021/22 Q3', '2021/22 Q4'], complete: false, yearState: 'ended' });
  });

  test('four quarters make the year complete', () => {
    const periods = [
      quarter('Q1', '2021-04-01', '2021-06-30'),
      quarter('Q2', '2021-07-01', '2021-09-30'),
      quarter('Q3', '2021-10-01', '2021-12-31'),
      quarter('Q4', '2022-01-01', '2022-03-31'),
    ];
    expect(coverageOf(year, periods, '2022-05-01')).toMatchObject({ missingQuarters: [], complete: true });
  });

  test.each([
    ['a half-year report covers two quarters', quarter('H1', '2021-04-01', '2021-09-30'), ['reported', 'reported', 'not reported', 'not reported']],
    ['a one-month report covers part of a quarter', quarter('May', '2021-05-01', '2021-05-31'), ['partly reported', 'not reported', 'not reported', 'not reported']],
    ['a whole-year report covers all four', quarter('Year', '2021-04-01', '2022-03-31'), ['reported', 'reported', 'reported', 'reported']],
    ['a report running past the year counts only its months in the year', quarter('Long', '2022-01-01', '2022-06-30'), ['not reported', 'not reported', 'not reported', 'reported']],
  ])('%s', (_, period, states) => {
    expect(coverageOf(year, [period], '2022-05-01').quarters.map((entry) => entry.state)).toEqual(states);
  });

  test.each([
    ['2021-03-31', 'not started', [false, false, false, false]],
    ['2021-10-01', 'in progress', [true, true, false, false]],
    ['2022-03-31', 'in progress', [true, true, true, false]],
    ['2022-04-01', 'ended', [true, true, true, true]],
  ])('on %s the year is %s', (today, state, ended) => {
    const coverage = coverageOf(year, [], today);
    expect(coverage.yearState).toBe(state);
    expect(coverage.quarters.map((entry) => entry.ended)).toEqual(ended);
  });
});

describe('composeAnnualReport', () => {
  test('takes the year’s reports, oldest first, and shows which quarters they cover', () => {
    const annual = compose('2022-06-01');
    expect(annual.reports.map((entry) => entry.id)).toEqual(['city/reports/2021-22-q1', 'city/reports/2021-22-q2']);
    expect(annual.coverage).toMatchObject({ reported: ['2021/22 Q1', '2021/22 Q2'], missingQuarters: ['2021/22 Q3', '2021/22 Q4'], complete: false, yearState: 'ended' });
    expect(annual.asAt).toBe('2022-03-31');
    expect(annual.year.label).toBe('2021/22');
  });

  test('gives every outcome, by priority in plan order, its RAG in each report, telling “no RAG” from “not covered”', () => {
    const outcomes = compose('2022-06-01').outcomes;
    expect(outcomes.map(({ priority, outcomes: list }) => [priority.id, list.map(({ outcome }) => outcome.id)])).toEqual([
      ['city/priorities/safe-heard', ['city/outcomes/safe', 'city/outcomes/heard']],
      ['city/priorities/thrive', ['city/outcomes/well']],
    ]);
    const [safe, heard] = outcomes[0]!.outcomes;
    expect(safe!.reports).toEqual([
      { periodLabel: '2021/22 Q1', ragStatus: 'amber', listed: true, commentary: 'Slow start.' },
      { periodLabel: '2021/22 Q2', ragStatus: 'green', listed: true, commentary: undefined },
    ]);
    expect(heard!.reports.map(({ ragStatus, listed }) => [ragStatus, listed])).toEqual([['not stated', true], ['not stated', false]]);
  });

  const groups = (annual: AnnualReport) => Object.fromEntries(annual.actions.map(({ group, actions }) => [group, actions.map(({ action, status }) => `${action.id.split('/')[2]}: ${status}`)]));

  test.each([
    [
      'at the end of an ended year: a status from later years’ reports is not used, and overdue is judged on 31 March',
      '2022-08-01',
      { complete: ['spaces: complete'], 'in progress': ['survey: in progress'], overdue: ['clubs: overdue'], other: ['advice: on hold', 'later: not stated'] },
    ],
    [
      'today, while the year is still running',
      '2021-11-01',
      { complete: ['spaces: complete'], 'in progress': ['clubs: in progress', 'survey: in progress'], overdue: [], other: ['advice: on hold', 'later: not stated'] },
    ],
  ])('groups actions by their status %s', (_, today, expected) => {
    expect(groups(compose(today))).toEqual(expected);
  });

  test('gives each action the year’s updates in order, and says which report set its status', () => {
    const clubs = compose('2022-08-01').actions.flatMap((group) => group.actions).find(({ action }) => action.id === 'city/actions/clubs')!;
    expect(clubs.statusReportedIn).toBe('2021/22 Q1');
    expect(clubs.updates).toEqual([
      { periodLabel: '2021/22 Q1', status: 'in progress', commentary: 'Begun.' },
      { periodLabel: '2021/22 Q2', status: undefined, commentary: 'Two clubs open.' },
    ]);
    const survey = compose('2022-08-01').actions.flatMap((group) => group.actions).find(({ action }) => action.id === 'city/actions/survey')!;
    expect([survey.statusReportedIn, survey.updates]).toEqual([undefined, []]);
  });

  test('gives each measure, in plan order, the year’s own-area figures, the change over the year and the trend at year end', () => {
    const measures = compose('2022-08-01').measures;
    expect(measures.map(({ measure, kindLabel }) => [measure.id, kindLabel])).toEqual([
      ['city/measures/old', 'Figures over time'],
      ['city/measures/count', 'Figures over time'],
      ['city/measures/rate', 'Figures over time'],
      ['city/measures/pathway', 'Milestone'],
    ]);
    const [old, count, rate, pathway] = measures;
    expect(count!.figures.map(({ period, value }) => [period, value])).toEqual([['2021/22 Q1', 11], ['2021/22 Q2', 13]]);
    expect(count!.change).toEqual({ from: { period: '2020/21', value: 10 }, to: { period: '2021/22 Q2', value: 13 }, fromBeforeYear: true, status: 'improving' });
    expect(count!.trend).toBe('improving');
    expect(rate!.figures.map(({ period, value }) => [period, value])).toEqual([['2021/22 Q1', 40], ['March 2022', 39]]);
    expect(rate!.change).toEqual({ from: { period: '2021/22 Q1', value: 40 }, to: { period: 'March 2022', value: 39 }, fromBeforeYear: false, status: 'maintaining' });
    expect([old!.figures, old!.change, old!.trend]).toEqual([[], undefined, 'insufficient data']);
    expect([pathway!.figures, pathway!.change]).toEqual([[], undefined]);
  });

  test('a figure for a later period does not change the year’s trend (with it, 12 to 5 would be worsening)', () => {
    const content = city();
    content.series[0] = series('count', [['2020/21', '10'], ['2021/22', '12'], ['2022/23', '5']]);
    const [, count] = compose('2023-08-01', content).measures;
    expect([count!.trend, count!.change?.status]).toEqual(['improving', 'improving']);
  });

  test('merges a risk repeated in later reports, keeping every period that raised it, and gives the latest report’s next steps', () => {
    const annual = compose('2022-06-01');
    expect(annual.risks).toEqual([
      { risk: 'Staff capacity is limited.', mitigation: 'Review priorities.', earlierMitigations: [], raisedIn: ['2021/22 Q1', '2021/22 Q2'] },
      { risk: 'Funding ends in March.', mitigation: undefined, earlierMitigations: [], raisedIn: ['2021/22 Q1'] },
      { risk: 'A new building is late.', mitigation: 'Use the school hall.', earlierMitigations: [], raisedIn: ['2021/22 Q2'] },
    ]);
    expect(annual.nextSteps).toEqual({ periodLabel: '2021/22 Q2', steps: [{ target: 'Evaluate the clubs' }, { target: 'Survey young people', comment: 'With the youth council.' }] });
    expect(annual.deliveryPlanCompletion).toEqual([{ periodLabel: '2021/22 Q1', percent: 20 }, { periodLabel: '2021/22 Q2', percent: 45 }]);
    expect(annual.changeRequests).toEqual([{ periodLabel: '2021/22 Q1', changeRequests: 'None' }]);
  });

  test('keeps a changed mitigation as the current one, and the earlier wording beside it', () => {
    const content = city();
    content.reports[0]!.data.risks[0]!.mitigation = 'A development session.';
    expect(compose('2022-06-01', content).risks[0]).toMatchObject({ mitigation: 'A development session.', earlierMitigations: ['Review priorities.'] });
  });

  test.each([
    ['local-outcomes-improvement-plan', 'Community Empowerment (Scotland) Act 2015, section 8', ['Community Empowerment (Scotland) Act 2015, section 8(2)(b)']],
    ['childrens-services-plan', 'Children and Young People (Scotland) Act 2014, section 13', []],
    ['service-plan', undefined, []],
  ])('a %s: what the law asks for, and what the reports do not record', (kind, requiredBy, gaps) => {
    const annual = compose('2022-06-01', city(kind));
    expect(annual.requiredBy).toBe(requiredBy);
    expect(annual.notInReports.map((gap) => gap.reference)).toEqual(gaps);
  });

  test('a year with no report is kept honest: every quarter missing, no next steps', () => {
    const { index } = buildSiteIndex(city());
    const annual = composeAnnualReport(index, 'city', '2023-24', '2024-06-01');
    expect([annual.reports, annual.coverage.missingQuarters.length, annual.nextSteps, annual.risks]).toEqual([[], 4, undefined, []]);
  });

  test('refuses a plan or year that does not exist', () => {
    const { index } = buildSiteIndex(city());
    expect(() => composeAnnualReport(index, 'town', '2021-22', '2022-06-01')).toThrow('No plan has the id "town"');
    expect(() => composeAnnualReport(index, 'city', '2021/22', '2022-06-01')).toThrow('Write it like 2021-22');
  });
});

describe('the sample LOIP’s 2021/22 annual report', () => {
  const { index } = loadRealContent();
  const annual = composeAnnualReport(index, 'moray-loip', '2021-22', '2024-01-01');

  test('has the one Quarter 1 report, and three quarters with none', () => {
    expect(annual.reports.map((entry) => entry.id)).toEqual(['moray-loip/reports/2021-22-q1']);
    expect(annual.coverage.reported).toEqual(['2021/22 Quarter 1 (April to June 2021)']);
    expect(annual.coverage.missingQuarters).toEqual(['2021/22 Q2', '2021/22 Q3', '2021/22 Q4']);
  });

  test('has the report’s three risks with their mitigations, and its three next steps', () => {
    expect(annual.risks).toHaveLength(3);
    expect(annual.risks.map((risk) => risk.mitigation)).toEqual([
      expect.stringContaining('Development session planned in September'),
      expect.stringContaining('Resource in the form of a Lead Officer'),
      expect.stringContaining('Review of priorities to be undertaken'),
    ]);
    expect(annual.nextSteps?.steps.map((step) => step.due)).toEqual(['Submission to Scottish Government by Dec 2021', 'Dec 2021', 'Commence 3rd quarter 2021']);
  });

  test('keeps every measure, and says what the reports do not record about community bodies', () => {
    expect(annual.measures).toHaveLength(index.measuresByPlan.get('moray-loip')!.length);
    expect(annual.measures.every((measure) => measure.figures.length === 0)).toBe(true);
    expect(annual.notInReports.map((gap) => gap.reference)).toEqual(['Community Empowerment (Scotland) Act 2015, section 8(2)(b)']);
  });
});
