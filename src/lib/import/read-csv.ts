/**
 * Reads a CSV file into one grid named after the file. Row numbers are the ones Excel shows when it
 * opens the file: a cell with line breaks inside quotes stays in its row.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { cellRef, type Grid, type GridRow, type SourceDocument } from './grid';
import { ImportReadError, officeContainer } from './read-error';

export function readCsv(bytes: Buffer, file: string): SourceDocument {
  if (officeContainer(bytes)) {
    throw new ImportReadError(file, `${file} is not a CSV file: it is an Excel workbook or Word document whose name ends in .csv. Rename it to end in .xlsx (or .docx), or open it in Excel and save it as "CSV UTF-8".`);
  }
  const grid: Grid = { name: file, rows: parseRecords(decodeText(bytes), file).flatMap(gridRow) };
  return { file, format: 'csv', grids: [grid], paragraphs: [] };
}

/** Excel saves "CSV" in Windows-1252 unless told "CSV UTF-8"; text that is not valid UTF-8 is the former. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function parseRecords(text: string, file: string): string[][] {
  try {
    return parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = (error as Error).message.replace(/^Invalid .*?: /, '');
    throw new ImportReadError(
      file,
      `${file}${line ? `, line ${line}` : ''}: this is not a valid CSV file (${reason}). Check for a quote mark that is never closed. Save the spreadsheet again as "CSV UTF-8".`,
    );
  }
}

/** The record as a row, or nothing when every cell is blank. */
function gridRow(record: string[], position: number): GridRow[] {
  const row = position + 1;
  const cells = record.map((value, index) => {
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text === '' ? undefined : { text, ref: cellRef(index, row) };
  });
  while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
  return cells.length === 0 ? [] : [{ row, cells }];
}
