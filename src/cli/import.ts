/**
 * npm run import -- <plan.xlsx | plan.docx | sheet.csv> --plan <plan> [options]
 *
 * Brings a plan in from the workbook or Word document a partnership already has: priorities,
 * outcomes, actions, measures, figures and quarterly progress. Everything is checked first; if
 * anything is wrong, nothing is written. The pipeline is in src/lib/import/ (readers → layout →
 * plan model → writer).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { ranDirectly } from './ran-directly';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportReadError } from '../lib/import/read-error';
import { readSource } from '../lib/import/read-source';
import { parseColumnMap, parseSheetRoles } from '../lib/import/layout';
import { formatImportProblems, type ImportProblem } from '../lib/import/problem';
import { prepareImport, type PreparedImport } from '../lib/import/run-import';
import { parseStatusMap } from '../lib/import/status-words';
import type { FileChange } from '../lib/import/file-change';

const USAGE = [
  'Usage: npm run import -- <file.xlsx, file.docx or file.csv> --plan <plan folder> [options]',
  '  --sheet "Actions=Sheet2"     say what a sheet lists (plan, priorities, outcomes, actions, measures, figures, progress)',
  '  --map "Timescale=completionTarget,Notes=-"   say what a column holds, or leave it out with -',
  '  --status "On target=in progress"   say what your progress words mean',
  '  --plan-title "…" --plan-kind … --area … --partnership "…" --period "…"   for a new plan',
  '  --dry-run                    show what would be created and changed, and write nothing',
  'For example: npm run import -- "City Plan 2024.xlsx" --plan city-plan --dry-run',
  'docs/authoring.md ("Importing a whole plan") explains the layouts it reads.',
].join('\n');

interface Result {
  exitCode: number;
  output: string;
}

class ImportStop extends Error {}

interface Arguments {
  file: string;
  plan: string;
  dryRun: boolean;
  sheet?: string;
  kind?: string;
  map?: string;
  status?: string;
  fillDown: string[];
  planOptions: Record<string, string | undefined>;
}

function readArguments(args: string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        sheet: { type: 'string', multiple: true },
        kind: { type: 'string' },
        map: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        'fill-down': { type: 'string', multiple: true },
        'plan-title': { type: 'string' },
        'plan-short-title': { type: 'string' },
        'plan-kind': { type: 'string' },
        area: { type: 'string' },
        partnership: { type: 'string' },
        period: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new ImportStop(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ImportStop(`${positionals.length === 0 ? 'Say which file to import.' : `Import one file at a time (you named ${positionals.length}). Put quotes around a file name with spaces.`}\n${USAGE}`);
  if (!values.plan) throw new ImportStop(`Say which plan the file is with --plan: the name of its folder in content/ (a new name starts a new plan).\n${USAGE}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.plan)) throw new ImportStop(`--plan "${values.plan}" is the plan's folder and web address: use lower-case letters, numbers and single hyphens, like city-plan-2024-27.`);
  return {
    file: positionals[0]!,
    plan: values.plan,
    dryRun: values['dry-run'] ?? false,
    sheet: values.sheet?.join(','),
    kind: values.kind,
    map: values.map?.join(','),
    status: values.status?.join(','),
    fillDown: (values['fill-down'] ?? []).flatMap((list) => list.split(',')).map((field) => field.trim()).filter(Boolean),
    planOptions: { title: values['plan-title'], shortTitle: values['plan-short-title'], kind: values['plan-kind'], area: values.area, partnership: values.partnership, period: values.period },
  };
}

const VERBS: Record<FileChange['change'], string> = { create: 'Create', update: 'Update', unchanged: 'Same' };

/** The changes as a table a comms officer can read: what happens, to what, in which file. */
function changeTable(changes: FileChange[]): string[] {
  const rows = changes.map((change) => [VERBS[change.change], change.kind, change.file, change.change === 'update' ? `${change.title} (${change.fields.join(', ')})` : change.title]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 4));
  return rows.map((row) => `  ${row.slice(0, 3).map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}  ${row[3]}`);
}

