import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import type { Grid } from '../../../../src/lib/import/grid';
import { ImportReadError } from '../../../../src/lib/import/read-error';
import { cellText, readXlsx } from '../../../../src/lib/import/read-xlsx';
import { makeExamplePlanWorkbook } from '../../../fixtures/import/docs-examples';
import { COUNCIL_WORKBOOK_COUNTS, makeCouncilWorkbook } from '../../../fixtures/import/council-workbook';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function setCell(worksheet: ExcelJS.Worksheet, ref: string, value: ExcelJS.CellValue, numFmt?: string): void {
  const cell = worksheet.getCell(ref);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

describe('readXlsx', () => {
  test('reads one grid per worksheet, in the order of the tabs, named by the sheet', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Action plan').getCell('A1').value = 'Action';
      workbook.addWorksheet('Measures').getCell('B2').value = 'Measure';
      const first = workbook.addWorksheet('Plan');
      first.getCell('A1').value = 'Plan title';
      // As if the tab had been dragged to the front: exceljs keeps tab order in orderNo, which its types leave out.
      (first as ExcelJS.Worksheet & { orderNo: number }).orderNo = -1;
    });
    const document = await readXlsx(bytes, 'plan.xlsx');
    expect(document).toEqual({
      file: 'plan.xlsx',
      format: 'xlsx',
      paragraphs: [],
      grids: [
        { name: 'Plan', rows: [{ row: 1, cells: [{ text: 'Plan title', ref: 'A1' }] }] },
        { name: 'Action plan', rows: [{ row: 1, cells: [{ text: 'Action', ref: 'A1' }] }] },
        { name: 'Measures', rows: [{ row: 2, cells: [undefined, { text: 'Measure', ref: 'B2' }] }] },
      ],
    });
  });

  test('every cell of a merged range repeats its top-left cell, and blank rows are left out with their numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Action plan');
      setCell(sheet, 'A1', 'Anytown action plan');
      sheet.mergeCells('A1:C1');
      setCell(sheet, 'A3', 'SO1: A fairer Anytown');
      sheet.mergeCells('A3:A6');
      setCell(sheet, 'B3', 'Action 1.1.1');
      setCell(sheet, 'C3', '   ');
      setCell(sheet, 'B4', 'Action 1.1.2');
      setCell(sheet, 'B6', 'Action 1.1.3');
      setCell(sheet, 'A9', '  ');
    });
    const [grid] = (await readXlsx(bytes, 'plan.xlsx')).grids;
    expect(grid!.rows).toEqual([
      {
        row: 1,
        cells: [
          { text: 'Anytown action plan', ref: 'A1' },
          { text: 'Anytown action plan', ref: 'B1', mergedFrom: 'A1' },
          { text: 'Anytown action plan', ref: 'C1', mergedFrom: 'A1' },
        ],
      },
      { row: 3, cells: [{ text: 'SO1: A fairer Anytown', ref: 'A3' }, { text: 'Action 1.1.1', ref: 'B3' }] },
      { row: 4, cells: [{ text: 'SO1: A fairer Anytown', ref: 'A4', mergedFrom: 'A3' }, { text: 'Action 1.1.2', ref: 'B4' }] },
      { row: 5, cells: [{ text: 'SO1: A fairer Anytown', ref: 'A5', mergedFrom: 'A3' }] },
      { row: 6, cells: [{ text: 'SO1: A fairer Anytown', ref: 'A6', mergedFrom: 'A3' }, { text: 'Action 1.1.3', ref: 'B6' }] },
    ]);
  });

  test('a merged range whose top-left cell is blank is just blank', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.mergeCells('A1:B2');
      setCell(sheet, 'C1', 'Ref');
    });
    expect((await readXlsx(bytes, 'plan.xlsx')).grids[0]!.rows).toEqual([{ row: 1, cells: [undefined, undefined, { text: 'Ref', ref: 'C1' }] }]);
  });

  test('reads the text each cell shows: dates, formulas, rich text, links, errors, percentages', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Measures');
      setCell(sheet, 'A1', new Date(Date.UTC(2023, 2, 1)), 'mmm-yy');
      setCell(sheet, 'B1', new Date(Date.UTC(2023, 2, 31)), 'dd/mm/yyyy');
      setCell(sheet, 'C1', { formula: 'B1+365', result: new Date(Date.UTC(2024, 2, 30)) }, 'd mmmm yyyy');
      setCell(sheet, 'D1', { formula: 'E1&" people"', result: '120 people' });
      setCell(sheet, 'E1', { richText: [{ text: 'More people ', font: { bold: true } }, { text: 'in fair work' }] });
      setCell(sheet, 'F1', { text: 'Anytown data', hyperlink: 'https://example.org/data' });
      setCell(sheet, 'G1', { formula: '1/0', result: { error: '#DIV/0!' } });
      setCell(sheet, 'H1', 0.455, '0.0%');
      setCell(sheet, 'I1', 1250.5, '£#,##0.00');
      setCell(sheet, 'J1', '  First line\r\nSecond line  ');
      setCell(sheet, 'K1', true);
    });
    const [grid] = (await readXlsx(bytes, 'plan.xlsx')).grids;
    expect(grid!.rows[0]!.cells.map((cell) => cell?.text)).toEqual([
      'March 2023',
      '2023-03-31',
      '2024-03-30',
      '120 people',
      'More people in fair work',
      'Anytown data',
      '#DIV/0!',
      '45.5%',
      '1250.5',
      'First line\nSecond line',
      'TRUE',
    ]);
  });

  test('accepts the workbook as an ArrayBuffer', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Plan').getCell('A1').value = 'Plan title';
    });
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readXlsx(arrayBuffer, 'plan.xlsx')).grids[0]!.name).toBe('Plan');
  });

  test.each([
    ['a text file', Buffer.from('Ref,Action\n1,Do it\n'), 'plan.xlsx is not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).'],
    ['an empty file', Buffer.alloc(0), 'plan.xlsx is not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).'],
    ['an older or password-protected workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'it is an Excel 97–2003 workbook (.xls) with an .xlsx name, or it is protected with a password'],
  ])('refuses %s in plain words', async (_case, bytes, message) => {
    const error = await readXlsx(bytes, 'plan.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportReadError);
    expect((error as ImportReadError).message).toContain(message);
    expect((error as ImportReadError).file).toBe('plan.xlsx');
  });

  test('refuses a zip file with no worksheets, such as a Word document renamed', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Not a workbook')] }] }));
    await expect(readXlsx(bytes, 'plan.xlsx')).rejects.toThrow('plan.xlsx is not an Excel workbook.');
  });
});

