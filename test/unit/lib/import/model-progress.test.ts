import { describe, expect, test } from 'vitest';
import { ActionBuilder } from '../../../../src/lib/import/model-actions';
import { ModelContext, NO_EXISTING_PLAN, type ExistingPlan, type ExistingReport } from '../../../../src/lib/import/model-context';
import { HierarchyBuilder } from '../../../../src/lib/import/model-hierarchy';
import { MeasureRegistry } from '../../../../src/lib/import/model-measures';
import { ProgressReader } from '../../../../src/lib/import/model-progress';
import { statusWordsMessage, type StatusMap } from '../../../../src/lib/import/status-words';
import { gridOf, layoutOf, type SheetRows } from './grids';

const ACTIONS: SheetRows = [
  ['Priority', 'Outcome', 'Ref', 'Action'],
  ['A fairer Anytown', 'Fair work', '1.1.1', 'Open a jobs hub'],
  ['A fairer Anytown', 'Fair work', '1.1.2', 'Run a campaign'],
];

const Q1: ExistingReport = { id: 'first-quarter', label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' };

function read(progress: SheetRows, options: { existing?: ExistingPlan; statuses?: StatusMap; name?: string } = {}) {
  const layout = layoutOf([gridOf('Actions', ACTIONS), gridOf(options.name ?? 'Progress', progress)]);
  expect(layout.problems).toEqual([]);
  expect(layout.sheets.map((sheet) => sheet.role)).toEqual(['actions', 'progress']);
  const context = new ModelContext(options.existing ?? NO_EXISTING_PLAN);
  const statuses = options.statuses ?? new Map();
  const hierarchy = new HierarchyBuilder(context);
  const actions = new ActionBuilder(context, hierarchy, new MeasureRegistry(context, hierarchy), statuses);
  actions.readActionsSheet(layout.sheets[0]!, false);
  const reader = new ProgressReader(context, hierarchy, actions, statuses);
  reader.readProgressSheet(layout.sheets[1]!);
  return { context, reports: reader.reports };
}

describe('ProgressReader: a pair of columns per quarter', () => {
  test('one report per quarter, with each action’s status and commentary', () => {
    const { reports, context } = read([
      ['Ref', '2024/25 Q1 Status', '2024/25 Q1 Update', '2024/25 Q2 Status', '2024/25 Q2 Update'],
      ['1.1.1', 'On track', 'Premises found', 'Complete', 'Opened in August'],
      ['1.1.2', 'Not started', '', '', 'Waiting for funding'],
    ]);
    expect(context.problems).toEqual([]);
    expect(reports).toEqual([
      {
        id: '2024-25-q1',
        period: { label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' },
        actions: [
          { action: 'open-jobs-hub', status: 'in progress', commentary: 'Premises found' },
          { action: 'run-campaign', status: 'not started' },
        ],
        outcomes: [],
        at: 'Progress!C1',
      },
      {
        id: '2024-25-q2',
        period: { label: '2024/25 Q2', start: '2024-07-01', end: '2024-09-30' },
        actions: [
          { action: 'open-jobs-hub', status: 'complete', commentary: 'Opened in August' },
          { action: 'run-campaign', commentary: 'Waiting for funding' },
        ],
        outcomes: [],
        at: 'Progress!E1',
      },
    ]);
  });

  test('a report the plan has for the same period is that report, by label or by dates', () => {
    const byLabel = read([['Action', '2024/25 Q1 Status'], ['Open a jobs hub', 'Complete']], { existing: { ...NO_EXISTING_PLAN, exists: true, reports: [Q1] } });
    expect(byLabel.reports.map(({ id, period }) => ({ id, period }))).toEqual([{ id: 'first-quarter', period: { label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' } }]);
    const byDates = read([['Action', 'Q1 2024/25 Status'], ['Open a jobs hub', 'Complete']], { existing: { ...NO_EXISTING_PLAN, exists: true, reports: [Q1] } });
    expect(byDates.reports.map(({ id, period }) => ({ id, period }))).toEqual([{ id: 'first-quarter', period: { label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' } }]);
  });

  test('a new report’s file name is not one the plan has', () => {
    const existing = { ...NO_EXISTING_PLAN, exists: true, reports: [{ id: '2024-25-q2', label: 'Autumn', start: '2024-10-01', end: '2024-12-31' }] };
    const { reports } = read([['Action', '2024/25 Q2 Status'], ['Open a jobs hub', 'Complete']], { existing });
    expect(reports.map((report) => report.id)).toEqual(['2024-25-q2-2']);
  });
});

describe('ProgressReader: a row per update', () => {
  test('the period column says each row’s quarter; rows for one quarter are one report', () => {
    const { reports, context } = read([
      ['Action', 'Period', 'Status', 'Comment'],
      ['1.1.1 Open a jobs hub', '2024/25 Q1', 'Started', 'Premises found'],
      ['Run a campaign', '2024/25 Q1', 'Paused', ''],
      ['Open a jobs hub', '2024/25 Q2', 'Done', ''],
    ]);
    expect(context.problems).toEqual([]);
    expect(reports.map(({ id, actions, at }) => ({ id, actions, at }))).toEqual([
      {
        id: '2024-25-q1',
        actions: [
          { action: 'open-jobs-hub', status: 'in progress', commentary: 'Premises found' },
          { action: 'run-campaign', status: 'on hold' },
        ],
        at: 'Progress!B2',
      },
      { id: '2024-25-q2', actions: [{ action: 'open-jobs-hub', status: 'complete' }], at: 'Progress!B4' },
    ]);
  });

  test('an outcome’s update is a RAG colour', () => {
    const { reports, context } = read([
      ['Action', 'Outcome', 'Period', 'RAG', 'Commentary'],
      ['', 'Fair work', '2024/25 Q1', 'Amber', 'Some concerns'],
      ['', 'Fair work', '2024/25 Q2', '', 'No figures yet'],
    ]);
    expect(context.problems).toEqual([]);
    expect(reports.map((report) => report.outcomes)).toEqual([[{ outcome: 'fair-work', ragStatus: 'amber', commentary: 'Some concerns' }], [{ outcome: 'fair-work', ragStatus: 'not stated', commentary: 'No figures yet' }]]);
  });

  test('a quarter named by its sheet', () => {
    const { reports, context } = read([['Action', 'Status'], ['Open a jobs hub', 'Complete']], { name: '2024-25 Q3' });
    expect(context.problems).toEqual([]);
    expect(reports.map(({ id, period }) => ({ id, period }))).toEqual([{ id: '2024-25-q3', period: { label: '2024-25 Q3', start: '2024-10-01', end: '2024-12-31' } }]);
  });
});

describe('ProgressReader: problems', () => {
  test('an unknown status word is a problem at each cell, in one message', () => {
    const { reports, context } = read([
      ['Ref', '2024/25 Q1 Status', '2024/25 Q1 Update'],
      ['1.1.1', 'Green', 'Fine'],
      ['1.1.2', 'Green', ''],
    ]);
    expect(reports[0]!.actions).toEqual([]);
    expect(context.problems).toEqual([
      // The wording is status-words.ts's (see its tests); here, that it is given once for both cells.
      { at: 'Progress!B2 (and B3)', message: statusWordsMessage('Green') },
    ]);
  });

  test('the officer’s own status word is read', () => {
    const { reports, context } = read([['Ref', '2024/25 Q1 Status'], ['1.1.1', 'Green']], { statuses: new Map([['Green', 'in progress']]) });
    expect(context.problems).toEqual([]);
    expect(reports[0]!.actions).toEqual([{ action: 'open-jobs-hub', status: 'in progress' }]);
  });

  test('a RAG word that is not a colour is a problem', () => {
    const { context } = read([['Action', 'Outcome', 'Period', 'RAG'], ['', 'Fair work', '2024/25 Q1', 'Purple']]);
    expect(context.problems).toEqual([{ at: 'Progress!D2', message: 'the RAG status "Purple" is not red, amber or green. Write one of those, or leave it blank.' }]);
  });

  test('an action or outcome not in the plan is a problem at its cell', () => {
    const { reports, context } = read([
      ['Action', 'Outcome', 'Period', 'Status'],
      ['Plant trees', '', '2024/25 Q1', 'Started'],
      ['', 'Less waste', '2024/25 Q1', 'Red'],
    ]);
    expect(reports).toEqual([]);
    expect(context.problems).toEqual([
      { at: 'Progress!A2', message: 'there is no action "Plant trees" in the action plan or the plan. Write its reference or title as the action plan does.' },
      { at: 'Progress!B3', message: 'there is no outcome "Less waste" in the plan. Write it as the action plan does.' },
    ]);
  });

  test('an unreadable period is a problem at its cell, and makes no report', () => {
    const { reports, context } = read([['Action', 'Period', 'Status'], ['Open a jobs hub', 'Spring', 'Started']]);
    expect(reports).toEqual([]);
    expect(context.problems).toHaveLength(1);
    expect(context.problems[0]!.at).toBe('Progress!B2');
    expect(context.problems[0]!.message).toMatch(/^the period "Spring" cannot be read, so its report cannot be dated\. "Spring" is not a period this site can read\./);
  });
});

describe('mistakes the import once made', () => {
  // A quarter the plan has a report for, written another way ("Q1 2024/25" for "2024/25 Q1"), is
  // matched by its dates, but the report takes the plan's label, so the next row no longer finds it
  // by label and a second report with the same file name is made; the writer then writes one file
  // twice and the first row's update is lost.
  test('the rows of one quarter are one report when the plan’s report has another label', () => {
    const { reports } = read(
      [
        ['Action', 'Q1 2024/25 Status'],
        ['Open a jobs hub', 'Complete'],
        ['Run a campaign', 'Started'],
      ],
      { existing: { ...NO_EXISTING_PLAN, exists: true, reports: [Q1] } },
    );
    expect(reports.map(({ id, actions }) => ({ id, actions }))).toEqual([
      {
        id: 'first-quarter',
        actions: [
          { action: 'open-jobs-hub', status: 'complete' },
          { action: 'run-campaign', status: 'in progress' },
        ],
      },
    ]);
  });

  // "Each period becomes one progress report": one quarter written two ways makes two reports.
  test('one quarter written two ways in a new plan is one report', () => {
    const { reports } = read([
      ['Action', 'Period', 'Status'],
      ['Open a jobs hub', '2024/25 Q1', 'Complete'],
      ['Run a campaign', 'Q1 2024/25', 'Started'],
    ]);
    expect(reports).toHaveLength(1);
  });

  // The module reads "a RAG colour per outcome", but a progress sheet of outcomes (no action,
  // reference or file-name column) is never recognised as one, even when --sheet says it is.
  test('a progress sheet of outcomes’ RAG colours per quarter is read', () => {
    const layout = layoutOf([gridOf('Progress', [['Outcome', '2024/25 Q1 RAG', '2024/25 Q1 Update'], ['Fair work', 'Amber', 'Some concerns']])], { sheetRoles: new Map([['Progress', 'progress']]) });
    expect(layout.problems).toEqual([]);
    expect(layout.sheets.map((sheet) => sheet.role)).toEqual(['progress']);
  });
});
