import { describe, expect, test } from 'vitest';
import { planLabel, recogniseSheet, roleNamed } from '../../../../src/lib/import/sheet-roles';
import { gridOf, layoutOf, type SheetRows } from './grids';

const roleOf = (name: string, rows: SheetRows) => recogniseSheet(gridOf(name, rows), undefined, new Map())?.role;

describe('what a sheet lists is recognised from its columns', () => {
  test('a sheet of labels and values is the plan’s details', () => {
    const rows = [['Plan title', 'Anytown Community Plan 2024–2027'], ['Partnership', 'Anytown Community Planning Partnership'], ['Plan type', 'LOIP'], ['Area', 'Anytown']];
    expect(roleOf('Sheet1', rows)).toBe('plan');
    expect(roleOf('About', [['About this plan'], ...rows])).toBe('plan');
  });

  test.each([
    ['priorities', 'Sheet1', [['Ref', 'Priority', 'In short'], ['SO1', 'A fairer Anytown', 'Fairer']]],
    ['outcomes', 'Sheet1', [['Ref', 'Outcome', 'Priority', 'Improvement aims'], ['1.1', 'More people are in fair work', 'SO1', 'More jobs']]],
    ['actions', 'Sheet1', [['Ref', 'Outcome', 'Action', 'Lead officer', 'Timescale'], ['1.1.1', 'More people are in fair work', 'Run a campaign', 'Chief Officer', 'March 2025']]],
    ['measures', 'Sheet1', [['Ref', 'Measure', 'Outcome', 'Type', 'Unit', 'Baseline', 'Target'], ['M1', 'People in work', '1.1', 'Quantitative', '%', '70%', '75%']]],
    ['figures', 'Sheet1', [['Measure', 'Period', 'Value', 'Area'], ['People in work', '2021/22', '70', 'Anytown']]],
    ['figures', 'Sheet1', [['Measure', '2019/20', '2020/21'], ['People in work', '70', '71']]],
    ['progress', 'Sheet1', [['Ref', 'Action', '2024/25 Q1 RAG', '2024/25 Q1 Update'], ['1.1.1', 'Run a campaign', 'Green', 'Launched']]],
    ['progress', 'Sheet1', [['Action', 'Quarter', 'Status', 'Comments'], ['Run a campaign', '2024/25 Q1', 'On track', 'Launched']]],
  ] as Array<[string, string, SheetRows]>)('a sheet of %s', (role, name, rows) => {
    expect(roleOf(name, rows)).toBe(role);
  });

  test('a sheet with no row of known column names is not recognised', () => {
    expect(roleOf('Notes', [['Some notes about the plan'], ['More notes']])).toBeUndefined();
  });

  test('on a tie, the sheet’s name says what it lists', () => {
    // "Action", "Status" and "Update" name an action plan's columns, and a progress sheet's when the
    // sheet's name is the quarter it reports on.
    const rows = [['Ref', 'Action', 'Status', 'Update'], ['1.1.1', 'Run a campaign', 'In progress', 'Launched']];
    expect(roleOf('Action plan', rows)).toBe('actions');
    expect(roleOf('Delivery plan', rows)).toBe('actions');
    expect(roleOf('2024/25 Q1', rows)).toBe('progress');
    expect(roleOf('Q2 2024-25', rows)).toBe('progress');
    // With no quarter anywhere, a progress sheet could say nothing: the statuses are the actions'.
    expect(roleOf('Progress', rows)).toBe('actions');
  });

  test('a hint in the name does not beat a much better match', () => {
    const rows = [['Ref', 'Measure', 'Outcome', 'Type', 'Unit', 'Baseline', 'Target']];
    expect(roleOf('Action plan measures', rows)).toBe('measures');
  });

  test('--sheet says what a sheet lists, whatever its columns look like', () => {
    const grid = gridOf('Sheet2', [['Ref', 'Action', 'Status', 'Update']]);
    expect(recogniseSheet(grid, 'actions', new Map())?.role).toBe('actions');
    expect(recogniseSheet({ ...grid, name: '2024/25 Q1' }, 'progress', new Map())?.role).toBe('progress');
    // A progress sheet needs its quarter: in its columns, a "Period" column or its name.
    expect(recogniseSheet(grid, 'progress', new Map())).toBeUndefined();
    expect(recogniseSheet(gridOf('Sheet3', [['Title', 'Notes']]), 'plan', new Map())?.role).toBe('plan');
    expect(recogniseSheet(gridOf('Sheet3', [['Ref', 'Priority']]), 'actions', new Map())).toBeUndefined();
  });
});

describe('names', () => {
  test.each([
    ['Actions', 'actions'],
    ['action', 'actions'],
    ['PROGRESS', 'progress'],
    ['Measure', 'measures'],
    ['Plan', 'plan'],
    ['priorities', 'priorities'],
    ['Things', undefined],
  ])('--sheet "%s=…" names the role %s', (text, role) => {
    expect(roleNamed(text)).toBe(role);
  });

  test.each([
    ['Plan title', 'title'],
    ['Community Planning Partnership', 'partnership'],
    ['Type of plan', 'kind'],
    ['Our vision', 'vision'],
    ['Council area', 'area'],
    ['Budget', undefined],
  ])('the plan label "%s" is the plan’s %s', (label, field) => {
    expect(planLabel(label)).toBe(field);
  });
});

describe('mistakes the import once made', () => {
  test('a sheet of actions named "Sheet1" with Action, Status and Update columns is read as an action plan', () => {
    // On the tie, "progress" wins; but with no period anywhere, a progress sheet can say nothing, so
    // the whole sheet would be dropped without a word.
    const rows = [['Action', 'Status', 'Update'], ['Run a fair work campaign', 'Complete', 'Finished in May']];
    expect(roleOf('Sheet1', rows)).toBe('actions');
    expect(layoutOf([gridOf('Sheet1', rows)]).sheets.map((sheet) => sheet.role)).toEqual(['actions']);
  });
});
