import { expect, test } from 'vitest';
import { endOfOrder, formatIndicatorValue, rankOrderInWords } from '../../../../src/lib/compare/indicator-words';

test.each([
  [84.1, '%', '84.1%'],
  [4960.34, '£', '£4,960.34'],
  [24.3, 'percentage points', '24.3 percentage points'],
  [851.5, 'tariff score', '851.5'],
  [12.5, 'per 1,000 pupils', '12.5 per 1,000 pupils'],
  [80, 'per 1,000 looked after children', '80 per 1,000 looked after children'],
])('%s in "%s" is written "%s"', (value, unit, expected) => {
  expect(formatIndicatorValue(value, unit)).toBe(expected);
});

test.each([
  ['%', true, 'highest share'],
  ['£', false, 'lowest cost'],
  ['percentage points', false, 'smallest gap'],
  ['percentage points', true, 'largest gap'],
  ['tariff score', true, 'highest score'],
  ['per 1,000 pupils', false, 'lowest rate'],
])('rank 1 in "%s", highest first %s, is the %s', (unit, highest, expected) => {
  expect(endOfOrder(unit, highest)).toBe(expected);
});

test('the order in words: which end is 1st, or for a position where counting starts', () => {
  expect(rankOrderInWords({ unit: '%' }, { highestFirst: true, meaning: 'better' })).toBe('1st is the highest share');
  expect(rankOrderInWords({ unit: '£' }, { highestFirst: false, meaning: 'position' })).toBe('counted from the lowest cost');
});
