/**
 * npm run import -- <file.csv|file.xlsx> --plan <plan> --kind actions|measures
 *   [--sheet <name>] [--map "Column=field,..."] [--fill-down field,...] [--force] [--dry-run]
 *
 * Makes one action (or measure) file per spreadsheet row. Every row is checked first; if any is
 * wrong, nothing is written. The rules are in src/lib/spreadsheet-import.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../integrations/read-content';
import { buildSiteIndex } from '../lib/relations';
import {
  addMeasuresToOutcome,
  cellText,
  formatImportProblems,
  planImport,
  type ImportKind,
  type ImportPlan,
  type Sheet,
  type SheetRow,
} from '../lib/spreadsheet-import';

const USAGE =
  'Usage: npm run import -- <file.csv or file.xlsx> --plan <plan> --kind actions|measures ' +
  '[--sheet <name>] [--map "Spreadsheet column=field,..."] [--fill-down field,...] [--force] [--dry-run]\n' +
  'For example: npm run import -- actions.csv --plan city-loip --kind actions --fill-down outcome,improvementAim\n' +
  'The README explains each option under "Import actions or measures from a spreadsheet".';

interface Result {
  exitCode: number;
  output: string;
}

/** A problem with the command or the file itself, as opposed to a row in it. */
class ImportStop extends Error {}

interface Arguments {
  file: string;
  plan: string;
  kind: ImportKind;
  sheet?: string;
  map?: string;
  fillDown: string[];
  force: boolean;
  dryRun: boolean;
}

function readArguments(args: string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        kind: { type: 'string' },
        sheet: { type: 'string' },
        map: { type: 'string', multiple: true },
        'fill-down': { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new ImportStop(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ImportStop(`${positionals.length === 0 ? 'Say which spreadsheet to import.' : `Import one spreadsheet at a time (you named ${positionals.length}). Put quotes around a file name with spaces.`}\n${USAGE}`);
  if (!values.plan) throw new ImportStop(`Say which plan the rows belong to with --plan, the name of its folder in content/.\n${USAGE}`);
  if (values.kind !== 'actions' && values.kind !== 'measures') throw new ImportStop(`Say what the rows are with --kind actions or --kind measures.\n${USAGE}`);
  return {
    file: positionals[0]!,
    plan: values.plan,
    kind: values.kind,
    sheet: values.sheet,
    map: values.map?.join(','),
    fillDown: (values['fill-down'] ?? []).flatMap((list) => list.split(',')),
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
  };
}

/** Excel saves "CSV" in Windows-1252 unless told "CSV UTF-8"; both are read. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The first row with anything in it names the columns; every row keeps the number the spreadsheet shows. */
function toSheet(file: string, rows: SheetRow[]): Sheet {
  const hasText = (row: SheetRow) => row.cells.some((cell) => cell.trim() !== '');
  const headerAt = rows.findIndex(hasText);
  if (headerAt < 0) throw new ImportStop(`${file} is empty: there is nothing to import.`);
  return { file, header: rows[headerAt]!, rows: rows.slice(headerAt + 1).filter(hasText) };
}

function readCsvSheet(filePath: string): Sheet {
  const name = path.basename(filePath);
  let records: string[][];
  try {
    records = parseCsv(decodeText(readFileSync(filePath)), { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportStop(`${name}${line ? `, line ${line}` : ''}: this is not a valid CSV file (${(error as Error).message.replace(/^Invalid .*?: /, '')}). Check for a quote mark that is never closed. Save the spreadsheet again as "CSV UTF-8".`);
  }
  return toSheet(name, records.map((cells, position) => ({ row: position + 1, cells })));
}

async function readXlsxSheet(filePath: string, sheetName: string | undefined): Promise<Sheet> {
  const name = path.basename(filePath);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch {
    throw new ImportStop(`${name} could not be read as an Excel workbook. Open it in your spreadsheet program and save it again as .xlsx (or as CSV UTF-8).`);
  }
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet = sheetName ? workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === sheetName.trim().toLowerCase()) : workbook.worksheets[0];
  if (!worksheet) {
    throw new ImportStop(`${name} has no worksheet${sheetName ? ` called "${sheetName}"` : 's'}. Its worksheets are: ${names.map((sheet) => `"${sheet}"`).join(', ')}. Name one with --sheet.`);
  }
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= worksheet.columnCount; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    rows.push({ row: rowNumber, cells });
  });
  return toSheet(name, rows);
}

async function readSheet(args: Arguments, cwd: string): Promise<Sheet> {
  const filePath = path.resolve(cwd, args.file);
  if (!existsSync(filePath)) throw new ImportStop(`There is no file ${args.file}. Check the name and the folder (put quotes around a name with spaces).`);
  const extension = path.extname(filePath).toLowerCase();
  if (args.sheet && extension !== '.xlsx') throw new ImportStop('--sheet chooses a worksheet in an .xlsx file; a CSV file has only one. Leave --sheet out.');
  if (extension === '.csv') return readCsvSheet(filePath);
  if (extension === '.xlsx') return readXlsxSheet(filePath, args.sheet);
  throw new ImportStop(`${path.basename(filePath)} is not a .csv or .xlsx file. In your spreadsheet program, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", and import that.`);
}

/** The titles of the files already in the folder, so a row imported before is recognised. */
function existingFiles(folder: string): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  if (!existsSync(folder)) return files;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
    let title: unknown;
    try {
      title = (parseYaml(readFileSync(path.join(folder, name), 'utf8')) as { title?: unknown } | null)?.title;
    } catch {
      title = undefined;
    }
    files.set(name.slice(0, -'.yaml'.length), typeof title === 'string' ? title : undefined);
  }
  return files;
}

