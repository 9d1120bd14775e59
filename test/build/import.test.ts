/**
 * npm run import and npm run export, end to end: a council workbook and a Word action plan each
 * imported into a new site that builds; importing again changes nothing; next quarter's workbook adds a
 * report and keeps hand edits; every sample plan survives export then import unchanged; every kind of
 * bad input writes nothing and names the cell.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { runExport } from '../../src/cli/export';
import { runImport } from '../../src/cli/import';
import { runNew } from '../../src/cli/new';
import { readContent } from '../../src/integrations/read-content';
import { ACTION_PLAN_DOCX_COUNTS, makeActionPlanDocx } from '../fixtures/import/action-plan-docx';
import { COUNCIL_WORKBOOK_COUNTS, makeCouncilWorkbook } from '../fixtures/import/council-workbook';
import { projectRoot } from '../content/helpers';
import { copyProject, runNpmBuild } from './project-copy';

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
/** The council workbook's progress sheet uses RAG colours for actions: the officer says what they mean. */
const COLOURS = ['--status', 'Green=in progress,Amber=in progress,Red=in progress'];

const temporary: string[] = [];
afterAll(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function keep(folder: string): string {
  temporary.push(folder);
  return folder;
}

/** A folder with a copy of content/ (and public/ linked): enough to import into without building. */
function contentCopy(): string {
  const root = keep(mkdtempSync(path.join(tmpdir(), 'plansite-import-')));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'public'), path.join(root, 'public'));
  return root;
}

/** A new site of a partnership's own, with no plans yet. */
function newSite(root: string, area = 'Anytown'): string {
  expect(runNew(['site', '--title', `${area} plans`, '--publisher', `${area} Partnership`, '--area', area, '--email', 'plans@example.gov.uk'], root).exitCode).toBe(0);
  return root;
}

/** Every file under content/ and what it says, to prove an import changed nothing. */
function snapshot(root: string): Map<string, string> {
  return new Map(globSync('content/**/*.*', { cwd: root }).sort().map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
}

function counts(root: string, plan: string) {
  const { content, problems } = readContent(path.join(root, 'content'), root);
  const of = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => entry.id.startsWith(`${plan}/`));
  return {
    problems,
    priorities: of(content.priorities).length,
    outcomes: of(content.outcomes).length,
    improvementAims: of(content.outcomes).reduce((total, outcome) => total + outcome.data.improvementAims.length, 0),
    actions: of(content.actions).length,
    measures: of(content.measures).length,
    figures: of(content.series).reduce((total, series) => total + series.data.rows.length, 0),
    reports: of(content.reports).length,
  };
}

async function writeFixture(root: string, name: string, bytes: Buffer): Promise<string> {
  const file = path.join(root, name);
  writeFileSync(file, bytes);
  return file;
}

describe('a council workbook, imported into a new site', () => {
  let root: string;
  let file: string;

  beforeAll(async () => {
    root = newSite(keep(copyProject()));
    file = await writeFixture(root, 'Anytown Community Plan.xlsx', await makeCouncilWorkbook());
  });

  test('colours as action statuses stop it, naming the cells and the fix, and nothing is written', async () => {
    const before = snapshot(root);
    const result = await runImport([file, '--plan', 'anytown-plan'], root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/Anytown Community Plan\.xlsx, Progress!C\d+ \(and C\d+\): the status "Green" is a RAG colour, and an action's status on the site is one of: not started .*--status "Green=in progress"/);
    expect(result.output).toContain('Nothing was written.');
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(snapshot(root)).toEqual(before);
  });

  test('a dry run shows what it would create, as a table, and writes nothing', async () => {
    const before = snapshot(root);
    const result = await runImport([file, '--plan', 'anytown-plan', '--dry-run', ...COLOURS], root);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/^ {2}Create {2}action +content\/anytown-plan\/actions\/[a-z0-9-]+\.yaml +Support 50 local employers/m);
    expect(result.output).toContain('Not placed (1)');
    expect(snapshot(root)).toEqual(before);
  });

  test('brings in every priority, outcome, action, measure, figure and the quarter’s report, and the site builds', async () => {
    const result = await runImport([file, '--plan', 'anytown-plan', ...COLOURS], root);
    expect(result.exitCode, result.output).toBe(0);
    const { problems, ...found } = counts(root, 'anytown-plan');
    expect(problems).toEqual([]);
    expect(found).toMatchObject({
      priorities: COUNCIL_WORKBOOK_COUNTS.priorities,
      outcomes: COUNCIL_WORKBOOK_COUNTS.outcomes,
      actions: COUNCIL_WORKBOOK_COUNTS.actions,
      measures: COUNCIL_WORKBOOK_COUNTS.measures,
      figures: COUNCIL_WORKBOOK_COUNTS.figures,
      reports: COUNCIL_WORKBOOK_COUNTS.quarters,
    });
    // Numbering is kept as the reference and taken off the titles.
    expect(readFileSync(path.join(root, 'content/anytown-plan/priorities/fairer-anytown.mdx'), 'utf8')).toMatch(/^title: "A fairer Anytown"\nreference: "SO1"\nnumber: 1$/m);
    expect(runCheck(root).exitCode).toBe(0);
    const build = runNpmBuild(root);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = readFileSync(path.join(root, globSync('dist/anytown-plan/actions/support-50-*/index.html', { cwd: root })[0]!), 'utf8');
    expect(page).toContain('Plan’s reference');
    expect(page).toContain('Action 1.1.2');
  }, 300_000);

  test('the same import again changes nothing', async () => {
    const before = snapshot(root);
    const result = await runImport([file, '--plan', 'anytown-plan', ...COLOURS], root);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/Created 0 files, updated 0; \d+ already say what the file says/);
    expect(snapshot(root)).toEqual(before);
  });

  test('next quarter’s workbook adds one report and keeps hand edits to fields the workbook has no column for', async () => {
    const action = globSync('content/anytown-plan/actions/support-50-*.yaml', { cwd: root })[0]!;
    writeFileSync(path.join(root, action), `${readFileSync(path.join(root, action), 'utf8')}description: "Written by hand after the import."\n`);
    const before = snapshot(root);
    const next = await writeFixture(root, 'Anytown Q2.xlsx', await makeCouncilWorkbook(['2024/25 Q1', '2024/25 Q2']));
    const result = await runImport([next, '--plan', 'anytown-plan', ...COLOURS], root);
    expect(result.exitCode, result.output).toBe(0);
    const after = snapshot(root);
    const added = [...after.keys()].filter((file) => !before.has(file));
    expect(added).toEqual(['content/anytown-plan/reports/2024-25-q2.mdx']);
    expect([...after].filter(([file, text]) => before.has(file) && before.get(file) !== text).map(([file]) => file)).toEqual([]);
    expect(after.get(action)).toContain('description: "Written by hand after the import."');
    expect(counts(root, 'anytown-plan')).toMatchObject({ problems: [], reports: 2 });
  });
});

