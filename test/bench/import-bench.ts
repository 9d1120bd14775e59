/**
 * The import's part of npm run bench: a generated workbook of about 2,000 action rows (with their
 * priorities, outcomes, measures, figures and a quarter's progress) imported into a new site, timed
 * from reading the file to the last file written, and then imported again (which changes nothing).
 * The goal (issue 23) is under 10 s for the first import.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runImport } from '../../src/cli/import';
import { runNew } from '../../src/cli/new';

export interface ImportBenchResult {
  rows: number;
  files: number;
  firstSeconds: number;
  againSeconds: number;
}

const PRIORITIES = 5;
const OUTCOMES_PER_PRIORITY = 8;
const ACTIONS_PER_OUTCOME = 50;
const MEASURES_PER_OUTCOME = 5;
const YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'];

/** A workbook laid out as a council's: a title row, merged-looking priority cells left blank below, numbered outcomes. */
export async function makeLargeWorkbook(): Promise<{ bytes: Buffer; rows: number }> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Plan').addRows([
    ['Plan title', 'Benchtown Community Plan 2024–2027'],
    ['Plan type', 'Local Outcomes Improvement Plan'],
    ['Partnership', 'Benchtown Community Planning Partnership'],
    ['Area', 'Benchtown'],
    ['Period', '2024–2027'],
  ]);
  const actions = book.addWorksheet('Action plan');
  actions.addRows([['Benchtown Community Plan: action plan'], [], ['Strategic priority', 'Outcome', 'Ref', 'Action', 'Lead officer', 'Timescale', 'Measure']]);
  const measures = book.addWorksheet('Measures');
  measures.addRow(['Measure', 'Outcome', 'Type', 'Unit', 'Better if', 'Baseline', 'Baseline year', 'Target', 'Target year', 'Source']);
  const figures = book.addWorksheet('Figures');
  figures.addRow(['Measure', ...YEARS]);
  const progress = book.addWorksheet('Progress');
  progress.addRow(['Ref', 'Action', '2024/25 Q1 Status', '2024/25 Q1 Update']);
  let rows = 0;
  for (let p = 1; p <= PRIORITIES; p++) {
    for (let o = 1; o <= OUTCOMES_PER_PRIORITY; o++) {
      const outcome = `${p}.${o} Outcome ${p}.${o} improves lives in Benchtown ward ${o}`;
      for (let m = 1; m <= MEASURES_PER_OUTCOME; m++) {
        const title = `Percentage of residents in ward ${o} reporting improvement ${p}.${m}`;
        measures.addRow([title, `${p}.${o}`, 'Quantitative', '%', 'Higher', 50, '2019/20', 60, '2026/27', 'Benchtown survey']);
        figures.addRow([title, ...YEARS.map((_, year) => 50 + year + m / 10)]);
      }
      for (let a = 1; a <= ACTIONS_PER_OUTCOME; a++) {
        const ref = `Action ${p}.${o}.${a}`;
        const title = `Deliver improvement project ${p}.${o}.${a} with community groups`;
        const measure = `Percentage of residents in ward ${o} reporting improvement ${p}.${1 + (a % MEASURES_PER_OUTCOME)}`;
        actions.addRow([o === 1 && a === 1 ? `SO${p}: Priority ${p} for a better Benchtown` : null, a === 1 ? outcome : null, ref, title, `Lead officer ${a % 12}`, '31/03/2027', measure]);
        progress.addRow([ref, title, a % 4 === 0 ? 'Complete' : 'In progress', `Update for project ${p}.${o}.${a}.`]);
        rows++;
      }
    }
  }
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), rows };
}

/** A new site in a temporary folder, with the project's public/ linked in. */
function newSite(projectRoot: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-import-bench-'));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'public'), path.join(root, 'public'));
  const made = runNew(['site', '--title', 'Benchtown plans', '--publisher', 'Benchtown Partnership', '--area', 'Benchtown', '--email', 'plans@example.gov.uk'], root);
  if (made.exitCode !== 0) throw new Error(`npm run new -- site failed:\n${made.output}`);
  return root;
}

async function timedImport(file: string, root: string): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  const result = await runImport([file, '--plan', 'benchtown-plan'], root);
  const seconds = (performance.now() - started) / 1000;
  if (result.exitCode !== 0) throw new Error(`the import failed:\n${result.output}`);
  return { seconds, output: result.output };
}

export async function benchImport(projectRoot: string): Promise<ImportBenchResult> {
  const root = newSite(projectRoot);
  try {
    const { bytes, rows } = await makeLargeWorkbook();
    const file = path.join(root, 'Benchtown Community Plan.xlsx');
    writeFileSync(file, bytes);
    const first = await timedImport(file, root);
    const again = await timedImport(file, root);
    if (!/Created 0 files, updated 0;/.test(again.output)) throw new Error(`importing the same workbook again changed files:\n${again.output.slice(0, 2000)}`);
    const files = Number(/Created (\d+) files/.exec(first.output)?.[1] ?? 0);
    return { rows, files, firstSeconds: first.seconds, againSeconds: again.seconds };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
