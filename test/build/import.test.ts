/**
 * npm run import, end to end: the Moray CSP Priority 3 action plan, transcribed from the seed document
 * into a CSV (and an Excel workbook made from the same rows), replaces the hand-written Priority 3
 * actions in a copy of the project, and the site builds with a page for each imported action.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { runImport } from '../../src/cli/import';
import { readContent } from '../../src/integrations/read-content';
import { buildSiteIndex } from '../../src/lib/relations';
import { projectRoot } from '../content/helpers';
import { normalise } from './built-site';
import { copyProject, runBuild } from './project-copy';

const PLAN = 'moray-csp-2020-23';
const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'import');
const PRIORITY_3_CSV = path.join(FIXTURES, 'moray-csp-priority-3-actions.csv');
const ERRORS_CSV = path.join(FIXTURES, 'actions-with-errors.csv');
/** The plan's table as the seed prints it: the outcome and aim cells are left blank below the first row they cover. */
const PRIORITY_3_OPTIONS = ['--plan', PLAN, '--kind', 'actions', '--map', 'HIGH LEVEL ACTIONS=title,OUTCOMES=outcome,IMPROVEMENT AIMS=improvementAim', '--fill-down', 'outcome,improvementAim'];
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

const temporary: string[] = [];
afterAll(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function keep(folder: string): string {
  temporary.push(folder);
  return folder;
}

/** A folder with only a copy of content/: enough to import into without building. */
function contentCopy(): string {
  const root = keep(mkdtempSync(path.join(tmpdir(), 'plansite-import-')));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

/** Every file under content/ and what it says, to prove an import changed nothing. */
function snapshot(root: string): Map<string, string> {
  return new Map(globSync('content/**/*', { cwd: root, withFileTypes: false }).sort().flatMap((file) => {
    try {
      return [[file, readFileSync(path.join(root, file), 'utf8')] as [string, string]];
    } catch {
      return []; // a folder
    }
  }));
}

function problemsIn(root: string) {
  const { content, problems } = readContent(path.join(root, 'content'), root);
  return [...problems, ...buildSiteIndex(content).problems];
}

interface ActionSummary {
  title: string;
  outcome: string;
  improvementAim?: string | string[];
  order: number;
}

/**
 * Deletes the plan's Priority 3 actions (those whose outcome belongs to the priority "poverty") from a
 * copy and returns what they said. Nothing else in the content names them, so the copy stays valid.
 */
function removePriority3Actions(root: string): ActionSummary[] {
  const { content } = readContent(path.join(root, 'content'), root);
  const povertyOutcomes = new Set(content.outcomes.filter((outcome) => outcome.id.startsWith(`${PLAN}/`) && outcome.data.priority === 'poverty').map((outcome) => outcome.id.split('/').pop()));
  const removed = content.actions.filter((action) => action.id.startsWith(`${PLAN}/`) && povertyOutcomes.has(action.data.outcome));
  for (const action of removed) rmSync(path.join(root, action.filePath));
  expect(problemsIn(root), 'the copy without the Priority 3 actions must still be valid').toEqual([]);
  return removed.map((action) => summary(action.data));
}

/** One aim or several, as the file writes it or as the site reads it (always a list). */
function summary(data: ActionSummary): ActionSummary {
  return { title: data.title, outcome: data.outcome, improvementAim: [data.improvementAim ?? []].flat(), order: data.order };
}

function byOutcomeAndOrder(a: ActionSummary, b: ActionSummary): number {
  return a.outcome.localeCompare(b.outcome) || a.order - b.order;
}

/** The files an import wrote, from its summary ("row 2 → name.yaml: title"). */
function writtenFiles(output: string): string[] {
  return [...output.matchAll(/^ {2}- row \d+ → ([a-z0-9-]+\.yaml)/gm)].map((match) => match[1]!);
}

function readAction(root: string, file: string): ActionSummary {
  return summary(parseYaml(readFileSync(path.join(root, 'content', PLAN, 'actions', file), 'utf8')));
}

/** The same rows as the CSV, in a workbook whose first sheet is notes and whose outcome cells are merged, as councils keep them. */
async function writePriority3Workbook(file: string): Promise<void> {
  const rows: string[][] = parseCsv(readFileSync(PRIORITY_3_CSV, 'utf8'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('About').addRow(['Moray Children\'s Services Plan 2020-23: high level action plans']);
  const sheet = workbook.addWorksheet('Priority 3');
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  const outcomeRows = rows.flatMap((row, position) => (position > 0 && row[0] !== '' ? [position + 1] : []));
  outcomeRows.forEach((first, position) => {
    const last = (outcomeRows[position + 1] ?? rows.length + 1) - 1;
    if (last > first) sheet.mergeCells(first, 1, last, 1);
  });
  await workbook.xlsx.writeFile(file);
}

/** Imports into a fresh copy of the project with the Priority 3 actions removed, builds it, and checks every imported page. */
async function roundTrip(spreadsheet: string, extraOptions: string[] = []) {
  const copy = keep(copyProject());
  const removed = removePriority3Actions(copy);
  expect(removed).toHaveLength(17);

  const { exitCode, output } = await runImport([spreadsheet, ...PRIORITY_3_OPTIONS, ...extraOptions], copy);
  expect(exitCode, output).toBe(0);
  expect(output).toContain(`17 files written in content/${PLAN}/actions/`);
  const files = writtenFiles(output);
  expect(files).toHaveLength(17);

  // The import gives back what the plan's hand-written files said: the same titles, outcomes, aims and order.
  const imported = files.map((file) => readAction(copy, file));
  expect(imported.sort(byOutcomeAndOrder)).toEqual(removed.sort(byOutcomeAndOrder));
  expect(problemsIn(copy)).toEqual([]);

  const build = runBuild(copy);
  expect(build.status, build.output.slice(-3000)).toBe(0);
  for (const file of files) {
    const id = file.replace(/\.yaml$/, '');
    const action = readAction(copy, file);
    const page = load(readFileSync(path.join(copy, 'dist', PLAN, 'actions', id, 'index.html'), 'utf8'));
    expect(normalise(page('main h1').text()), file).toBe(action.title);
    const outcomePage = load(readFileSync(path.join(copy, 'dist', PLAN, 'outcomes', action.outcome, 'index.html'), 'utf8'));
    expect(outcomePage(`main a[href$="/${PLAN}/actions/${id}/"]`).length, `${action.outcome} lists ${id}`).toBeGreaterThan(0);
  }
  return new Map(files.map((file) => [file, readFileSync(path.join(copy, 'content', PLAN, 'actions', file), 'utf8')]));
}

describe('npm run import', () => {
  let fromCsv: Map<string, string>;

  test('imports the Priority 3 action plan from CSV, and the site builds with a page for each action', async () => {
    fromCsv = await roundTrip(PRIORITY_3_CSV);
  }, 300_000);

  test('imports the same rows from an Excel workbook, chosen by --sheet, into the same files', async () => {
    const workbook = path.join(keep(mkdtempSync(path.join(tmpdir(), 'plansite-xlsx-'))), 'Moray CSP action plans.xlsx');
    await writePriority3Workbook(workbook);
    const fromXlsx = await roundTrip(workbook, ['--sheet', 'priority 3']);
    expect(fromXlsx).toEqual(fromCsv);
  }, 300_000);

  test('run twice, refuses without --force and writes nothing; with --force, writes the same files again', async () => {
    const root = contentCopy();
    const first = await runImport([PRIORITY_3_CSV, ...PRIORITY_3_OPTIONS], root);
    expect(first.exitCode, first.output).toBe(0);
    const before = snapshot(root);

    const second = await runImport([PRIORITY_3_CSV, ...PRIORITY_3_OPTIONS], root);
    expect(second.exitCode).toBe(1);
    expect(second.output).toMatch(/^Nothing was imported, because of 17 problems in moray-csp-priority-3-actions\.csv:/);
    expect(second.output).toContain(
      `moray-csp-priority-3-actions.csv, row 2: content/${PLAN}/actions/agree-resource-partnership-model-engagement-utilising.yaml already exists, with the same title. Run the import again with --force to replace it`,
    );
    expect(second.output).toContain('No files were written.');
    expect(snapshot(root)).toEqual(before);

    const forced = await runImport([PRIORITY_3_CSV, ...PRIORITY_3_OPTIONS, '--force'], root);
    expect(forced.exitCode, forced.output).toBe(0);
    expect(forced.output.match(/\(replaces the file there\)/g)).toHaveLength(17);
    expect(snapshot(root)).toEqual(before);
  });

  test('a spreadsheet with mistakes writes nothing, and says which row and column to fix, without a stack trace', async () => {
    const root = contentCopy();
    const before = snapshot(root);
    const { exitCode, output } = await runImport([ERRORS_CSV, '--plan', PLAN, '--kind', 'actions'], root);
    expect(exitCode).toBe(1);
    expect(snapshot(root)).toEqual(before);
    expect(output).toMatch(/^Nothing was imported, because of 10 problems in actions-with-errors\.csv:/);
    for (const expected of [
      'actions-with-errors.csv, row 3, column "Outcome": there is no outcome "Children feel safe" in moray-csp-2020-23. Did you mean "Children and young people feel safe in their community"?',
      'actions-with-errors.csv, row 4, column "Title": this cell is blank, and every action needs a title.',
      'actions-with-errors.csv, row 5, column "Improvement aim": the outcome "Children and care leavers have safe, secure, stable and nurturing homes" has no improvement aim "Reduce bullying".',
      'actions-with-errors.csv, row 6, column "Completion target": "next spring" has no date in it.',
      'actions-with-errors.csv, row 7, column "Status": "started" is not one of the choices.',
      'actions-with-errors.csv, row 8, column "Themes": there is no theme "child povert". Did you mean "child-poverty"?',
      'actions-with-errors.csv, row 9, column "Measures": there is no measure "pathway-in-plac" in moray-csp-2020-23. Did you mean "pathway-in-place"?',
      'actions-with-errors.csv, row 9, column "Measures": the measure "engagement-model-reach" is already listed by content/moray-csp-2020-23/outcomes/voices-heard.mdx',
      'actions-with-errors.csv, row 10, column "Title": "QZX" looks like an abbreviation, and the glossary does not explain it',
      'actions-with-errors.csv, row 10, column "Order": "third" is not a whole number.',
    ]) {
      expect(output).toContain(expected);
    }
    expect(output).not.toMatch(STACK_TRACE);
    expect(output).not.toMatch(/ZodError|invalid_type|invalid_value/);
  });

  test('--dry-run checks every row and lists the files, writing nothing', async () => {
    const root = contentCopy();
    const before = snapshot(root);
    const { exitCode, output } = await runImport([PRIORITY_3_CSV, ...PRIORITY_3_OPTIONS, '--dry-run'], root);
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/^Dry run: every row is correct, and nothing was written\. The import would write 17 files \(17 actions\) in content\/moray-csp-2020-23\/actions\/:/);
    expect(writtenFiles(output)).toHaveLength(17);
    expect(snapshot(root)).toEqual(before);
  });

  test('imports measures and lists each in its outcome, keeping the outcome file as it was written', async () => {
    const root = contentCopy();
    const spreadsheet = path.join(root, 'measures.csv');
    writeFileSync(
      spreadsheet,
      [
        'Title,For,Unit,Better direction,Frequency,Source',
        '"Families accessing the pathway within a month of referral",The disposable income of families experiencing poverty is maximised,%,increase,Annual,Money Advice Moray',
        'Number of locality projects funded,,number,,,',
      ].join('\n'),
    );
    const outcomeFile = path.join(root, 'content', PLAN, 'outcomes', 'disposable-income.mdx');
    const outcomeBefore = readFileSync(outcomeFile, 'utf8');

    const { exitCode, output } = await runImport([spreadsheet, '--plan', PLAN, '--kind', 'measures', '--fill-down', 'for'], root);
    expect(exitCode, output).toBe(0);
    expect(output).toContain(`Added 2 measures to the \`measures\` list of content/${PLAN}/outcomes/disposable-income.mdx.`);
    expect(readFileSync(outcomeFile, 'utf8')).toBe(
      outcomeBefore.replace('  - locality-projects-evaluation\n', '  - locality-projects-evaluation\n  - families-accessing-pathway-month-referral\n  - number-locality-projects-funded\n'),
    );
    expect(problemsIn(root)).toEqual([]);
  });

  test('a missing file, a wrong option or an unreadable workbook is explained plainly', async () => {
    const root = contentCopy();
    const notAWorkbook = path.join(root, 'plan.xlsx');
    writeFileSync(notAWorkbook, 'this is not a workbook');
    const cases: Array<[string[], RegExp]> = [
      [['missing.csv', '--plan', PLAN, '--kind', 'actions'], /^There is no file missing\.csv\./],
      [[PRIORITY_3_CSV, '--plan', PLAN], /^Say what the rows are with --kind actions or --kind measures\./],
      [[PRIORITY_3_CSV, '--plan', PLAN, '--kind', 'actions', '--colour'], /^Unknown option '--colour'/],
      [[notAWorkbook, '--plan', PLAN, '--kind', 'actions'], /^plan\.xlsx could not be read as an Excel workbook\./],
      [[PRIORITY_3_CSV, '--plan', PLAN, '--kind', 'actions', '--sheet', 'Priority 3'], /^--sheet chooses a worksheet in an \.xlsx file/],
    ];
    for (const [args, expected] of cases) {
      const { exitCode, output } = await runImport(args, root);
      expect(exitCode, output).toBe(1);
      expect(output).toMatch(expected);
      expect(output).toContain('Nothing was imported.');
      expect(output).not.toMatch(STACK_TRACE);
    }
  });
});