function planFor(sheet: Sheet, args: Arguments, projectRoot: string): ImportPlan {
  const { content, settings } = readContent(path.join(projectRoot, 'content'), projectRoot);
  const { index } = buildSiteIndex(content, { reportOrphans: false });
  const knownTerms = new Set([...(settings?.jargon.ignore ?? []), ...content.glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases])]);
  const folder = path.join(projectRoot, 'content', args.plan, args.kind);
  return planImport(sheet, { kind: args.kind, plan: args.plan, map: args.map, fillDown: args.fillDown, force: args.force }, { index, existingFiles: existingFiles(folder), knownTerms });
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function fileLines(plan: ImportPlan): string[] {
  return plan.files.map((file) => `  - row ${file.row} → ${path.basename(file.path)}${file.replaces ? ' (replaces the file there)' : ''}: ${file.title}`);
}

function outcomeEditLines(plan: ImportPlan, verb: string): string[] {
  return plan.outcomeEdits.map((edit) => `${verb} ${plural(edit.add.length, 'measure')} to the \`measures\` list of ${edit.path}.`);
}

function writePlan(plan: ImportPlan, projectRoot: string): void {
  for (const file of plan.files) {
    const target = path.join(projectRoot, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  for (const edit of plan.outcomeEdits) {
    const target = path.join(projectRoot, edit.path);
    writeFileSync(target, addMeasuresToOutcome(readFileSync(target, 'utf8'), edit.add));
  }
}

/** Runs the import; returns what to print and the exit code instead of printing, so tests can call it. */
export async function runImport(args: string[], projectRoot: string, cwd = projectRoot): Promise<Result> {
  let written = false;
  try {
    const options = readArguments(args);
    const sheet = await readSheet(options, cwd);
    const plan = planFor(sheet, options, projectRoot);
    if (plan.problems.length > 0) {
      const lines = formatImportProblems(sheet.file, plan.problems);
      return {
        exitCode: 1,
        output: [
          `Nothing was imported, because of ${plural(lines.length, 'problem')} in ${sheet.file}:`,
          '',
          ...lines.map((line) => `  - ${line}`),
          '',
          'Fix these in the spreadsheet (or in the command) and run the import again. No files were written.',
        ].join('\n'),
      };
    }
    const folder = `content/${options.plan}/${options.kind}/`;
    const count = plural(plan.files.length, options.kind.slice(0, -1));
    if (options.dryRun) {
      return {
        exitCode: 0,
        output: [
          `Dry run: every row is correct, and nothing was written. The import would write ${plural(plan.files.length, 'file')} (${count}) in ${folder}:`,
          '',
          ...fileLines(plan),
          '',
          ...outcomeEditLines(plan, 'It would add'),
          'Run the same command without --dry-run to write them.',
        ].join('\n'),
      };
    }
    written = true;
    writePlan(plan, projectRoot);
    return {
      exitCode: 0,
      output: [
        `Imported ${count} from ${sheet.file}: ${plural(plan.files.length, 'file')} written in ${folder}:`,
        '',
        ...fileLines(plan),
        '',
        ...outcomeEditLines(plan, 'Added'),
        'Next, run `npm run check` to check the whole site, then `npm run build` to see the new pages.',
      ].join('\n'),
    };
  } catch (error) {
    if (error instanceof ImportStop) return { exitCode: 1, output: `${error.message}\n\nNothing was imported.` };
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'a file or folder could not be written (no permission)' : (error as Error).message;
    return {
      exitCode: 1,
      output: written
        ? `The import stopped while writing files: ${reason}. Some files may have been written: check the folder with \`git status\`, and remove them before trying again.`
        : `The import stopped: ${reason}. No files were written.`,
    };
  }
}

// Run from the command line (not when a test imports runImport). npm runs scripts in the project
// folder; INIT_CWD is where the command was typed, so a file name is found from there.
if (process.argv[1]?.endsWith('import.ts')) {
  void runImport(process.argv.slice(2), process.cwd(), process.env.INIT_CWD ?? process.cwd()).then(({ exitCode, output }) => {
    console.log(output);
    process.exitCode = exitCode;
  });
}