describe('a Word action plan, imported into a new site', () => {
  test('makes its priorities, outcomes, aims, actions and measures from the tables, and the site builds', async () => {
    const root = newSite(keep(copyProject()), 'Moray');
    const file = await writeFixture(root, 'action-plans.docx', await makeActionPlanDocx());
    const result = await runImport([file, '--plan', 'example-csp', '--plan-kind', 'childrens-services-plan', '--area', 'Moray', '--partnership', 'Moray Children’s Services Partnership'], root);
    expect(result.exitCode, result.output).toBe(0);
    const { problems, ...found } = counts(root, 'example-csp');
    expect(problems).toEqual([]);
    expect(found).toMatchObject(ACTION_PLAN_DOCX_COUNTS);
    const plan = readFileSync(path.join(root, 'content/example-csp/plan.mdx'), 'utf8');
    expect(plan).toMatch(/^vision: ".+"$/m);
    expect(plan).toContain('principles:');
    expect(runCheck(root).exitCode).toBe(0);
    const build = runNpmBuild(root);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  }, 300_000);
});

describe('npm run export, then npm run import of the same workbook', () => {
  const plans = readContent(path.join(projectRoot, 'content'), projectRoot).content.plans.map((plan) => plan.id);

  test.each(plans)('%s: changes nothing in content/', async (plan) => {
    const root = contentCopy();
    const workbook = path.join(root, `${plan}.xlsx`);
    const exported = await runExport(['--plan', plan, '--out', workbook], root);
    expect(exported.exitCode, exported.output).toBe(0);
    const before = snapshot(root);
    const result = await runImport([workbook, '--plan', plan], root);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/Created 0 files, updated 0;/);
    expect(snapshot(root)).toEqual(before);
  });

  test('the exported workbook has a sheet per part of the plan, and a progress sheet ready for next quarter', async () => {
    const root = contentCopy();
    const workbook = path.join(root, 'loip.xlsx');
    await runExport(['--plan', 'moray-loip', '--out', workbook], root);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'Priorities', 'Outcomes', 'Actions', 'Measures', 'Figures', 'Progress']);
    const header = (book.getWorksheet('Progress')!.getRow(1).values as string[]).filter(Boolean);
    expect(header.slice(-4)).toEqual(['2021/22 Quarter 1 (April to June 2021) status', '2021/22 Quarter 1 (April to June 2021) commentary', '2021/22 Q2 status', '2021/22 Q2 commentary']);
  });
});

