import { expect, test } from 'vitest';
import { capitalise, formatValue } from '../../../src/lib/format';

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
