/**
 * Figures for quantitative measures: a row per figure (measure, period, value), or a row per measure
 * with a column per period. A blank cell is no figure; anything else must be a number.
 */
import { parsePeriod } from '../period';
import type { Cell } from './grid';
import { cellAddress } from './grid';
import type { LayoutSheet } from './layout';
import { comparable, type ModelContext } from './model-context';
import { readNumber, type MeasureRegistry } from './model-measures';
import type { ModelFigure } from './plan-model';
import { seriesFlags } from '../../schemas/measure';

export class FigureReader {
  readonly figures: ModelFigure[] = [];

  constructor(
    private readonly context: ModelContext,
    private readonly measures: MeasureRegistry,
  ) {}

  /** The measure's id: a measure of this import, or one the plan has already. */
  private measureId(sheet: LayoutSheet, cell: Cell, byId: boolean): string | undefined {
    if (byId && this.context.existing.measures.some((measure) => measure.id === cell.text)) return cell.text;
    const found = this.measures.find(cell.text)?.id ?? this.context.match('measures', { title: cell.text })?.id;
    if (!found) {
      const titles = [...this.measures.measures.map((measure) => measure.title), ...this.context.existing.measures.map((measure) => measure.title)];
      const near = titles.find((title) => comparable(title).includes(comparable(cell.text)) || comparable(cell.text).includes(comparable(title)));
      this.context.problem(cellAddress(sheet, cell.ref), `there is no measure "${cell.text}" in the measures sheet, the action plan or the plan.${near ? ` Did you mean "${near}"?` : ''} Write the measure's title as it is written there.`);
    }
    return found;
  }

  private figure(sheet: LayoutSheet, measure: string, period: string, periodAt: string, cell: Cell, extra: { area?: Cell; flag?: Cell; footnote?: Cell }): void {
    const value = readNumber(cell.text);
    if (value === undefined) {
      this.context.problem(cellAddress(sheet, cell.ref), `the figure "${cell.text}" is not a number. Write a plain number (62, 4422.45), or leave the cell blank if there is no figure for ${period}.`);
      return;
    }
    if (!parsePeriod(period).ok) {
      this.context.problem(periodAt, `the period "${period}" cannot be read. ${parsePeriod(period).ok ? '' : (parsePeriod(period) as { error: string }).error}`);
      return;
    }
    const flag = extra.flag?.text.toLowerCase() ?? '';
    if (!(seriesFlags as readonly string[]).includes(flag)) {
      this.context.problem(cellAddress(sheet, extra.flag!.ref), `the flag "${extra.flag!.text}" is not one the site shows. Use one of: ${seriesFlags.filter(Boolean).join(', ')}, or leave it blank.`);
      return;
    }
    this.figures.push({ measure, period, value, area: extra.area?.text ?? '', flag, footnote: extra.footnote?.text ?? '', at: cellAddress(sheet, cell.ref) });
  }

  readFiguresSheet(sheet: LayoutSheet): void {
    const periodHeaders = new Map(sheet.columns.filter((column) => column.period).map((column) => [column.period!, cellAddress(sheet, column.ref)]));
    for (const row of sheet.rows) {
      const name = row.values.id ?? row.values.measure;
      if (!name) continue;
      const measure = this.measureId(sheet, name, Boolean(row.values.id));
      if (!measure) continue;
      const extra = { area: row.values.area, flag: row.values.flag, footnote: row.values.footnote };
      if (row.values.value) {
        const period = row.values.period;
        if (!period) this.context.problem(cellAddress(sheet, row.values.value.ref), 'this figure has no period. Fill in its period (a year such as 2021/22) in the period column.');
        else this.figure(sheet, measure, period.text, cellAddress(sheet, period.ref), row.values.value, extra);
      }
      for (const cell of row.periods) this.figure(sheet, measure, cell.period, periodHeaders.get(cell.period)!, cell.cell, extra);
    }
  }
}