/** A small workbook of named sheets, each a header row then rows. */
async function workbook(sheets: Record<string, Array<Array<string | number | null>>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const PLAN_SHEET: Array<Array<string | number | null>> = [['Plan title', 'Test City Plan'], ['Plan type', 'LOIP'], ['Partnership', 'Test City Partnership'], ['Area', 'Test City']];
const ACTIONS_HEADER = ['Priority', 'Outcome', 'Action', 'Lead officer', 'Timescale', 'Status'];
const GOOD_ROWS = [
  ['SO1: A fairer city', '1.1 More people in work', 'Open a jobs hub', 'Jobs Lead', 'March 2026', 'In progress'],
  [null, null, 'Run a jobs fair', 'Jobs Lead', '2025/26', 'Not started'],
];

describe('bad input writes nothing and says which cell to fix', () => {
  test.each<{ name: string; sheets: Record<string, Array<Array<string | number | null>>>; says: string }>([
    {
      name: 'an unknown column',
      sheets: { Plan: PLAN_SHEET, Actions: [[...ACTIONS_HEADER, 'Notes for officers'], ...GOOD_ROWS.map((row) => [...row, 'Check with finance'])] },
      says: 'Test City Plan.xlsx, Actions!G1: the column "Notes for officers" is not one the import reads in a sheet of actions. Rename it to a column name from the table in docs/authoring.md ("Importing a whole plan"), or leave it out with --map "Notes for officers=-".',
    },
    {
      name: 'a status word not in the list',
      sheets: { Plan: PLAN_SHEET, Actions: [ACTIONS_HEADER, GOOD_ROWS[0]!, [null, null, 'Run a jobs fair', 'Jobs Lead', '2025/26', 'Done-ish']] },
      says: 'Test City Plan.xlsx, Actions!F3: the status "Done-ish" is not one the import knows for an action.',
    },
    {
      name: 'a figure "n/a"',
      sheets: { Plan: PLAN_SHEET, Actions: [[...ACTIONS_HEADER, 'Measure'], [...GOOD_ROWS[0]!, 'People helped into work']], Figures: [['Measure', '2023/24', '2024/25'], ['People helped into work', 120, 'n/a']] },
      says: 'Test City Plan.xlsx, Figures!C2: the figure "n/a" is not a number. Write a plain number (62, 4422.45), or leave the cell blank if there is no figure for 2024/25.',
    },
    {
      name: 'two actions with the same title in one outcome',
      sheets: { Plan: PLAN_SHEET, Actions: [ACTIONS_HEADER, GOOD_ROWS[0]!, [null, null, 'Open a jobs hub', 'Other Lead', '2026/27', null]] },
      says: 'Test City Plan.xlsx, Actions!C3: there is already an action "Open a jobs hub" in the outcome "More people in work" (Actions!C2).',
    },
    {
      name: 'an outcome named in actions but missing from the outcomes sheet',
      sheets: { Plan: PLAN_SHEET, Outcomes: [['Outcome', 'Priority'], ['More people in work', 'A fairer city']], Actions: [['Outcome', 'Action'], ['More people in wrok', 'Open a jobs hub']] },
      says: 'Test City Plan.xlsx, Actions!A2: the outcome "More people in wrok" is not on the sheet of outcomes. Did you mean "More people in work"?',
    },
  ])('$name', async ({ sheets, says }) => {
    const root = newSite(contentCopy(), 'Test City');
    const file = await writeFixture(root, 'Test City Plan.xlsx', await workbook(sheets));
    const before = snapshot(root);
    const result = await runImport([file, '--plan', 'test-city-plan'], root);
    expect(result.exitCode, result.output).toBe(1);
    expect(result.output).toContain(says);
    expect(result.output).toContain('Nothing was written.');
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(snapshot(root)).toEqual(before);
  });

  test('the same good rows import cleanly, so each case above fails only for its mistake', async () => {
    const root = newSite(contentCopy(), 'Test City');
    const file = await writeFixture(root, 'Test City Plan.xlsx', await workbook({ Plan: PLAN_SHEET, Actions: [ACTIONS_HEADER, ...GOOD_ROWS] }));
    const result = await runImport([file, '--plan', 'test-city-plan'], root);
    expect(result.exitCode, result.output).toBe(0);
    expect(counts(root, 'test-city-plan')).toMatchObject({ problems: [], priorities: 1, outcomes: 1, actions: 2 });
  });

  test('a missing file, a wrong option or a file that is not a workbook is explained plainly', async () => {
    const root = contentCopy();
    expect((await runImport(['nowhere.xlsx', '--plan', 'x'], root)).output).toContain('There is no file nowhere.xlsx.');
    expect((await runImport(['a.xlsx'], root)).output).toContain('Say which plan the file is with --plan');
    expect((await runImport(['a.xlsx', '--plan', 'x', '--colour', 'red'], root)).output).toContain("Unknown option '--colour'");
    const fake = await writeFixture(root, 'fake.xlsx', Buffer.from('not a workbook'));
    const result = await runImport([fake, '--plan', 'x'], root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/fake\.xlsx is not an Excel workbook/);
    expect(result.output).not.toMatch(STACK_TRACE);
  });
});

describe('a CSV of a plan’s own table', () => {
  test('the Moray CSP Priority 3 table, as the seed prints it, finds the plan’s own outcomes and actions and changes nothing', async () => {
    const root = contentCopy();
    const before = snapshot(root);
    const result = await runImport([path.join(projectRoot, 'test/fixtures/import/moray-csp-priority-3-actions.csv'), '--plan', 'moray-csp-2020-23'], root);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/Created 0 files, updated 0; 22 already say what the file says/);
    expect(snapshot(root)).toEqual(before);
  });
});
