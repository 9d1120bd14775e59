import { describe, expect, test } from 'vitest';
import { buildModel } from '../../../../src/lib/import/build-model';
import { NO_EXISTING_PLAN } from '../../../../src/lib/import/model-context';
import { gridOf, layoutOf } from './grids';

const PRIORITIES = gridOf('Priorities', [['Ref', 'Priority'], ['SO1', 'A fairer Anytown']]);
const OUTCOMES = gridOf('Outcomes', [['Ref', 'Priority', 'Outcome'], ['1.1', 'SO1', 'Fair work']]);
const ACTIONS = gridOf('Actions', [
  ['Outcome', 'Improvement aim', 'Action', 'Lead officer', 'Measure'],
  ['1.1', 'More people in jobs', 'Open a jobs hub', 'Head of Economy', 'People helped into work'],
]);
const MEASURES = gridOf('Measures', [['Measure', 'Unit', 'Baseline'], ['People helped into work', 'number', '1,204']]);
const FIGURES = gridOf('Figures', [['Measure', '2022/23', '2023/24'], ['People helped into work', '1300', '1420']]);
const PROGRESS = gridOf('Progress', [['Action', '2024/25 Q1 Status', '2024/25 Q1 Update'], ['Open a jobs hub', 'On track', 'Premises found']]);

