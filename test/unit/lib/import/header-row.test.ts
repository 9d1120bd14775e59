import { describe, expect, test } from 'vitest';
import { findHeader, periodColumn, scoreHeader } from '../../../../src/lib/import/header-row';
import { parseColumnMap } from '../../../../src/lib/import/layout';
import { fieldForHeader, normaliseHeader } from '../../../../src/lib/import/synonyms';
import { gridOf } from './grids';

/** Each column's field (or period and what it holds), by header, for a compact comparison. */
function fieldsOf(match: ReturnType<typeof findHeader>): Record<string, string | undefined> {
  return Object.fromEntries(match!.columns.map((column) => [column.header, column.ignored ? '-' : column.field ?? (column.period ? `${column.period} ${column.periodField}` : undefined)]));
}

describe('council column names are read through the synonyms table', () => {
  test.each([
    ['Timescale', 'completionTarget'],
    ['Target date', 'completionTarget'],
    ['Due', 'completionTarget'],
    ['By when?', 'completionTarget'],
    ['Lead', 'lead'],
    ['Lead officer', 'lead'],
    ['LEAD OFFICER', 'lead'],
    ['Responsible', 'lead'],
    ['Owner', 'lead'],
    ['Measure', 'measure'],
    ['Indicator', 'measure'],
    ['KPI', 'measure'],
    ['PI', 'measure'],
    ['How will we know?', 'measure'],
    ['RAG', 'status'],
    ['Status', 'status'],
    ['Progress', 'status'],
    ['Comments', 'commentary'],
    ['Update', 'commentary'],
    ['Commentary', 'commentary'],
    ['Improvement aim(s)', undefined],
    ['High level actions', 'title'],
    ['What change can we make that will result in improvement?', 'improvementAim'],
  ])('in an action plan, "%s" is the %s column', (header, field) => {
    expect(fieldForHeader('actions', header)).toBe(field);
  });

  test('headers are compared without case, punctuation, curly apostrophes or repeated spaces', () => {
    expect(normaliseHeader('  How  will we KNOW? ')).toBe('how will we know');
    expect(normaliseHeader('Who’s responsible')).toBe('whos responsible');
    expect(normaliseHeader('Budget (£)')).toBe('budget £');
  });

  test('a name means different fields on different kinds of sheet', () => {
    expect(fieldForHeader('actions', 'Measure')).toBe('measure');
    expect(fieldForHeader('measures', 'Measure')).toBe('title');
    expect(fieldForHeader('measures', 'Outcome')).toBe('for');
    expect(fieldForHeader('outcomes', 'Outcome')).toBe('title');
    expect(fieldForHeader('progress', 'RAG')).toBe('status');
    expect(fieldForHeader('actions', '')).toBeUndefined();
  });
});

