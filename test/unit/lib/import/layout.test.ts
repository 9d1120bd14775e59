import { describe, expect, test } from 'vitest';
import { layoutDocument, parseColumnMap, parseSheetRoles, sentenceCase } from '../../../../src/lib/import/layout';
import { gridOf, layoutOf, rowTexts, workbookOf } from './grids';

const ACTION_HEADER = ['Priority', 'Outcome', 'Improvement aim', 'Action', 'Lead officer'];

describe('layoutDocument: the rows of an action plan', () => {
  test('the row of questions under the column names is skipped', () => {
    const layout = layoutOf([
      gridOf('Action plan', [
        ['Outcome', 'Improvement aims', 'High level actions', 'How will we know?'],
        ['What are we trying to accomplish?', 'What change can we make that will result in improvement?', 'What will we do?', 'How will we know that a change is an improvement?'],
        ['Children are safe', 'Fewer children are harmed', 'Train staff', 'Number of staff trained'],
      ]),
    ]);
    expect(layout.problems).toEqual([]);
    expect(layout.sheets[0]!.headerRow).toBe(1);
    expect(rowTexts(layout)).toEqual([{ outcome: 'Children are safe', improvementAim: 'Fewer children are harmed', title: 'Train staff', measure: 'Number of staff trained' }]);
    expect(layout.sheets[0]!.rows[0]!.row).toBe(3);
  });

  test('a priority, outcome and aim written once are filled down to the rows below', () => {
    const layout = layoutOf([
      gridOf('Action plan', [
        ACTION_HEADER,
        ['SO1: A fairer Anytown', '1.1 More people are in fair work', 'More people in jobs', 'Run a campaign', 'Chief Officer'],
        ['', '', '', 'Open a jobs hub', 'Head of Economy'],
        ['', '', 'Better paid jobs', 'Pay the living wage', ''],
        ['', '1.2 Fewer people are in poverty', '', 'Extend the welfare advice service', 'Head of Welfare'],
        ['SO2: A greener Anytown', '2.1 Less waste', '', 'Recycle more', ''],
      ]),
    ]);
    expect(layout.problems).toEqual([]);
    expect(rowTexts(layout)).toEqual([
      { priority: 'SO1: A fairer Anytown', outcome: '1.1 More people are in fair work', improvementAim: 'More people in jobs', title: 'Run a campaign', lead: 'Chief Officer' },
      { priority: 'SO1: A fairer Anytown', outcome: '1.1 More people are in fair work', improvementAim: 'More people in jobs', title: 'Open a jobs hub', lead: 'Head of Economy' },
      { priority: 'SO1: A fairer Anytown', outcome: '1.1 More people are in fair work', improvementAim: 'Better paid jobs', title: 'Pay the living wage' },
      // A new outcome starts without an aim: the aim above was the other outcome's.
      { priority: 'SO1: A fairer Anytown', outcome: '1.2 Fewer people are in poverty', title: 'Extend the welfare advice service', lead: 'Head of Welfare' },
      { priority: 'SO2: A greener Anytown', outcome: '2.1 Less waste', title: 'Recycle more' },
    ]);
  });

  test('a new priority starts without the outcome and aim above it', () => {
    const layout = layoutOf([
      gridOf('Action plan', [
        ACTION_HEADER,
        ['SO1: A fairer Anytown', '1.1 More people are in fair work', 'More people in jobs', 'Run a campaign', ''],
        ['SO2: A greener Anytown', '', '', 'Recycle more', ''],
      ]),
    ]);
    expect(rowTexts(layout)[1]).toEqual({ priority: 'SO2: A greener Anytown', title: 'Recycle more' });
  });

  test('a merged cell covers the rows below it, and its cells say where it was merged from', () => {
    const layout = layoutOf([
      gridOf(
        'Action plan',
        [
          ['Outcome', 'Improvement aim', 'Action'],
          ['Children are safe', 'Fewer children are harmed', 'Train staff'],
          ['', '', 'Review the policy'],
          ['', 'More children feel safe', 'Open safe spaces'],
        ],
        ['A2:A4', 'B2:B3'],
      ),
    ]);
    const rows = layout.sheets[0]!.rows;
    expect(rowTexts(layout)).toEqual([
      { outcome: 'Children are safe', improvementAim: 'Fewer children are harmed', title: 'Train staff' },
      { outcome: 'Children are safe', improvementAim: 'Fewer children are harmed', title: 'Review the policy' },
      { outcome: 'Children are safe', improvementAim: 'More children feel safe', title: 'Open safe spaces' },
    ]);
    expect(rows[1]!.values.outcome).toEqual({ text: 'Children are safe', ref: 'A3', mergedFrom: 'A2' });
    expect(rows[2]!.values.improvementAim).toEqual({ text: 'More children feel safe', ref: 'B4' });
  });

  test('a row with only a heading in capitals heads the outcomes below it, in sentence case', () => {
    const layout = layoutOf([
      gridOf('Action plan', [
        ['Outcome', 'Action', 'Lead'],
        ['EMOTIONAL AND MENTAL WELLBEING'],
        ['Children feel mentally well', 'Train school staff', 'Head of Education'],
        ['', 'Open a drop-in', 'NHS'],
        ['PHYSICAL HEALTH'],
        ['Children are active', 'Free swimming', 'Leisure'],
      ]),
    ]);
    const rows = layout.sheets[0]!.rows;
    expect(rows.map((row) => [row.row, row.group?.text])).toEqual([
      [3, 'Emotional and mental wellbeing'],
      [4, 'Emotional and mental wellbeing'],
      [6, 'Physical health'],
    ]);
    expect(rows[0]!.group).toEqual({ text: 'Emotional and mental wellbeing', ref: 'A2' });
    // "NHS" is a single cell in capitals too, but not in the first column: it is a lead, not a heading.
    expect(rows[1]!.values.lead?.text).toBe('NHS');
  });

  test('a heading merged across the row is still a heading', () => {
    const layout = layoutOf([gridOf('Action plan', [['Outcome', 'Action', 'Lead'], ['PHYSICAL HEALTH'], ['Children are active', 'Free swimming', 'Leisure']], ['A2:C2'])]);
    expect(layout.sheets[0]!.rows.map((row) => [row.row, row.group?.text, row.values.title?.text])).toEqual([[3, 'Physical health', 'Free swimming']]);
  });

  test('sentenceCase', () => {
    expect(sentenceCase('EMOTIONAL AND MENTAL WELLBEING')).toBe('Emotional and mental wellbeing');
  });

  test('--fill-down continues other columns’ blank cells from the row above', () => {
    const grid = gridOf('Action plan', [
      ['Outcome', 'Action', 'Lead officer'],
      ['Children are safe', 'Train staff', 'Head of Education'],
      ['', 'Review the policy', ''],
    ]);
    expect(rowTexts(layoutOf([grid]))[1]).toEqual({ outcome: 'Children are safe', title: 'Review the policy' });
    expect(rowTexts(layoutOf([grid], { fillDown: ['lead'] }))[1]).toEqual({ outcome: 'Children are safe', title: 'Review the policy', lead: 'Head of Education' });
  });

  test('period columns give each row’s figures or updates', () => {
    const layout = layoutOf([gridOf('Figures', [['Measure', '2019/20', '2020/21'], ['People in work', '70', '']])]);
    expect(layout.sheets[0]!.rows).toEqual([{ row: 2, values: { measure: { text: 'People in work', ref: 'A2' } }, periods: [{ period: '2019/20', field: 'value', cell: { text: '70', ref: 'B2' } }] }]);
  });
});

