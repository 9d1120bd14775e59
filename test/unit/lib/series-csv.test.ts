import { expect, test } from 'vitest';
import { readSeries } from '../../../src/lib/series-csv';

test('a blank area is the plan\\u2019s own, so a blank row beside the plan\\u2019s named area for the same period is a duplicate', () => {
  const { problems } = readSeries('period,value,area\n2020/21,10,Moray\n2020/21,12,\n', 'Moray');
  expect(problems).toEqual([{ line: 3, field: 'period', message: expect.stringMatching(/the period "2020\/21" for Moray is already on line 2 \(an empty area means the plan's own area, Moray\)/) }]);
});

test('area names match whatever their capitals, and one period written two ways is one period', () => {
  expect(readSeries('period,value,area\n2020/21,10,Scotland\n2020-21,12,scotland\n', 'Moray').problems).toEqual([expect.objectContaining({ line: 3, field: 'period' })]);
  expect(readSeries('period,value,area\n2020/21,10,Moray\n2020/21,12,Scotland\n', 'Moray').problems).toEqual([]);
});

test('gives each row the line it is on, past blank lines and figures with line breaks in their footnotes', () => {
  const { problems } = readSeries('period,value,footnote\n2019,1,"a\nb"\n\n2020,x,\n');
  expect(problems).toEqual([expect.objectContaining({ line: 5, field: 'value' })]);
});

test('refuses more figures than a page can show', () => {
  const rows = Array.from({ length: 20_001 }, (_, day) => `${new Date(Date.UTC(1900, 0, 1 + day)).toISOString().slice(0, 10)},1`).join('\n');
  expect(readSeries(`period,value\n${rows}\n`).problems).toEqual([{ message: expect.stringContaining('this file has 20,001 figures, more than the 20,000') }]);
});

test('reads a date written day first as that day', () => {
  expect(readSeries('period,value\n31/03/2021,1\n30/06/2021,2\n').problems).toEqual([]);
  expect(readSeries('period,value\n03/31/2021,1\n').problems).toEqual([expect.objectContaining({ field: 'period', message: expect.stringContaining('Dates are read day first') })]);
});
