import { readFileSync } from 'node:fs';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../../../src/lib/import/read-docx';
import { ImportReadError } from '../../../../src/lib/import/read-error';
import { ACTION_PLAN_DOCX_COUNTS, makeActionPlanDocx } from '../../../fixtures/import/action-plan-docx';
import { makeActionPlanTemplateDocx } from '../../../fixtures/import/docs-examples';

function documentBytes(children: FileChild[], footnotes?: Record<number, { children: Paragraph[] }>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }], footnotes }));
}

/** A table cell with one paragraph per line of `text`; an empty string is an empty cell. */
function cell(text: string, options: { rowSpan?: number; columnSpan?: number } = {}): TableCell {
  return new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...options });
}

function table(...rows: TableCell[][]): Table {
  return new Table({ rows: rows.map((children) => new TableRow({ children })) });
}

describe('readDocx', () => {
  test('reads headings, the Title style, paragraphs and list items in order', async () => {
    const bytes = await documentBytes([
      new Paragraph({ text: 'Moray Children’s Services Plan', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Vision', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun('Children are '), new TextRun({ text: 'safe', bold: true }), new TextRun({ text: ' and well.', italics: true })] }),
      new Paragraph({ text: 'Principles', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun({ text: 'Focus on families', bold: true }), new TextRun({ text: 'Parents and carers are involved.', break: 1 })], bullet: { level: 0 } }),
      new Paragraph({ text: 'Locality focused', bullet: { level: 1 } }),
      new Paragraph({ text: 'Detail', heading: HeadingLevel.HEADING_6 }),
    ]);
    expect(await readDocx(bytes, 'plan.docx')).toEqual({
      file: 'plan.docx',
      format: 'docx',
      grids: [],
      paragraphs: [
        { text: 'Moray Children’s Services Plan', heading: 1 },
        { text: 'Vision', heading: 1 },
        { text: 'Children are safe and well.' },
        { text: 'Principles', heading: 2 },
        { text: 'Focus on families\nParents and carers are involved.', listItem: true },
        { text: 'Locality focused', listItem: true },
        { text: 'Detail', heading: 6 },
      ],
    });
  });

  test('reads a table as a grid, repeating each merged cell over the rows and columns it spans', async () => {
    const bytes = await documentBytes([
      new Paragraph({ text: 'PRIORITY 1 : The wellbeing of children and young people is improved', heading: HeadingLevel.HEADING_2 }),
      table(
        [cell('OUTCOMES'), cell('IMPROVEMENT AIMS'), cell('HIGH LEVEL ACTIONS')],
        [cell('EMOTIONAL AND MENTAL WELLBEING', { columnSpan: 3 })],
        [cell('10% more children report they feel mentally well', { rowSpan: 3 }), cell('Increase provision', { rowSpan: 2 }), cell('Co-design services')],
        [cell('')],
        [cell('Increase confidence'), cell('Design supports\nAssess peer led supports')],
        [cell(''), cell(''), cell('')],
        [cell('Herd immunity is achieved')],
      ),
    ]);
    const document = await readDocx(bytes, 'plan.docx');
    expect(document.paragraphs).toEqual([{ text: 'PRIORITY 1 : The wellbeing of children and young people is improved', heading: 2, beforeTable: 1 }]);
    const outcome = '10% more children report they feel mentally well';
    expect(document.grids).toEqual([
      {
        name: 'Table 1',
        rows: [
          { row: 1, cells: [{ text: 'OUTCOMES', ref: 'A1' }, { text: 'IMPROVEMENT AIMS', ref: 'B1' }, { text: 'HIGH LEVEL ACTIONS', ref: 'C1' }] },
          {
            row: 2,
            cells: [
              { text: 'EMOTIONAL AND MENTAL WELLBEING', ref: 'A2' },
              { text: 'EMOTIONAL AND MENTAL WELLBEING', ref: 'B2', mergedFrom: 'A2' },
              { text: 'EMOTIONAL AND MENTAL WELLBEING', ref: 'C2', mergedFrom: 'A2' },
            ],
          },
          { row: 3, cells: [{ text: outcome, ref: 'A3' }, { text: 'Increase provision', ref: 'B3' }, { text: 'Co-design services', ref: 'C3' }] },
          { row: 4, cells: [{ text: outcome, ref: 'A4', mergedFrom: 'A3' }, { text: 'Increase provision', ref: 'B4', mergedFrom: 'B3' }] },
          { row: 5, cells: [{ text: outcome, ref: 'A5', mergedFrom: 'A3' }, { text: 'Increase confidence', ref: 'B5' }, { text: 'Design supports\nAssess peer led supports', ref: 'C5' }] },
          { row: 7, cells: [{ text: 'Herd immunity is achieved', ref: 'A7' }] },
        ],
      },
    ]);
  });

  test('numbers the tables, and marks only the paragraph just before a table as introducing it', async () => {
    const bytes = await documentBytes([
      new Paragraph('Introduction'),
      new Paragraph({ text: 'Priority 1', heading: HeadingLevel.HEADING_2 }),
      table([cell('First')]),
      table([cell('Second')]),
      new Paragraph('Between'),
      table([cell('Third')]),
      new Paragraph('After'),
    ]);
    const document = await readDocx(bytes, 'plan.docx');
    expect(document.grids.map((grid) => grid.name)).toEqual(['Table 1', 'Table 2', 'Table 3']);
    expect(document.paragraphs).toEqual([{ text: 'Introduction' }, { text: 'Priority 1', heading: 2, beforeTable: 1 }, { text: 'Between', beforeTable: 3 }, { text: 'After' }]);
  });

  test('a cell reads its paragraphs and list items as lines; header rows and tables inside cells are just rows and lines', async () => {
    const bytes = await documentBytes([
      new Table({
        rows: [
          new TableRow({ tableHeader: true, children: [cell('Action'), cell('Measures')] }),
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: 'Open the hub', bold: true })] }), new Paragraph({ text: 'By March 2025', bullet: { level: 0 } })] }),
              new TableCell({ children: [table([cell('Visits')], [cell('Referrals')]), new Paragraph('')] }),
            ],
          }),
        ],
      }),
    ]);
    expect((await readDocx(bytes, 'plan.docx')).grids).toEqual([
      {
        name: 'Table 1',
        rows: [
          { row: 1, cells: [{ text: 'Action', ref: 'A1' }, { text: 'Measures', ref: 'B1' }] },
          { row: 2, cells: [{ text: 'Open the hub\nBy March 2025', ref: 'A2' }, { text: 'Visits\nReferrals', ref: 'B2' }] },
        ],
      },
    ]);
  });

  test('leaves out footnotes and the marks that point to them', async () => {
    const bytes = await documentBytes([new Paragraph({ children: [new TextRun('Baseline from the survey'), new FootnoteReferenceRun(1)] })], {
      1: { children: [new Paragraph('Health and wellbeing survey 2019.')] },
    });
    expect((await readDocx(bytes, 'plan.docx')).paragraphs).toEqual([{ text: 'Baseline from the survey' }]);
  });

  test('refuses a file that is not a Word document', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan').getCell('A1').value = 'Plan title';
    const workbookBytes = Buffer.from(await workbook.xlsx.writeBuffer());
    for (const bytes of [Buffer.from('Just some text'), workbookBytes]) {
      const error = await readDocx(bytes, 'plan.docx').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImportReadError);
      expect((error as Error).message).toBe('plan.docx is not a Word document. Open it in Word and save it as a Word Document (.docx).');
    }
  });

  test('says an older or password-protected document must be saved again', async () => {
    const bytes = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readDocx(bytes, 'plan.docx')).rejects.toThrow('it is a Word 97–2003 document (.doc) with a .docx name, or it is protected with a password');
  });
});