describe('buildModel', () => {
  test('reads the sheets in the order their references need, whatever order the workbook has', () => {
    const layout = layoutOf([PROGRESS, FIGURES, MEASURES, ACTIONS, OUTCOMES, PRIORITIES]);
    expect(layout.sheets.map((sheet) => sheet.role)).toEqual(['progress', 'figures', 'measures', 'actions', 'outcomes', 'priorities']);
    const { model, problems } = buildModel(layout, NO_EXISTING_PLAN, { planId: 'anytown-plan', plan: { title: 'Anytown Plan' } });
    expect(problems).toEqual([]);
    expect(model.plan).toEqual({ id: 'anytown-plan', title: 'Anytown Plan' });
    expect(model.priorities.map(({ id, reference }) => ({ id, reference }))).toEqual([{ id: 'fairer-anytown', reference: 'SO1' }]);
    expect(model.outcomes).toEqual([
      { id: 'fair-work', title: 'Fair work', reference: '1.1', priority: 'fairer-anytown', order: 1, inShort: 'Fair work', at: 'Outcomes!C2', improvementAims: [{ id: 'more-people-in-jobs', title: 'More people in jobs' }] },
    ]);
    expect(model.actions).toEqual([
      { id: 'open-jobs-hub', title: 'Open a jobs hub', outcome: 'fair-work', order: 1, improvementAim: ['more-people-in-jobs'], lead: 'Head of Economy', measures: ['people-helped-work'], at: 'Actions!C2' },
    ]);
    expect(model.measures).toEqual([
      { id: 'people-helped-work', title: 'People helped into work', owner: { folder: 'outcomes', id: 'fair-work' }, at: 'Actions!E2', kind: 'quantitative', unit: 'number', baseline: { text: '1,204', value: 1204 } },
    ]);
    expect(model.figures.map(({ measure, period, value }) => `${measure} ${period} ${value}`)).toEqual(['people-helped-work 2022/23 1300', 'people-helped-work 2023/24 1420']);
    expect(model.reports.map(({ id, actions }) => ({ id, actions }))).toEqual([{ id: '2024-25-q1', actions: [{ action: 'open-jobs-hub', status: 'in progress', commentary: 'Premises found' }] }]);
  });

  test('the fields each kind of entity gets from the file: its columns, and what an action plan implies', () => {
    const { model } = buildModel(layoutOf([PRIORITIES, OUTCOMES, ACTIONS, MEASURES]), NO_EXISTING_PLAN, { planId: 'p' });
    expect(Object.fromEntries(Object.entries(model.given).map(([kind, fields]) => [kind, [...fields].sort()]))).toEqual({
      priorities: ['reference', 'title'],
      outcomes: ['improvementAims', 'priority', 'reference', 'title'],
      actions: ['improvementAim', 'lead', 'measure', 'outcome', 'title'],
      measures: ['baseline', 'title', 'unit'],
    });
  });

  test('an action plan’s priority column and a Word table’s heading give priorities their titles', () => {
    const withColumn = buildModel(layoutOf([gridOf('Actions', [['Priority', 'Outcome', 'Action'], ['A fairer Anytown', 'Fair work', 'Open a jobs hub']])]), NO_EXISTING_PLAN, { planId: 'p' });
    expect([...withColumn.model.given.priorities]).toEqual(['title']);
    expect([...withColumn.model.given.outcomes].sort()).toEqual(['priority', 'title']);
    const layout = layoutOf([gridOf('Table 1', [['Outcome', 'Action'], ['Fair work', 'Open a jobs hub']])], {}, [{ text: 'PRIORITY 1: A fairer Anytown', heading: 2, beforeTable: 1 }], 'docx');
    const fromHeading = buildModel(layout, NO_EXISTING_PLAN, { planId: 'p' });
    expect(fromHeading.problems).toEqual([]);
    expect([...fromHeading.model.given.priorities]).toEqual(['title']);
    expect(fromHeading.model.priorities).toMatchObject([{ id: 'fairer-anytown', reference: 'PRIORITY 1', number: 1, at: 'the heading "PRIORITY 1: A fairer Anytown"' }]);
  });

  test('with a measures sheet, an action plan without a measure column lists no measures for its actions', () => {
    const actions = gridOf('Actions', [['Outcome', 'Action'], ['1.1', 'Open a jobs hub']]);
    const measures = gridOf('Measures', [['Measure', 'Outcome', 'Unit'], ['Jobs filled', '1.1', '%']]);
    const { model, problems } = buildModel(layoutOf([PRIORITIES, OUTCOMES, actions, measures]), NO_EXISTING_PLAN, { planId: 'p' });
    expect(problems).toEqual([]);
    expect(model.actions[0]!.measures).toBeUndefined();
    expect(model.measures.map(({ id, owner }) => ({ id, owner }))).toEqual([{ id: 'jobs-filled', owner: { folder: 'outcomes', id: 'fair-work' } }]);
  });

  test('the layout’s problems come first, then the model’s; passed-over sheets and undated timescales are not placed', () => {
    const layout = layoutOf([
      gridOf('Notes', [['Some notes for the team']]),
      gridOf('Actions', [['Priority', 'Outcome', 'Action', 'Timescale', 'Colour'], ['A fairer Anytown', 'Fair work', 'Open a jobs hub', 'Ongoing', 'Blue'], ['A fairer Anytown', 'Fair work', 'Open a jobs hub', '', '']]),
    ]);
    const { model, problems } = buildModel(layout, NO_EXISTING_PLAN, { planId: 'p' });
    expect(problems.map((problem) => problem.at)).toEqual(['Actions!E1', 'Actions!C3']);
    expect(model.unplaced.map((entry) => `${entry.at}: ${entry.text}`)).toEqual(['sheet "Notes": Some notes for the team', 'Actions!D2: Ongoing']);
  });

  test('--status words reach the action plan and the progress sheet', () => {
    const actions = gridOf('Actions', [['Priority', 'Outcome', 'Action', 'Status'], ['A fairer Anytown', 'Fair work', 'Open a jobs hub', 'Sort of']]);
    const progress = gridOf('Progress', [['Action', '2024/25 Q1 Status'], ['Open a jobs hub', 'Sort of']]);
    const { model, problems } = buildModel(layoutOf([actions, progress]), NO_EXISTING_PLAN, { planId: 'p', statuses: new Map([['Sort of', 'in progress']]) });
    expect(problems).toEqual([]);
    expect(model.actions[0]!.status).toBe('in progress');
    expect(model.reports[0]!.actions).toEqual([{ action: 'open-jobs-hub', status: 'in progress' }]);
  });
});

