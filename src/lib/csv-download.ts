/**
 * CSV files for the public to download, and open in Excel. A cell whose text starts with =, +, -, @,
 * a tab or a carriage return is read by spreadsheets as a formula, which can run commands or send
 * data away (CSV injection); such text cells get a leading apostrophe, as OWASP recommends, so they
 * show as the text they are. Numbers are numbers, and stay as they are.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(cell: string | number): string | number {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A CSV file from a header row and rows of text and numbers. */
export function csvDownload(header: string[], rows: Array<Array<string | number>>): string {
  return stringify([header, ...rows].map((row) => row.map(neutraliseCell)));
}