describe('the Moray action plan fixture', () => {
  test('reads as one table per priority, each introduced by its heading, with outcomes and aims merged down', async () => {
    const { grids, paragraphs } = await readDocx(await makeActionPlanDocx(), 'moray-action-plan.docx');
    expect(grids).toHaveLength(ACTION_PLAN_DOCX_COUNTS.priorities);
    expect(paragraphs.filter((paragraph) => paragraph.beforeTable).map((paragraph) => [paragraph.text, paragraph.heading, paragraph.beforeTable])).toEqual([
      ['PRIORITY 1 : The wellbeing of children and young people is improved', 2, 1],
      ['PRIORITY: 2 Children and young people are safe and free from harm', 2, 2],
    ]);
    expect(paragraphs.filter((paragraph) => paragraph.listItem)[0]!.text).toMatch(/^Co-production and relational based approaches\nThe importance and investment/);
    const [priority1] = grids;
    expect(priority1!.rows.slice(0, 5).map((row) => row.cells.map((cell) => cell && { ...cell, text: cell.text.slice(0, 20) }))).toEqual([
      [{ text: 'OUTCOMES', ref: 'A1' }, { text: 'IMPROVEMENT AIMS', ref: 'B1' }, { text: 'HIGH LEVEL ACTIONS', ref: 'C1' }, { text: 'HIGH LEVEL PERFORMAN', ref: 'D1' }],
      [{ text: 'What are we trying t', ref: 'A2' }, { text: 'What change can we m', ref: 'B2' }, undefined, { text: 'How will we know tha', ref: 'D2' }],
      [{ text: 'EMOTIONAL AND MENTAL', ref: 'A3' }],
      [{ text: '10% more children an', ref: 'A4' }, { text: 'Increase provision o', ref: 'B4' }, { text: 'Co-design and resour', ref: 'C4' }, { text: 'Improved school atta', ref: 'D4' }],
      [{ text: '10% more children an', ref: 'A5', mergedFrom: 'A4' }, { text: 'Increase provision o', ref: 'B5', mergedFrom: 'B4' }, undefined, { text: 'Increased investment', ref: 'D5' }],
    ]);
    const body = grids.flatMap((grid) => grid.rows.slice(2)).filter((row) => row.cells.length > 1);
    const started = (column: number) => body.filter((row) => row.cells[column] && !row.cells[column]!.mergedFrom).length;
    expect([started(0), started(1), started(2)]).toEqual([ACTION_PLAN_DOCX_COUNTS.outcomes, ACTION_PLAN_DOCX_COUNTS.improvementAims, ACTION_PLAN_DOCX_COUNTS.actions]);
    expect(new Set(body.flatMap((row) => row.cells[3]?.text ?? [])).size).toBe(ACTION_PLAN_DOCX_COUNTS.measures);
  });

  test('docs/examples/action-plan-template.docx is the fixture as it is now (run test/fixtures/import/write-examples.ts after changing it)', async () => {
    const published = await readDocx(readFileSync(new URL('../../../../docs/examples/action-plan-template.docx', import.meta.url)), 'action-plan-template.docx');
    expect(published).toEqual(await readDocx(await makeActionPlanTemplateDocx(), 'action-plan-template.docx'));
  });
});