describe('findHeader', () => {
  test('finds the row of column names below title rows and blank rows', () => {
    const grid = gridOf('Action plan', [
      ['Anytown Community Plan 2024–2027'],
      ['Action plan'],
      [],
      ['Ref', 'Outcome', 'Action', 'Lead officer', 'Timescale'],
      ['1.1.1', 'More people are in fair work', 'Run a fair work campaign', 'Chief Officer', 'March 2025'],
    ]);
    const match = findHeader(grid, 'actions');
    expect(match).toEqual({
      headerRow: 4,
      columns: [
        { index: 0, header: 'Ref', ref: 'A4', field: 'reference' },
        { index: 1, header: 'Outcome', ref: 'B4', field: 'outcome' },
        { index: 2, header: 'Action', ref: 'C4', field: 'title' },
        { index: 3, header: 'Lead officer', ref: 'D4', field: 'lead' },
        { index: 4, header: 'Timescale', ref: 'E4', field: 'completionTarget' },
      ],
    });
    expect(scoreHeader(match!.columns)).toBe(5);
  });

  test('a column the sheet does not know is kept, without a field, so the layout can report it', () => {
    const grid = gridOf('Actions', [['Action', 'Lead', 'Budget code']]);
    expect(findHeader(grid, 'actions')!.columns[2]).toEqual({ index: 2, header: 'Budget code', ref: 'C1' });
  });

  test('a row needs two known names and the key column of the kind of sheet', () => {
    expect(findHeader(gridOf('Actions', [['Action', 'Notes']]), 'actions')).toBeUndefined();
    expect(findHeader(gridOf('Actions', [['Lead officer', 'Timescale', 'Status']]), 'actions')).toBeUndefined();
    expect(findHeader(gridOf('Actions', [['Action', 'Timescale']]), 'actions')?.headerRow).toBe(1);
  });

  test('only the first 12 rows are searched', () => {
    const rows = [...Array.from({ length: 12 }, (_, index) => [`Title line ${index + 1}`]), ['Action', 'Lead officer']];
    expect(findHeader(gridOf('Actions', rows), 'actions')).toBeUndefined();
    expect(findHeader(gridOf('Actions', rows.slice(1)), 'actions')?.headerRow).toBe(12);
  });

  test('a progress sheet has a status and an update column per quarter', () => {
    const grid = gridOf('Progress', [['Ref', 'Action', '2024/25 Q1 RAG', '2024/25 Q1 Update', '2024/25 Q2 RAG', '2024/25 Q2 Update']]);
    expect(fieldsOf(findHeader(grid, 'progress'))).toEqual({
      Ref: 'reference',
      Action: 'action',
      '2024/25 Q1 RAG': '2024/25 Q1 status',
      '2024/25 Q1 Update': '2024/25 Q1 commentary',
      '2024/25 Q2 RAG': '2024/25 Q2 status',
      '2024/25 Q2 Update': '2024/25 Q2 commentary',
    });
  });

  test.each([
    ['2024/25 Q1 RAG', { period: '2024/25 Q1', periodField: 'status' }],
    ['2024/25 Q1 Update', { period: '2024/25 Q1', periodField: 'commentary' }],
    ['Q2 2023/24 - RAG', { period: 'Q2 2023/24', periodField: 'status' }],
    ['2024/25 Q1 RAG status', { period: '2024/25 Q1', periodField: 'status' }],
    ['2024/25 Q1 Comments', { period: '2024/25 Q1', periodField: 'commentary' }],
    ['Update', undefined],
    ['Quarter 1 RAG', undefined],
  ])('in a progress sheet, "%s" is %o', (header, expected) => {
    expect(periodColumn('progress', header)).toEqual(expected);
  });

  test('a period written once above its RAG and Update columns (a merged cell) heads both', () => {
    const grid = gridOf(
      'Progress',
      [
        ['', '', '2024/25 Q1', '', '2024/25 Q2', ''],
        ['Ref', 'Action', 'RAG', 'Update', 'RAG', 'Update'],
        ['1.1.1', 'Run a fair work campaign', 'Green', 'Launched in May'],
      ],
      ['C1:D1', 'E1:F1'],
    );
    const match = findHeader(grid, 'progress');
    expect(match!.headerRow).toBe(2);
    expect(fieldsOf(match)).toEqual({
      Ref: 'reference',
      Action: 'action',
      '2024/25 Q1 RAG': '2024/25 Q1 status',
      '2024/25 Q1 Update': '2024/25 Q1 commentary',
      '2024/25 Q2 RAG': '2024/25 Q2 status',
      '2024/25 Q2 Update': '2024/25 Q2 commentary',
    });
    expect(match!.columns[3]).toMatchObject({ header: '2024/25 Q1 Update', ref: 'D2' });
  });

  test('a figures sheet has one column per period', () => {
    const grid = gridOf('Figures', [['Measure', '2019/20', '2020/21', '2021/22', 'Notes']]);
    const match = findHeader(grid, 'figures');
    expect(fieldsOf(match)).toEqual({ Measure: 'measure', '2019/20': '2019/20 value', '2020/21': '2020/21 value', '2021/22': '2021/22 value', Notes: 'footnote' });
    expect(periodColumn('figures', 'Baseline')).toBeUndefined();
  });

  test('a figures sheet needs a value column or a column per period', () => {
    expect(findHeader(gridOf('Figures', [['Measure', 'Area', 'Notes']]), 'figures')).toBeUndefined();
    expect(fieldsOf(findHeader(gridOf('Figures', [['Measure', 'Year', 'Value']]), 'figures'))).toEqual({ Measure: 'measure', Year: 'period', Value: 'value' });
  });

  test('--map names a column the table does not know, and "-" leaves a column out', () => {
    const { map, problems } = parseColumnMap('When complete=completionTarget, Notes=-');
    expect(problems).toEqual([]);
    const grid = gridOf('Actions', [['Action', 'When complete', 'Notes', 'Lead']]);
    expect(fieldsOf(findHeader(grid, 'actions', map))).toEqual({ Action: 'title', 'When complete': 'completionTarget', Notes: '-', Lead: 'lead' });
  });

  test('--map can rename a column the table knows as something else', () => {
    const { map } = parseColumnMap('Owner=partners');
    expect(fieldsOf(findHeader(gridOf('Actions', [['Action', 'Owner']]), 'actions', map))).toEqual({ Action: 'title', Owner: 'partners' });
  });
});

describe('mistakes the import once made', () => {
  // A header that puts a two-word name first ("RAG status …") or ends in "Progress update" keeps half
  // of the name in the period, which then cannot be read as a period.
  test.each([
    ['RAG status 2024/25 Q3', { period: '2024/25 Q3', periodField: 'status' }],
    ['2024/25 Q1 Progress update', { period: '2024/25 Q1', periodField: 'commentary' }],
    ['Q2 2023/24 - Progress update', { period: 'Q2 2023/24', periodField: 'commentary' }],
  ])('in a progress sheet, "%s" is %o', (header, expected) => {
    expect(periodColumn('progress', header)).toEqual(expected);
  });
});