function summary(prepared: PreparedImport, dryRun: boolean): string[] {
  const count = (change: FileChange['change']) => prepared.changes.filter((entry) => entry.change === change).length;
  const lines = [
    `${dryRun ? 'The import would create' : 'Created'} ${count('create')} ${count('create') === 1 ? 'file' : 'files'}, ${dryRun ? 'update' : 'updated'} ${count('update')}; ${count('unchanged')} already ${count('unchanged') === 1 ? 'says' : 'say'} what the file says. ${prepared.untouched} other ${prepared.untouched === 1 ? 'file' : 'files'} of the plan ${prepared.untouched === 1 ? 'is' : 'are'} not in the file and ${dryRun ? 'would be' : 'were'} left alone.`,
  ];
  const unplaced = prepared.model?.unplaced ?? [];
  if (unplaced.length > 0) lines.push('', `Not placed (${unplaced.length}): the import found text it has no place for. Add it by hand if it is needed:`, ...unplaced.map((entry) => `  - ${entry.at}: "${entry.text.slice(0, 80)}${entry.text.length > 80 ? '…' : ''}" (${entry.why})`));
  const created = new Set(prepared.changes.filter((change) => change.change === 'create').map((change) => change.file));
  const newEntries = [...(prepared.model?.priorities ?? []).map((entry) => ({ entry, file: `priorities/${entry.id}.mdx` })), ...(prepared.model?.outcomes ?? []).map((entry) => ({ entry, file: `outcomes/${entry.id}.mdx` }))];
  const fromTitles = newEntries.filter(({ entry, file }) => entry.inShort === entry.title && created.has(`content/${prepared.model!.plan.id}/${file}`)).length;
  if (fromTitles > 0) lines.push('', `${fromTitles} ${fromTitles === 1 ? 'priority or outcome has' : 'priorities and outcomes have'} no "in short" summary in the file, so ${fromTitles === 1 ? 'its' : 'their'} title is used. Write a plain summary for young readers in each (npm run check lists them).`);
  return lines;
}

function write(changes: FileChange[], projectRoot: string): void {
  for (const change of changes.filter((entry) => entry.change !== 'unchanged')) {
    mkdirSync(path.dirname(path.join(projectRoot, change.file)), { recursive: true });
    writeFileSync(path.join(projectRoot, change.file), change.text);
  }
}

function optionProblems(options: Arguments) {
  const sheets = parseSheetRoles(options.sheet);
  const columns = parseColumnMap(options.map);
  const statuses = parseStatusMap(options.status);
  const problems: ImportProblem[] = [...sheets.problems, ...columns.problems, ...statuses.problems.map((message) => ({ message }))];
  return { sheets: sheets.roles, columns: columns.map, statuses: statuses.map, problems };
}

/** Runs the import; returns what to print and the exit code instead of printing, so tests can call it. */
export async function runImport(args: string[], projectRoot: string, cwd = projectRoot): Promise<Result> {
  let written = false;
  try {
    const options = readArguments(args);
    const filePath = path.resolve(cwd, options.file);
    if (!existsSync(filePath)) throw new ImportStop(`There is no file ${options.file}. Check the name and the folder (put quotes around a name with spaces).`);
    const document = await readSource(filePath);
    const parsed = optionProblems(options);
    if (options.kind && document.grids[0]) parsed.sheets.set(document.grids[0].name, options.kind as never);
    const prepared =
      parsed.problems.length > 0
        ? { changes: [], problems: parsed.problems, untouched: 0 }
        : prepareImport(document, { planId: options.plan, layout: { sheetRoles: parsed.sheets, columns: parsed.columns, fillDown: options.fillDown }, plan: options.planOptions, statuses: parsed.statuses }, projectRoot);
    if (prepared.problems.length > 0) return { exitCode: 1, output: formatImportProblems(document.file, prepared.problems) };
    if (options.dryRun) {
      const nothing = prepared.changes.every((change) => change.change === 'unchanged');
      return { exitCode: 0, output: [nothing ? 'Dry run: nothing would change. The plan’s files already say what the file says:' : 'Dry run: nothing was written. The import would do this:', '', ...changeTable(prepared.changes), '', ...summary(prepared, true), '', nothing ? 'There is nothing to import.' : 'Run the same command without --dry-run to do it.'].join('\n') };
    }
    written = true;
    write(prepared.changes, projectRoot);
    return { exitCode: 0, output: [`Imported ${document.file} into content/${options.plan}/:`, '', ...changeTable(prepared.changes.filter((change) => change.change !== 'unchanged')), '', ...summary(prepared, false), '', 'Next, run `npm run check`, then `npm run dev` to see the pages.'].join('\n') };
  } catch (error) {
    if (error instanceof ImportStop || error instanceof ImportReadError) return { exitCode: 1, output: `${error.message}\n\nNothing was imported.` };
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
if (ranDirectly(import.meta.url)) {
  void runImport(process.argv.slice(2), process.cwd(), process.env.INIT_CWD ?? process.cwd()).then(({ exitCode, output }) => {
    console.log(output);
    process.exitCode = exitCode;
  });
}
