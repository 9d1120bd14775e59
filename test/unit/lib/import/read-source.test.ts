import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { ImportReadError } from '../../../../src/lib/import/read-error';
import { readSource } from '../../../../src/lib/import/read-source';

const folder = mkdtempSync(path.join(tmpdir(), 'read-source-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fileAt(name: string, bytes: Buffer | string): string {
  const filePath = path.join(folder, name);
  writeFileSync(filePath, bytes);
  return filePath;
}

async function readError(filePath: string): Promise<ImportReadError> {
  const error = await readSource(filePath).catch((caught: unknown) => caught);
  if (error instanceof ImportReadError) return error;
  throw new Error(`readSource did not refuse ${filePath} in plain words: ${String(error)}`);
}

describe('readSource', () => {
  test('reads an Excel workbook, whatever the case of its name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan').getCell('A1').value = 'Plan title';
    const document = await readSource(fileAt('Community Plan.XLSX', Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(document).toMatchObject({ file: 'Community Plan.XLSX', format: 'xlsx', grids: [{ name: 'Plan' }] });
  });

  test('reads a CSV file', async () => {
    expect(await readSource(fileAt('actions.csv', 'Ref,Action\n1,Open the hub\n'))).toMatchObject({ file: 'actions.csv', format: 'csv', grids: [{ name: 'actions.csv' }] });
  });

  test('reads a Word document', async () => {
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Action plan')] }] }));
    expect(await readSource(fileAt('action-plan.docx', bytes))).toMatchObject({ file: 'action-plan.docx', format: 'docx', paragraphs: [{ text: 'Action plan' }] });
  });

  test.each([
    ['plan.xls', 'plan.xls is an Excel 97–2003 workbook (.xls), which the import cannot read: it reads Excel Workbooks (.xlsx), CSV files and Word documents (.docx). Open it in Excel and save it as an Excel Workbook (.xlsx): File > Save As, then "Excel Workbook (*.xlsx)".'],
    ['plan.ods', 'plan.ods is an OpenDocument spreadsheet (.ods), which the import cannot read: it reads Excel Workbooks (.xlsx), CSV files and Word documents (.docx). Open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx).'],
    ['plan.numbers', 'Open it in Numbers and choose File > Export To > Excel, then import the .xlsx file.'],
    ['plan.xlsm', 'plan.xlsm is an Excel workbook with macros (.xlsm)'],
    ['action plan.doc', 'action plan.doc is a Word 97–2003 document (.doc), which the import cannot read: it reads Excel Workbooks (.xlsx), CSV files and Word documents (.docx). Open it in Word and save it as a Word Document (.docx): File > Save As, then "Word Document (*.docx)".'],
    ['plan.pdf', 'Import the Word document or Excel workbook the PDF was made from'],
    ['plan.txt', 'plan.txt is not a file the import can read: it reads Excel Workbooks (.xlsx), CSV files (.csv) and Word documents (.docx). Save the plan as one of these and import that.'],
    ['plan', 'plan is not a file the import can read'],
    ['~$plan.xlsx', '~$plan.xlsx is the lock file Excel or Word makes while a file is open, not the plan itself.'],
  ])('refuses %s, saying how to save it as a file it can read', async (name, message) => {
    const error = await readError(fileAt(name, 'anything'));
    expect(error.message).toContain(message);
    expect(error.file).toBe(name);
  });

  test('a text file named .xlsx is not an Excel workbook', async () => {
    expect((await readError(fileAt('pretend.xlsx', 'Ref,Action\n'))).message).toBe('pretend.xlsx is not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).');
  });

  test('a text file named .docx is not a Word document', async () => {
    expect((await readError(fileAt('pretend.docx', 'Action plan'))).message).toBe('pretend.docx is not a Word document. Open it in Word and save it as a Word Document (.docx).');
  });

  test('a file that is not there, or a folder, is named plainly', async () => {
    const missing = path.join(folder, 'missing.xlsx');
    expect((await readError(missing)).message).toBe(`There is no file ${missing}. Check the name and the folder (put quotes around a name with spaces).`);
    const folderNamedLikeAWorkbook = path.join(folder, 'plans.xlsx');
    mkdirSync(folderNamedLikeAWorkbook);
    expect((await readError(folderNamedLikeAWorkbook)).message).toBe(`${folderNamedLikeAWorkbook} is a folder. Name the spreadsheet or document inside it.`);
  });
});