describe('cellText', () => {
  test.each<[string, ExcelJS.CellValue | undefined, string | undefined, string]>([
    ['blank', null, undefined, ''],
    ['a number', 42, undefined, '42'],
    ['a sum Excel stores with more digits than it keeps', 0.1 + 0.2, undefined, '0.3'],
    ['a month and year, as "Mar-23"', new Date(Date.UTC(2023, 2, 1)), 'mmm-yy', 'March 2023'],
    ['a month and year with a locale code', new Date(Date.UTC(2025, 8, 1)), '[$-809]mmmm yyyy', 'September 2025'],
    ['a year alone', new Date(Date.UTC(2026, 0, 1)), 'yyyy', '2026'],
    ['a full date', new Date(Date.UTC(2026, 2, 31)), 'dd/mm/yyyy', '2026-03-31'],
    ['a date with the default format', new Date(Date.UTC(2026, 2, 31)), undefined, '2026-03-31'],
    ['a percentage', 0.07, '0%', '7%'],
    ['a percent sign in quoted words is not a percentage', 12, '0" % pts"', '12'],
    ['a shared formula result', { sharedFormula: 'A1', result: 3 } as ExcelJS.CellValue, undefined, '3'],
    ['a link whose text is rich text', { text: { richText: [{ text: 'Open ' }, { text: 'data' }] }, hyperlink: 'https://example.org' } as unknown as ExcelJS.CellValue, undefined, 'Open data'],
  ])('%s', (_case, value, numFmt, text) => {
    expect(cellText(value, numFmt)).toBe(text);
  });
});

describe('the council workbook fixture', () => {
  const gridNamed = (grids: Grid[], name: string) => grids.find((grid) => grid.name === name)!;

  test('reads as its five sheets, each priority and outcome merged down the rows of its actions', async () => {
    const { grids } = await readXlsx(await makeCouncilWorkbook(['2024/25 Q1', '2024/25 Q2']), 'anytown.xlsx');
    expect(grids.map((grid) => grid.name)).toEqual(['Plan', 'Action plan', 'Measures', 'Figures', 'Progress']);
    const actions = gridNamed(grids, 'Action plan').rows.filter((row) => row.row > 4);
    expect(actions).toHaveLength(COUNCIL_WORKBOOK_COUNTS.actions);
    expect(new Set(actions.map((row) => row.cells[0]?.text)).size).toBe(COUNCIL_WORKBOOK_COUNTS.priorities);
    expect(new Set(actions.map((row) => row.cells[1]?.text)).size).toBe(COUNCIL_WORKBOOK_COUNTS.outcomes);
    expect(actions[1]!.cells.slice(0, 3)).toEqual([
      { text: 'SO1: A fairer Anytown', ref: 'A6', mergedFrom: 'A5' },
      { text: '1.1 More people are in fair work', ref: 'B6', mergedFrom: 'B5' },
      { text: 'Action 1.1.2', ref: 'C6' },
    ]);
    expect(actions.map((row) => row.cells[6]?.text)).toEqual(expect.arrayContaining(['March 2025', '2026-03-31', '2024/25', 'Q4 2025/26']));
    const figures = gridNamed(grids, 'Figures').rows.slice(1).flatMap((row) => row.cells.slice(1).filter(Boolean));
    expect(figures).toHaveLength(COUNCIL_WORKBOOK_COUNTS.figures);
    expect(gridNamed(grids, 'Progress').rows[0]!.cells.map((cell) => cell?.text)).toEqual(['Ref', 'Action', '2024/25 Q1 RAG', '2024/25 Q1 Update', '2024/25 Q2 RAG', '2024/25 Q2 Update']);
  });

  test('docs/examples/example-plan.xlsx is the fixture as it is now (run test/fixtures/import/write-examples.ts after changing it)', async () => {
    const published = await readXlsx(readFileSync(new URL('../../../../docs/examples/example-plan.xlsx', import.meta.url)), 'example-plan.xlsx');
    expect(published).toEqual(await readXlsx(await makeExamplePlanWorkbook(), 'example-plan.xlsx'));
  });
});