describe('mistakes the import once made', () => {
  // plan-model.ts: an action's measures are "undefined when the file has no measure column"; without
  // a measures sheet they are an empty list instead.
  test('without a measure column or a measures sheet, actions list no measures', () => {
    const { model } = buildModel(layoutOf([gridOf('Actions', [['Priority', 'Outcome', 'Action'], ['A fairer Anytown', 'Fair work', 'Open a jobs hub']])]), NO_EXISTING_PLAN, { planId: 'p' });
    expect(model.actions[0]!.measures).toBeUndefined();
  });
});

describe('an action plan that tracks its progress in columns to its right', () => {
  const tracked = gridOf('Sheet1', [
    ['Anytown plan: action plan and progress'],
    [],
    ['Priority', 'Outcome', 'Action', 'Lead officer', 'Timescale', '2024/25 Q1 RAG', '2024/25 Q1 Update', '2024/25 Q2 RAG', '2024/25 Q2 Update'],
    ['A fairer Anytown', 'Fair work', 'Open a jobs hub', 'Head of Economy', 'March 2026', 'On track', 'Premises found', 'Complete', 'Opened in September'],
    ['', '', 'Run a fair work campaign', 'Fair Work Lead', '2025/26', 'Not started', '', 'In progress', 'Launched'],
  ]);

  test('is read as the action plan and as one progress report per quarter, with no unknown columns', () => {
    const layout = layoutOf([tracked]);
    expect(layout.problems).toEqual([]);
    expect(layout.sheets.map((sheet) => sheet.role)).toEqual(['actions', 'progress']);
    const { model, problems } = buildModel(layout, NO_EXISTING_PLAN, { planId: 'p', plan: { title: 'Anytown Plan' } });
    expect(problems).toEqual([]);
    expect(model.actions.map(({ id, lead }) => ({ id, lead }))).toEqual([
      { id: 'open-jobs-hub', lead: 'Head of Economy' },
      { id: 'run-fair-work-campaign', lead: 'Fair Work Lead' },
    ]);
    expect(model.reports.map(({ id, actions }) => ({ id, actions }))).toEqual([
      { id: '2024-25-q1', actions: [{ action: 'open-jobs-hub', status: 'in progress', commentary: 'Premises found' }, { action: 'run-fair-work-campaign', status: 'not started' }] },
      { id: '2024-25-q2', actions: [{ action: 'open-jobs-hub', status: 'complete', commentary: 'Opened in September' }, { action: 'run-fair-work-campaign', status: 'in progress', commentary: 'Launched' }] },
    ]);
  });

  test('a row the action plan cannot place is one problem, not a second one for its progress', () => {
    const untracked = gridOf('Sheet1', [
      ['Outcome', 'Action', 'Lead officer', '2024/25 Q1 RAG'],
      ['Fair work', 'Open a jobs hub', 'Head of Economy', 'On track'],
      ['Good jobs', 'Run a fair work campaign', 'Fair Work Lead', 'Started'],
    ]);
    const { problems } = buildModel(layoutOf([untracked]), NO_EXISTING_PLAN, { planId: 'p' });
    expect(problems).toEqual([{ at: 'Sheet1!B2 (and B3)', message: 'this row does not say which priority it comes under. Add a priority column (or a sheet of outcomes that names each outcome’s priority).' }]);
  });

  test('a progress sheet of its own is still a progress sheet', () => {
    const layout = layoutOf([gridOf('Sheet1', [['Ref', 'Action', '2024/25 Q1 RAG', '2024/25 Q1 Update'], ['1.1', 'Open a jobs hub', 'Complete', 'Done']])]);
    expect(layout.sheets.map((sheet) => sheet.role)).toEqual(['progress']);
  });
});