describe('layoutDocument: problems and options', () => {
  test('a column the import does not read names its cell, the fix and the fields', () => {
    const layout = layoutOf([
      gridOf('Action plan', [['Anytown Community Plan'], [], [], ['Ref', 'Outcome', 'Action', 'Lead officer', 'Partners', 'Timescale', 'RAG', 'Budget code'], ['1.1.1', 'Fair work', 'Run a campaign', 'Chief Officer', '', '', '', 'BX-12']]),
    ]);
    expect(layout.problems).toEqual([
      {
        at: "'Action plan'!H4",
        message:
          'the column "Budget code" is not one the import reads in a sheet of actions. Rename it to a column name from the table in docs/authoring.md ("Importing a whole plan"), or leave it out with --map "Budget code=-". The fields of this sheet are: id, reference, priority, outcome, group, improvementAim, title, order, lead, partners, completionTarget, status, commentary, measure, themes, description.',
      },
    ]);
  });

  test('an unknown column with nothing in it is no problem', () => {
    expect(layoutOf([gridOf('Actions', [['Action', 'Lead', 'Budget code'], ['Run a campaign', 'Chief Officer']])]).problems).toEqual([]);
  });

  test('--map "Budget code=-" leaves the column out, and --map renames a column', () => {
    const grid = gridOf('Actions', [['Action', 'Budget code', 'When complete'], ['Run a campaign', 'BX-12', 'March 2025']]);
    const { map } = parseColumnMap('Budget code=-,When complete=completion target');
    const layout = layoutOf([grid], { columns: map });
    expect(layout.problems).toEqual([]);
    expect(rowTexts(layout)).toEqual([{ title: 'Run a campaign', completionTarget: 'March 2025' }]);
  });

  test('--sheet makes a sheet the kind it says, by the sheet’s name in any case', () => {
    const grid = gridOf('Sheet2', [['Ref', 'Action', '2024/25 Q1 Status', '2024/25 Q1 Update'], ['1.1.1', 'Run a campaign', 'Complete', 'Done']]);
    expect(layoutOf([grid]).sheets[0]!.role).toBe('progress');
    const { roles } = parseSheetRoles('Actions=sheet2');
    expect(layoutOf([grid], { sheetRoles: roles }).sheets[0]!.role).toBe('actions');
  });

  test('--sheet naming a sheet the file does not have is a problem that lists its sheets', () => {
    const { roles } = parseSheetRoles('Measures=KPIs');
    const layout = layoutOf([gridOf('Actions', [['Action', 'Lead']]), gridOf('Figures', [['Measure', '2020']])], { sheetRoles: roles });
    expect(layout.problems).toEqual([{ message: '--sheet names a sheet "KPIs", but plan.xlsx has none. Its sheets are: "Actions", "Figures".' }]);
  });

  test('a file with one sheet and no row of column names is a problem; other unknown sheets of a workbook are passed over', () => {
    const notes = gridOf('Notes', [['Some notes about the plan']]);
    expect(layoutOf([notes]).problems).toEqual([
      {
        at: 'sheet "Notes"',
        message: 'no row in the first 12 names the columns of any kind of sheet the import reads. The row of column names needs at least two names from the table in docs/authoring.md ("Importing a whole plan"), such as "Action" and "Lead officer".',
      },
    ]);
    const layout = layoutOf([notes, gridOf('Actions', [['Action', 'Lead'], ['Run a campaign', 'Chief Officer']])]);
    expect(layout.problems).toEqual([]);
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual(['Actions']);
    // …but never silently: the report lists the sheet it did not read, and how to have it read.
    expect(layout.passedOver).toEqual([
      { at: 'sheet "Notes"', text: 'Some notes about the plan', why: expect.stringContaining('--sheet "Actions=Notes"') },
    ]);
  });

  test('a sheet named for its quarter, with plain Status and Update columns, is that quarter’s progress', () => {
    const layout = layoutOf([gridOf('2024/25 Q2', [['Ref', 'Action', 'Status', 'Update'], ['1.1', 'Run a campaign', 'Complete', 'Finished in May']])]);
    expect(layout.sheets[0]!.role).toBe('progress');
    expect(layout.sheets[0]!.rows[0]!.periods.map(({ period, field, cell }) => [period, field, cell.text])).toEqual([
      ['2024/25 Q2', 'status', 'Complete'],
      ['2024/25 Q2', 'commentary', 'Finished in May'],
    ]);
  });

  test('a sheet --sheet calls progress with no quarter anywhere says where the quarter can be written', () => {
    const { roles } = parseSheetRoles('Progress=Sheet1');
    const layout = layoutOf([gridOf('Sheet1', [['Action', 'Status', 'Update']])], { sheetRoles: roles });
    expect(layout.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('or the quarter as the sheet’s name ("2024/25 Q1")')]);
  });

  test('a sheet --sheet names that has no row of its columns is a problem naming the kind', () => {
    const { roles } = parseSheetRoles('Measures=Notes');
    const layout = layoutOf([gridOf('Notes', [['Some notes']]), gridOf('Actions', [['Action', 'Lead']])], { sheetRoles: roles });
    expect(layout.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('names the columns of a sheet of measures.')]);
  });

  test('the plan sheet’s labels give the plan’s details, whichever cells they are in', () => {
    const layout = layoutOf([
      gridOf('Plan', [['About this plan'], ['Plan title', 'Anytown Community Plan'], ['', 'Partnership', 'Anytown CPP'], ['Plan type', 'LOIP'], ['Area', 'Anytown']]),
    ]);
    expect(layout.planSheet).toBe('Plan');
    expect(Object.fromEntries(Object.entries(layout.plan).map(([field, cell]) => [field, cell!.text]))).toEqual({ title: 'Anytown Community Plan', partnership: 'Anytown CPP', kind: 'LOIP', area: 'Anytown' });
  });

  test('a Word table gets the heading just before it', () => {
    const document = workbookOf(
      [gridOf('Table 1', [['Outcome', 'Action'], ['Children are safe', 'Train staff']]), gridOf('Table 2', [['Outcome', 'Action'], ['Children are active', 'Free swimming']])],
      [
        { text: 'Our plan', heading: 1 },
        { text: 'PRIORITY 1 : Children are safe', beforeTable: 1 },
        { text: 'Priority 2: Children are healthy', heading: 2 },
        { text: 'These actions…', beforeTable: 2 },
      ],
      'docx',
    );
    const layout = layoutDocument(document);
    expect(layout.sheets.map((sheet) => sheet.heading?.text)).toEqual(['PRIORITY 1 : Children are safe', 'Priority 2: Children are healthy']);
  });
});

