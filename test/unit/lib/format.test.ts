import { expect, test } from 'vitest';
import { capitalise, countOf, describePoint, formatValue, listInWords, ordinal } from '../../../src/lib/format';

test.each([
  [14.2, '%', '14.2%'],
  [1234.5, '£', '£1,234.5'],
  [-5, '£', '-£5'],
  [4422.456, '£', '£4,422.46'],
  [12.5, 'rate per 1,000', '12.5 per 1,000'],
  [1, 'percentage points', '1 percentage point'],
  [24.3, 'percentage points', '24.3 percentage points'],
  [51000, 'number', '51,000'],
  [51000, undefined, '51,000'],
] as const)('%s in %s is written "%s"', (value, unit, expected) => {
  expect(formatValue(value, unit)).toBe(expected);
});

test('capitalise puts the first letter in capitals and leaves the rest as written', () => {
  expect(capitalise('not stated')).toBe('Not stated');
  expect(capitalise('estimated. Smaller sample during the pandemic')).toBe('Estimated. Smaller sample during the pandemic');
  expect(capitalise('')).toBe('');
});

test.each([
  [{ text: '90.3% in 2015-16', value: 90.3, period: { label: '2015-16' } }, '%', '90.3% in 2015-16'],
  [{ text: 'Baseline from the 2019 survey', value: 14.2, period: { label: '2019/20' } }, '%', 'Baseline from the 2019 survey (14.2%, 2019/20)'],
  [{ text: '20% by 2023', value: 20, period: { label: '2023' } }, '%', '20% by 2023'],
  [{ text: 'no less than £1/2m per annum', value: 500000 }, '£', 'no less than £1/2m per annum (£500,000)'],
  [{ text: 'Realigning Children’s Services data' }, undefined, 'Realigning Children’s Services data'],
] as const)('a baseline or target "%s" is described once', (point, unit, expected) => {
  expect(describePoint(point, unit)).toBe(expected);
});

test('a count agrees with its noun', () => {
  expect(countOf(1, 'result')).toBe('1 result');
  expect(countOf(0, 'result')).toBe('0 results');
  expect(countOf(2, 'priority', 'priorities')).toBe('2 priorities');
});

test.each([
  [['Q2'], 'Q2'],
  [['Q2', 'Q3'], 'Q2 and Q3'],
  [['Q2', 'Q3', 'Q4'], 'Q2, Q3 and Q4'],
])('a list in words: %j is "%s"', (items, words) => {
  expect(listInWords(items)).toBe(words);
});

test.each([
  [1, '1st'],
  [2, '2nd'],
  [3, '3rd'],
  [4, '4th'],
  [11, '11th'],
  [12, '12th'],
  [13, '13th'],
  [21, '21st'],
  [22, '22nd'],
  [23, '23rd'],
  [32, '32nd'],
  [101, '101st'],
  [111, '111th'],
])('position %i is "%s"', (position, expected) => {
  expect(ordinal(position)).toBe(expected);
});
