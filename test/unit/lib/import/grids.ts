/**
 * Sheets for the import's unit tests, built in memory the way the readers build them: rows of cell
 * text (row 1 first, "" or undefined for a blank cell, [] for a blank row), with refs "A1"…, blank
 * rows left out, and merged ranges ("A2:A4") whose covered cells repeat the top-left cell's text.
 */
import { cellRef, type Cell, type Grid, type GridRow, type Paragraph, type SourceDocument } from '../../../../src/lib/import/grid';
import { layoutDocument, type Layout, type LayoutOptions } from '../../../../src/lib/import/layout';

export type SheetRows = Array<Array<string | undefined>>;

function columnIndex(letters: string): number {
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function parseRef(ref: string): { column: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`"${ref}" is not a cell reference`);
  return { column: columnIndex(match[1]!), row: Number(match[2]) };
}

/** A sheet named `name` from its rows; `merged` lists ranges such as "A2:A4". */
export function gridOf(name: string, rows: SheetRows, merged: string[] = []): Grid {
  const cells = rows.map((texts, position) =>
    texts.map((text, index): Cell | undefined => (text?.trim() ? { text: text.trim(), ref: cellRef(index, position + 1) } : undefined)),
  );
  for (const range of merged) {
    const [from, to] = range.split(':').map(parseRef) as [{ column: number; row: number }, { column: number; row: number }];
    const master = cells[from.row - 1]?.[from.column];
    if (!master) throw new Error(`the merged range ${range} starts on a blank cell`);
    for (let row = from.row; row <= to.row; row++) {
      for (let column = from.column; column <= to.column; column++) {
        if (row === from.row && column === from.column) continue;
        const line = (cells[row - 1] ??= []);
        while (line.length <= column) line.push(undefined);
        line[column] = { text: master.text, ref: cellRef(column, row), mergedFrom: master.ref };
      }
    }
  }
  const gridRows: GridRow[] = cells.map((line, position) => ({ row: position + 1, cells: line })).filter((row) => row.cells.some((cell) => cell?.text));
  return { name, rows: gridRows };
}

/** A workbook of the given sheets. */
export function workbookOf(grids: Grid[], paragraphs: Paragraph[] = [], format: SourceDocument['format'] = 'xlsx'): SourceDocument {
  return { file: format === 'docx' ? 'plan.docx' : 'plan.xlsx', format, grids, paragraphs };
}

/** The layout of a workbook of the given sheets. */
export function layoutOf(grids: Grid[], options: LayoutOptions = {}, paragraphs: Paragraph[] = [], format: SourceDocument['format'] = 'xlsx'): Layout {
  return layoutDocument(workbookOf(grids, paragraphs, format), options);
}

/** The text of each field of each row of a laid-out sheet: what the model step is given. */
export function rowTexts(layout: Layout, sheet = 0): Array<Record<string, string>> {
  return layout.sheets[sheet]!.rows.map((row) => Object.fromEntries(Object.entries(row.values).map(([field, cell]) => [field, cell!.text])));
}
