/**
 * An exported plan written as an Excel workbook: one worksheet per sheet, its header row bold and
 * frozen, columns wide enough to read, and text cells wrapped.
 */
import ExcelJS from 'exceljs';
import type { ExportSheet } from './export-plan';

const MAX_WIDTH = 60;

export async function workbookOf(sheets: ExportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plansite';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
    worksheet.columns.forEach((column, index) => {
      const longest = Math.max(sheet.header[index]?.length ?? 0, ...sheet.rows.map((row) => Math.max(...String(row[index] ?? '').split('\n').map((line) => line.length))));
      column.width = Math.min(MAX_WIDTH, Math.max(10, longest + 2));
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
