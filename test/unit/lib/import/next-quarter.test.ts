import { expect, test } from 'vitest';
import { nextQuarter } from '../../../../src/lib/import/next-quarter';
import { parsePeriod } from '../../../../src/lib/period';

test.each([
  [{ start: '2021-04-01', end: '2021-06-30' }, '2021/22 Q2'],
  [{ start: '2021-10-01', end: '2021-12-31' }, '2021/22 Q4'],
  [{ start: '2022-01-01', end: '2022-03-31' }, '2022/23 Q1'],
])('after %o comes %s, which the site reads as the next three months', (period, next) => {
  expect(nextQuarter(period)).toBe(next);
  const read = parsePeriod(next);
  expect(read.ok && read.value.start).toBe(new Date(Date.UTC(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)), 1)).toISOString().slice(0, 10));
});

test('a period that is not a quarter has no next quarter', () => {
  expect(nextQuarter({ start: '2021-04-01', end: '2022-03-31' })).toBeUndefined();
  expect(nextQuarter(undefined)).toBeUndefined();
});
