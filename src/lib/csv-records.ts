/**
 * The rows of a content CSV file as records by column name, each with the line it ends on: the one way
 * the site parses the CSV files people edit (a measure's figures, the comparison's tables).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { ContentProblem } from './content-problem';

export interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

/** The records, or the one problem that stops the file being read, with its line. */
export function readCsvRecords(text: string): { records: CsvRecord[] } | { problem: Omit<ContentProblem, 'file'> } {
  try {
    return { records: parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true }) };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { problem: { line, message: `this is not a valid CSV file (${(error as Error).message.replace(/^Invalid Record Length: /, '')}). Check for a missing or extra comma on this line.` } };
  }
}

/** The column names on the file's first line, as written. */
export function headerNames(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((name) => name.trim());
}
