import { expect, test } from 'vitest';
import { csvDownload, neutraliseCell } from '../../../src/lib/csv-download';

test.each(['=1+2', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])('a text cell starting %j is kept as text for spreadsheets', (cell) => {
  expect(neutraliseCell(cell)).toBe(`'${cell}`);
});

test('numbers, and text that cannot start a formula, are left as they are', () => {
  expect(neutraliseCell(-3.5)).toBe(-3.5);
  expect(neutraliseCell('Moray')).toBe('Moray');
  expect(neutraliseCell('')).toBe('');
  expect(neutraliseCell('5% = better')).toBe('5% = better');
});

test('csvDownload writes the header and rows, neutralising each text cell', () => {
  expect(csvDownload(['period', 'value', 'footnote'], [['2021', -2, '=cmd'], ['2022', 3, 'Fine, "quoted"']])).toBe(`period,value,footnote\n2021,-2,'=cmd\n2022,3,"Fine, ""quoted"""\n`);
});
