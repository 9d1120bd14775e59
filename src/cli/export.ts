/**
 * npm run export -- --plan <plan> [--out <file.xlsx>]
 *
 * Writes a plan's content as one workbook in the layout `npm run import` reads: edit it in Excel and
 * import it again. Importing the exported workbook unchanged changes nothing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { ranDirectly } from './ran-directly';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../integrations/read-content';
import { exportPlan } from '../lib/import/export-plan';
import { workbookOf } from '../lib/import/write-xlsx';

const USAGE = 'Usage: npm run export -- --plan <plan folder> [--out file.xlsx]\nFor example: npm run export -- --plan city-plan --out "City Plan.xlsx"';

export async function runExport(args: string[], projectRoot: string, cwd = projectRoot): Promise<{ exitCode: number; output: string }> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { plan: { type: 'string' }, out: { type: 'string' } } }));
  } catch (error) {
    return { exitCode: 1, output: `${(error as Error).message}\n${USAGE}` };
  }
  const { content, problems } = readContent(path.join(projectRoot, 'content'), projectRoot);
  const plans = content.plans.map((plan) => plan.id).sort();
  if (!values.plan || !plans.includes(values.plan)) {
    return { exitCode: 1, output: `${values.plan ? `There is no plan "${values.plan}".` : 'Say which plan to export with --plan.'} The plans are: ${plans.join(', ')}.\n${USAGE}` };
  }
  if (problems.length > 0) return { exitCode: 1, output: 'The content has problems, so the export would not be the site as published. Run `npm run check`, fix them, and export again.' };
  const out = path.resolve(cwd, values.out ?? `${values.plan}.xlsx`);
  if (!out.endsWith('.xlsx')) return { exitCode: 1, output: `--out "${values.out}" should end in .xlsx: the export is an Excel workbook.` };
  const sheets = exportPlan(content, values.plan);
  const replaced = existsSync(out);
  writeFileSync(out, await workbookOf(sheets));
  return {
    exitCode: 0,
    output: [
      `${replaced ? 'Replaced' : 'Wrote'} ${path.relative(cwd, out) || out}: ${sheets.map((sheet) => `${sheet.name} (${sheet.rows.length} ${sheet.rows.length === 1 ? 'row' : 'rows'})`).join(', ')}.`,
      'Edit it in Excel, keeping the column names and the "File name" column, then bring the changes back with:',
      `  npm run import -- "${path.relative(cwd, out) || out}" --plan ${values.plan} --dry-run`,
    ].join('\n'),
  };
}

if (ranDirectly(import.meta.url)) {
  void runExport(process.argv.slice(2), process.cwd(), process.env.INIT_CWD ?? process.cwd()).then(({ exitCode, output }) => {
    console.log(output);
    process.exitCode = exitCode;
  });
}
