import { expect, test } from 'vitest';
import { firstYear, isYearLabel, lastYear, yearBefore, yearsInOrder } from '../../../../src/lib/compare/years';

test.each([
  ['2019-20', true],
  ['2010-14', true],
  ['2017-20', true],
  ['1999-00', true],
  ['2019/20', false],
  ['2019-2020', false],
  ['2019', false],
  ['2019-19', false],
  ['2020-19', false],
  ['2010-25', false],
  [' 2019-20', false],
])('"%s" is a year label: %s', (label, expected) => {
  expect(isYearLabel(label)).toBe(expected);
});

test('the first and last years of a label, across a century', () => {
  expect([firstYear('2010-14'), lastYear('2010-14')]).toEqual([2010, 2014]);
  expect([firstYear('1999-00'), lastYear('1999-00')]).toEqual([1999, 2000]);
});

test('years sort by their first year, keep their labels, and appear once', () => {
  expect(yearsInOrder(['2017-20', '2010-14', '2012-15', '2012-15', '2016-19'])).toEqual(['2010-14', '2012-15', '2016-19', '2017-20']);
  expect(yearsInOrder(['2020-21', '2018-19', '2010-11'])).toEqual(['2010-11', '2018-19', '2020-21']);
});

test('the year some places back in the indicator\u2019s own list, only if the list goes back that far', () => {
  const years = ['2010-11', '2012-13', '2014-15', '2016-17', '2018-19', '2020-21'];
  expect(yearBefore(years, '2020-21')).toBe('2018-19');
  expect(yearBefore(years, '2020-21', 5)).toBe('2010-11');
  expect(yearBefore(years, '2018-19', 5)).toBeUndefined();
  expect(yearBefore(years, '2019-20')).toBeUndefined();
  expect(yearBefore(years, '2010-11')).toBeUndefined();
});
