import { describe, expect, test } from 'vitest';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { indicatorTable } from '../../../../src/lib/compare/indicator-table';
import { changeHeading, changeInWords, changeUnit, formatDifference, placeInWords, rankInWords, rankingMethod } from '../../../../src/lib/compare/indicator-table-words';
import { smallComparison } from './small-comparison';

test.each([
  [{ rank: 3, joint: false }, '3', '3rd'],
  [{ rank: 2, joint: true }, '2 (joint)', 'joint 2nd'],
  [{ joint: false }, undefined, undefined],
])('%o is ranked "%s", placed "%s"', (row, rank, place) => {
  expect(rankInWords(row)).toBe(rank);
  expect(placeInWords(row)).toBe(place);
});

test.each([
  [1.5, '%', '+1.5'],
  [-0.25, 'percentage points', '-0.25'],
  [40.5, '£', '+£40.5'],
  [-1200, '£', '-£1,200'],
  [12, 'tariff score', '+12'],
  [0, '%', '0'],
])('a difference of %s in "%s" is written "%s"', (difference, unit, expected) => {
  expect(formatDifference(difference, unit)).toBe(expected);
});

test.each([
  ['%', 'percentage points'],
  ['percentage points', 'percentage points'],
  ['£', undefined],
  ['tariff score', undefined],
  ['per 1,000 pupils', 'per 1,000 pupils'],
])('a change in "%s" is headed in %s', (unit, expected) => {
  expect(changeUnit(unit)).toBe(expected);
});

describe('changeInWords', () => {
  const change = { from: '2018-19', to: '2019-20', years: 1 };
  test('says better or worse where the indicator has a direction, and nothing but the difference for a cost', () => {
    expect(changeInWords({ ...change, difference: 1.5, judgement: 'better' }, '%')).toBe('+1.5, better');
    expect(changeInWords({ ...change, difference: -2, judgement: 'worse' }, '%')).toBe('-2, worse');
    expect(changeInWords({ ...change, difference: 40, judgement: 'no judgement' }, '£')).toBe('+£40');
    expect(changeInWords({ ...change, difference: 0, judgement: 'no change' }, '£')).toBe('No change');
  });
});

test('a change heading names the years between, when more than one', () => {
  expect(changeHeading('2018-19', 1)).toBe('Since 2018-19');
  expect(changeHeading('2010-11', 10)).toBe('Since 2010-11 (10 years)');
});

describe('rankingMethod', () => {
  const index = indexComparison(smallComparison());
  test('a ranked indicator counts from its best end; only councils with a figure are placed', () => {
    const sentences = rankingMethod(indicatorTable(index, 'SHR1')!);
    expect(sentences[0]).toBe('Councils are ranked from the highest share, so 1st is the highest share.');
    expect(sentences).toContain('Only councils with a figure for 2019-20 are placed: 4 of 5. Scotland is shown but not placed.');
  });

  test('a cost is only a position, with no better or worse', () => {
    const sentences = rankingMethod(indicatorTable(index, 'CST1')!);
    expect(sentences[0]).toBe('Councils are placed in order from the lowest cost, the order the LGBF uses. The place is only a position in that order.');
    expect(sentences.join(' ')).not.toMatch(/better|worse|best|worst/i);
  });
});
