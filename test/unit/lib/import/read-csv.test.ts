import { describe, expect, test } from 'vitest';
import { decodeText, readCsv } from '../../../../src/lib/import/read-csv';
import { ImportReadError } from '../../../../src/lib/import/read-error';

function readError(bytes: Buffer, file = 'actions.csv'): ImportReadError {
  try {
    readCsv(bytes, file);
  } catch (error) {
    if (error instanceof ImportReadError) return error;
    throw error;
  }
  throw new Error('readCsv did not refuse the file');
}

describe('readCsv', () => {
  test('reads one grid named after the file, with row numbers as Excel shows them', () => {
    const text = ['Ref,Action,Lead officer', '', '1.1.1,"Run a ""fair work"" campaign,\r\nthen report", Chief Officer ', ',,', '1.1.2,Open the hub'].join('\r\n');
    expect(readCsv(Buffer.from(text), 'actions.csv')).toEqual({
      file: 'actions.csv',
      format: 'csv',
      paragraphs: [],
      grids: [
        {
          name: 'actions.csv',
          rows: [
            { row: 1, cells: [{ text: 'Ref', ref: 'A1' }, { text: 'Action', ref: 'B1' }, { text: 'Lead officer', ref: 'C1' }] },
            { row: 3, cells: [{ text: '1.1.1', ref: 'A3' }, { text: 'Run a "fair work" campaign,\nthen report', ref: 'B3' }, { text: 'Chief Officer', ref: 'C3' }] },
            { row: 5, cells: [{ text: '1.1.2', ref: 'A5' }, { text: 'Open the hub', ref: 'B5' }] },
          ],
        },
      ],
    });
  });

  test('leaves out the byte order mark of a "CSV UTF-8" file and keeps blank cells as gaps', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Outcome,,Target\n1.1,,"£2,000 – by 2026"\n')]);
    expect(readCsv(bytes, 'measures.csv').grids[0]!.rows).toEqual([
      { row: 1, cells: [{ text: 'Outcome', ref: 'A1' }, undefined, { text: 'Target', ref: 'C1' }] },
      { row: 2, cells: [{ text: '1.1', ref: 'A2' }, undefined, { text: '£2,000 – by 2026', ref: 'C2' }] },
    ]);
  });

  test('reads a file Excel saved as plain "CSV", in Windows-1252', () => {
    // "Children’s services – £5" in Windows-1252: ’ is 0x92, – is 0x96, £ is 0xA3.
    const bytes = Buffer.from([...Buffer.from('Priority\nChildren'), 0x92, ...Buffer.from('s services '), 0x96, 0x20, 0xa3, ...Buffer.from('5\n')]);
    expect(readCsv(bytes, 'actions.csv').grids[0]!.rows[1]!.cells[0]!.text).toBe('Children’s services – £5');
  });

  test('a quote mark that is never closed names the line and the fix', () => {
    const error = readError(Buffer.from('Ref,Action\n1,"Open the hub\n2,Run a campaign\n'));
    expect(error.message).toMatch(/^actions\.csv, line \d+: this is not a valid CSV file \(.+\)\. Check for a quote mark that is never closed\. Save the spreadsheet again as "CSV UTF-8"\.$/);
    expect(error.message).toContain('quote');
  });

  test('a stray quote mark inside a cell names its line', () => {
    expect(readError(Buffer.from('Ref,Action\n1,Open the hub\n2,Run a "campaign" now\n')).message).toMatch(/^actions\.csv, line 3: /);
  });

  test('an Excel workbook with a .csv name is not read as text', () => {
    expect(readError(Buffer.from('PK\u0003\u0004rest of a zip file')).message).toBe(
      'actions.csv is not a CSV file: it is an Excel workbook or Word document whose name ends in .csv. Rename it to end in .xlsx (or .docx), or open it in Excel and save it as "CSV UTF-8".',
    );
  });

  test('an empty file has no rows', () => {
    expect(readCsv(Buffer.alloc(0), 'empty.csv').grids).toEqual([{ name: 'empty.csv', rows: [] }]);
  });
});

describe('decodeText', () => {
  test.each([
    ['UTF-8', Buffer.from('Café – ’'), 'Café – ’'],
    ['Windows-1252', Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'Café'],
  ])('%s', (_encoding, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });
});
