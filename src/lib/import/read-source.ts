/**
 * Reads the file a person asked to import, choosing the reader by the end of its name: an Excel
 * workbook (.xlsx), a CSV file or a Word document (.docx). Any other format is refused with the
 * steps to save it as one of these.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceDocument } from './grid';
import { readCsv } from './read-csv';
import { readDocx } from './read-docx';
import { ImportReadError } from './read-error';
import { readXlsx } from './read-xlsx';

type Reader = (bytes: Buffer, file: string) => SourceDocument | Promise<SourceDocument>;

const READERS: Record<string, Reader> = { '.xlsx': readXlsx, '.csv': readCsv, '.docx': readDocx };

const SAVE_AS_XLSX = 'and save it as an Excel Workbook (.xlsx)';

/** Formats people keep plans in that the import cannot read (exceljs reads only .xlsx): what each is, and how to save it as one it can. */
const OTHER_FORMATS: Record<string, { format: string; fix: string }> = {
  '.xls': { format: 'an Excel 97–2003 workbook (.xls)', fix: `Open it in Excel ${SAVE_AS_XLSX}: File > Save As, then "Excel Workbook (*.xlsx)".` },
  '.xlsm': { format: 'an Excel workbook with macros (.xlsm)', fix: `Open it in Excel ${SAVE_AS_XLSX}, without macros.` },
  '.xlsb': { format: 'an Excel binary workbook (.xlsb)', fix: `Open it in Excel ${SAVE_AS_XLSX}.` },
  '.ods': { format: 'an OpenDocument spreadsheet (.ods)', fix: `Open it in LibreOffice Calc or Excel ${SAVE_AS_XLSX}.` },
  '.numbers': { format: 'an Apple Numbers spreadsheet', fix: 'Open it in Numbers and choose File > Export To > Excel, then import the .xlsx file.' },
  '.tsv': { format: 'a tab-separated file (.tsv)', fix: `Open it in Excel ${SAVE_AS_XLSX}, or as "CSV UTF-8".` },
  '.doc': { format: 'a Word 97–2003 document (.doc)', fix: 'Open it in Word and save it as a Word Document (.docx): File > Save As, then "Word Document (*.docx)".' },
  '.odt': { format: 'an OpenDocument text document (.odt)', fix: 'Open it in LibreOffice Writer or Word and save it as a Word Document (.docx).' },
  '.rtf': { format: 'a Rich Text document (.rtf)', fix: 'Open it in Word and save it as a Word Document (.docx).' },
  '.pages': { format: 'an Apple Pages document', fix: 'Open it in Pages and choose File > Export To > Word, then import the .docx file.' },
  '.pdf': { format: 'a PDF', fix: 'Import the Word document or Excel workbook the PDF was made from, saved as .docx or .xlsx.' },
};

export async function readSource(filePath: string): Promise<SourceDocument> {
  const file = path.basename(filePath);
  const reader = readerFor(file);
  return reader(await fileBytes(filePath, file), file);
}

function readerFor(file: string): Reader {
  if (file.startsWith('~$')) {
    throw new ImportReadError(file, `${file} is the lock file Excel or Word makes while a file is open, not the plan itself. Close the file, then import the workbook or document (its name does not start with "~$").`);
  }
  const extension = path.extname(file).toLowerCase();
  const reader = READERS[extension];
  if (reader) return reader;
  const other = OTHER_FORMATS[extension];
  if (other) {
    throw new ImportReadError(file, `${file} is ${other.format}, which the import cannot read: it reads Excel Workbooks (.xlsx), CSV files and Word documents (.docx). ${other.fix}`);
  }
  throw new ImportReadError(file, `${file} is not a file the import can read: it reads Excel Workbooks (.xlsx), CSV files (.csv) and Word documents (.docx). Save the plan as one of these and import that.`);
}

async function fileBytes(filePath: string, file: string): Promise<Buffer> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportReadError(file, `There is no file ${filePath}. Check the name and the folder (put quotes around a name with spaces).`);
    if (code === 'EISDIR') throw new ImportReadError(file, `${filePath} is a folder. Name the spreadsheet or document inside it.`);
    if (code === 'EACCES') throw new ImportReadError(file, `${filePath} cannot be opened: you do not have permission to read it.`);
    throw error;
  }
}