describe('option parsing', () => {
  test('parseSheetRoles reads each role and sheet, and names a part it cannot read', () => {
    const { roles, problems } = parseSheetRoles('Actions=Sheet2, measure = KPIs,Things=Sheet3,Progress');
    expect([...roles]).toEqual([
      ['Sheet2', 'actions'],
      ['KPIs', 'measures'],
    ]);
    expect(problems).toEqual([
      { message: '--sheet "Things=Sheet3" should say what a sheet lists, then =, then the sheet\'s name, like --sheet "Actions=Sheet2". What a sheet can list: plan, priorities, outcomes, actions, measures, figures, progress.' },
      { message: '--sheet "Progress" should say what a sheet lists, then =, then the sheet\'s name, like --sheet "Actions=Sheet2". What a sheet can list: plan, priorities, outcomes, actions, measures, figures, progress.' },
    ]);
    expect(parseSheetRoles(undefined)).toEqual({ roles: new Map(), problems: [] });
  });

  test('parseColumnMap reads field names in any case or spacing, and names a field it does not know', () => {
    const { map, problems } = parseColumnMap('Timescale=completion_target,Who?=LEAD,Notes=-,Budget=money,=lead');
    expect([...map]).toEqual([
      ['timescale', 'completionTarget'],
      ['who', 'lead'],
      ['notes', '-'],
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^--map "Budget=money" should be a column's name, then =, then the field it holds \(or - to leave it out\)\. The fields are: action, area, baseline, /),
      expect.stringMatching(/^--map "=lead" should be/),
    ]);
  });
});
