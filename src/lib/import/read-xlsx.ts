/**
 * Reads an Excel workbook (.xlsx) into one grid per worksheet, in the order of the workbook's tabs,
 * each cell's text as the spreadsheet shows it.
 */
import ExcelJS from 'exceljs';
import { cellRef, type Cell, type Grid, type GridRow, type SourceDocument } from './grid';
import { ImportReadError, officeContainer } from './read-error';

export async function readXlsx(bytes: Buffer | ArrayBuffer, file: string): Promise<SourceDocument> {
  const workbook = await loadWorkbook(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes, file);
  return { file, format: 'xlsx', grids: workbook.worksheets.map(worksheetGrid), paragraphs: [] };
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for an ArrayBuffer, but it unzips any bytes, as a Node Buffer or Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook(bytes, file);
  }
  // exceljs opens any zip file, a Word document too, and finds no worksheets in it.
  if (workbook.worksheets.length === 0) throw notAWorkbook(bytes, file);
  return workbook;
}

function notAWorkbook(bytes: Uint8Array, file: string): ImportReadError {
  if (officeContainer(bytes) === 'compound') {
    return new ImportReadError(
      file,
      `${file} cannot be read: it is an Excel 97–2003 workbook (.xls) with an .xlsx name, or it is protected with a password. Open it in Excel, remove the password if it has one, and save it as an Excel Workbook (.xlsx).`,
    );
  }
  return new ImportReadError(file, `${file} is not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).`);
}

type CellsByRow = Map<number, Map<number, Cell>>;

function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const cells: CellsByRow = new Map();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged && cell.master !== cell) return;
      const text = cellText(cell.value, cell.numFmt);
      if (text !== '') place(cells, rowNumber, column, { text, ref: cellRef(column - 1, rowNumber) });
    });
  });
  for (const range of worksheet.model.merges) spreadMerge(cells, range);
  return { name: worksheet.name, rows: gridRows(cells) };
}

function place(cells: CellsByRow, row: number, column: number, cell: Cell): void {
  const rowCells = cells.get(row) ?? new Map<number, Cell>();
  rowCells.set(column, cell);
  cells.set(row, rowCells);
}

/** Every cell a merged range covers repeats its top-left cell, whatever Excel kept in it, even in a row with nothing else. */
function spreadMerge(cells: CellsByRow, range: string): void {
  const [topLeft, bottomRight] = range.split(':').map(position);
  if (!topLeft || !bottomRight) return;
  const master = cells.get(topLeft.row)?.get(topLeft.column);
  if (!master) return;
  for (let row = topLeft.row; row <= bottomRight.row; row++) {
    for (let column = topLeft.column; column <= bottomRight.column; column++) {
      if (row === topLeft.row && column === topLeft.column) continue;
      place(cells, row, column, { text: master.text, ref: cellRef(column - 1, row), mergedFrom: master.ref });
    }
  }
}

/** "C14" → column 3, row 14. */
function position(ref: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!match) return undefined;
  const column = [...match[1]!].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return { column, row: Number(match[2]) };
}

function gridRows(cells: CellsByRow): GridRow[] {
  return [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, rowCells]) => {
      const lastColumn = Math.max(...rowCells.keys());
      return { row, cells: Array.from({ length: lastColumn }, (_, index) => rowCells.get(index + 1)) };
    });
}

/** The text of an Excel cell as the spreadsheet shows it, from the value exceljs reads; trimmed, line breaks kept. */
export function cellText(value: ExcelJS.CellValue | undefined, numFmt?: string): string {
  return valueText(value, numFmt).replace(/\r\n?/g, '\n').trim();
}

function valueText(value: unknown, numFmt = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value !== 'object') return '';
  const cell = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.text !== undefined) return valueText(cell.text, numFmt);
  if ('result' in cell) return valueText(cell.result, numFmt);
  return cell.error ?? '';
}

/** The parts of a number format that are codes, not quoted words or [colours] and [$-809] locales. */
function formatCodes(numFmt: string): string {
  return numFmt.toLowerCase().replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
}

/**
 * A number as Excel shows it: to the 15 significant digits Excel keeps (a sum it stores as
 * 0.30000000000000004 shows 0.3), and a cell formatted as a percentage, holding 0.45, as 45%.
 */
function numberText(value: number, numFmt: string): string {
  const percentage = formatCodes(numFmt).includes('%');
  const shown = Number((percentage ? value * 100 : value).toPrecision(15));
  return percentage ? `${shown}%` : String(shown);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date cell in the plan's wording: a cell formatted to show "Mar-23" means the month, not its first day. */
function dateText(date: Date, numFmt: string): string {
  const format = formatCodes(numFmt);
  const year = date.getUTCFullYear();
  if (/y/.test(format) && !/d/.test(format) && /m/.test(format)) return `${MONTHS[date.getUTCMonth()]} ${year}`;
  if (/y/.test(format) && !/[dm]/.test(format)) return String(year);
  return date.toISOString().slice(0, 10);
}
