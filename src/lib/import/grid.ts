/**
 * What a reader makes of a file, whatever its format: sheets of cells with the addresses a person
 * sees (`Actions!C14`), and for a Word document the paragraphs around its tables. The first step of
 * the import pipeline (readers → layout → plan model → writer); every later step names a cell by its
 * address, so every message can say where to look.
 */

/** One cell's text, as the spreadsheet or document shows it, and where it is. */
export interface Cell {
  /** The text shown, trimmed of surrounding spaces; line breaks inside the cell are kept. */
  text: string;
  /** Spreadsheet-style reference within its sheet or table: "C14" (column C, row 14). */
  ref: string;
  /**
   * Set on a cell covered by a merged cell (a cell spanning rows or columns): `ref` of the merged
   * cell's top-left cell, whose text this cell repeats. Cells that are merely blank are not merged.
   */
  mergedFrom?: string;
}

/** A row of a sheet or table: `cells[0]` is column A. A missing cell is blank. */
export interface GridRow {
  /** The row number a person sees: 1 is the first row of the sheet or table. */
  row: number;
  cells: Array<Cell | undefined>;
}

/** A worksheet, a CSV file, or one table of a Word document. */
export interface Grid {
  /** How messages name it: the worksheet's name, the CSV file's name, or "Table 2" of a document. */
  name: string;
  /** Every row with anything in it, in order; blank rows are left out (their numbers are skipped). */
  rows: GridRow[];
}

/** A paragraph of a Word document, outside its tables. */
export interface Paragraph {
  text: string;
  /** 1 for a Heading 1 (or the document title), 2 for Heading 2…; absent for body text. */
  heading?: number;
  /** True for an item of a bulleted or numbered list. */
  listItem?: boolean;
  /** The number (1, 2, …) of the table that comes after this paragraph, if any: it says which table a heading introduces. */
  beforeTable?: number;
}

export interface SourceDocument {
  /** The file's name, without its folder, as messages show it. */
  file: string;
  format: 'xlsx' | 'csv' | 'docx';
  grids: Grid[];
  /** Only for a Word document: its paragraphs in order. */
  paragraphs: Paragraph[];
}

/** "A", "B", … "Z", "AA": how spreadsheets name column `index` (0 is A). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let number = index + 1; number > 0; number = Math.floor((number - 1) / 26)) letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  return letters;
}

/** The reference of the cell in column `index` (0 is A) of row `row`: "C14". */
export function cellRef(index: number, row: number): string {
  return `${columnLetter(index)}${row}`;
}

/** Where a cell is, as every message says it: "Actions!C14". */
export function cellAddress(grid: Pick<Grid, 'name'>, ref: string): string {
  const name = /^[A-Za-z0-9_]+$/.test(grid.name) ? grid.name : `'${grid.name.replace(/'/g, "''")}'`;
  return `${name}!${ref}`;
}

/** The text of a row's cell in column `index`, or "" when it is blank. */
export function textAt(row: GridRow, index: number): string {
  return row.cells[index]?.text ?? '';
}
