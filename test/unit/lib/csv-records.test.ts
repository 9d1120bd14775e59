import { expect, test } from 'vitest';
import { headerNames, readCsvRecords } from '../../../src/lib/csv-records';

test('reads each row as a record by column name, trimmed, with the line it ends on, past a byte-order mark and blank lines', () => {
  expect(readCsvRecords('\uFEFFperiod, value\n2019-20, 81.4\n\n2020-21,82\n')).toEqual({
    records: [
      { record: { period: '2019-20', value: '81.4' }, info: expect.objectContaining({ lines: 2 }) },
      { record: { period: '2020-21', value: '82' }, info: expect.objectContaining({ lines: 4 }) },
    ],
  });
});

test('a row with too many cells is one problem, on its line, saying what to check', () => {
  expect(readCsvRecords('period,value\n2019-20,81.4,extra\n')).toEqual({
    problem: { line: 2, message: expect.stringMatching(/^this is not a valid CSV file \(.*\)\. Check for a missing or extra comma on this line\.$/) },
  });
});

test('the header is the first line’s names, as written', () => {
  expect(headerNames('\uFEFFperiod , value\r\n2019-20,1')).toEqual(['period', 'value']);
});
