/**
 * Figures go in each measure's CSV file (content/<plan>/measures/<measure>.csv). An imported figure
 * for a period and area the file has already replaces it only when it differs; new figures are added
 * after the file's own rows; rows the workbook does not have are kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { figureSlot } from '../area';
import type { ModelFigure, PlanModel } from './plan-model';
import type { FileChange } from './file-change';

const COLUMNS = ['period', 'value', 'area', 'flag', 'footnote'];

type Row = Record<string, string>;

/** Two rows are for the same figure when their periods run over the same days and their areas are one. */
function samePlace(row: Row, figure: ModelFigure, planArea: string): boolean {
  return figureSlot(row.period ?? '', row.area ?? '', planArea) === figureSlot(figure.period, figure.area, planArea);
}

function figureRow(figure: ModelFigure, columns: string[]): Row {
  const row: Row = Object.fromEntries(columns.map((column) => [column, '']));
  return { ...row, period: figure.period, value: String(figure.value), area: figure.area, flag: figure.flag, footnote: figure.footnote };
}

function differs(row: Row, figure: ModelFigure): boolean {
  return Number(row.value) !== figure.value || (row.flag ?? '') !== figure.flag || (figure.footnote !== '' && (row.footnote ?? '') !== figure.footnote);
}

function readRows(text: string): { columns: string[]; rows: Row[] } {
  const records = parseCsv(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
  const header = (parseCsv(text, { bom: true, to_line: 1 }) as string[][])[0] ?? COLUMNS;
  return { columns: header, rows: records };
}

export function figureFiles(model: PlanModel, projectRoot: string, planArea: string): FileChange[] {
  const byMeasure = new Map<string, ModelFigure[]>();
  for (const figure of model.figures) byMeasure.set(figure.measure, [...(byMeasure.get(figure.measure) ?? []), figure]);
  return [...byMeasure].map(([measure, figures]) => {
    const file = `content/${model.plan.id}/measures/${measure}.csv`;
    const full = path.join(projectRoot, file);
    const old = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    const { columns, rows } = old ? readRows(old) : { columns: COLUMNS, rows: [] };
    let changed = false;
    for (const figure of figures) {
      const index = rows.findIndex((row) => samePlace(row, figure, planArea));
      if (index < 0) rows.push(figureRow(figure, columns));
      else if (differs(rows[index]!, figure)) rows[index] = { ...rows[index]!, ...figureRow(figure, columns), footnote: figure.footnote || rows[index]!.footnote || '' };
      else continue;
      changed = true;
    }
    const title = model.measures.find((entry) => entry.id === measure)?.title ?? measure;
    if (old !== undefined && !changed) return { file, change: 'unchanged', text: old, kind: 'figures', title, fields: [] };
    const text = stringify(rows, { header: true, columns });
    return { file, change: old === undefined ? 'create' : 'update', text, kind: 'figures', title, fields: old === undefined ? [] : ['figures'] };
  });
}
