import { describe, expect, test } from 'vitest';
import { findCouncil, indexComparison } from '../../../../src/lib/compare/comparison-index';
import { councilStanding } from '../../../../src/lib/compare/council-view';
import { signedDifference, similarMedianInWords, standingChange, standingPlace, trendYearsInWords } from '../../../../src/lib/compare/standing-words';
import { COST, GAP, SHARE, smallComparison } from './small-comparison';

const index = indexComparison(smallComparison());
const standing = (indicator: typeof SHARE, name: string) => councilStanding(index, indicator, findCouncil(index, name)!);

describe('standingPlace', () => {
  test('a rank is "N of the councils with a figure"; a shared rank is joint', () => {
    expect(standingPlace(standing(SHARE, 'Craigmuir'))).toEqual({ joint: false, place: '3 of 4' });
    // Aberglen and Bankside share 85.
    expect(standingPlace(standing(SHARE, 'Bankside'))).toEqual({ joint: true, place: '1 of 4' });
  });

  test('a cost is only a position, counted from the end the LGBF ranks from, never better or worse', () => {
    expect(standingPlace(standing(COST, 'Dunlarig'))).toEqual({ joint: false, place: '1st lowest of 5' });
    expect(standingPlace(standing(COST, 'Craigmuir'))).toEqual({ joint: false, place: '5th lowest of 5' });
    const highestFirst = { ...standing(COST, 'Craigmuir'), ranking: { highestFirst: true, meaning: 'position' as const }, rank: 1 };
    expect(standingPlace(highestFirst)!.place).toBe('1st highest of 5');
  });

  test('no figure, no place', () => {
    expect(standingPlace({ rank: undefined, joint: false, counted: 0, ranking: { highestFirst: true, meaning: 'better' } })).toBeUndefined();
  });
});

describe('signedDifference', () => {
  test.each([
    [-1.5, '%', '-1.5 percentage points'],
    [1, '%', '+1 percentage point'],
    [2.25, 'percentage points', '+2.25 percentage points'],
    [-120.5, '£', '-£120.5'],
    [3, 'tariff score', '+3'],
    [-4.2, 'per 1,000 pupils', '-4.2 per 1,000 pupils'],
    [0, '%', '0 percentage points'],
  ])('%d in %s is "%s"', (difference, unit, words) => {
    expect(signedDifference(difference, unit)).toBe(words);
  });
});

describe('standingChange', () => {
  test('up or down since the previous year, judged where the indicator has a better direction', () => {
    expect(standingChange(standing(SHARE, 'Craigmuir'))).toBe('-1.5 percentage points since 2018-19, worse');
    expect(standingChange(standing(SHARE, 'Bankside'))).toBe('+12 percentage points since 2018-19, better');
    // A smaller gap is better.
    expect(standingChange(standing(GAP, 'Aberglen'))).toBe('-2 percentage points since 2018-19, better');
  });

  test('a cost\u2019s change is never judged; no change is "No change"', () => {
    expect(standingChange(standing(COST, 'Aberglen'))).toBe('+£100 since 2018-19');
    expect(standingChange(standing(COST, 'Dunlarig'))).toBe('No change since 2018-19');
  });

  test('no figure the year before: says so, and fills nothing in', () => {
    // Dunlarig has no GAP1 figure for 2018-19.
    expect(standingChange(standing(GAP, 'Dunlarig'))).toBe('No figure for 2018-19 to compare');
    // Craigmuir has no SHR1 figure for 2015-16.
    const early = { ...standing(SHARE, 'Craigmuir'), year: '2016-17', sincePrevious: undefined };
    expect(standingChange(early)).toBe('No figure for 2015-16 to compare');
    const first = { ...standing(SHARE, 'Craigmuir'), year: '2014-15', sincePrevious: undefined };
    expect(standingChange(first)).toBe('No earlier year in the source');
  });

  test('no figure at all', () => {
    expect(standingChange({ ...standing(SHARE, 'Craigmuir'), year: undefined, sincePrevious: undefined })).toBe('No figure');
  });
});

describe('similarMedianInWords', () => {
  test('the median of the other councils in the deprivation group, in the indicator\u2019s unit', () => {
    expect(similarMedianInWords(standing(SHARE, 'Craigmuir'))).toEqual({ median: '85%' });
  });

  test('says how many counted when some had no figure, and gives no median when none had', () => {
    const some = { ...standing(SHARE, 'Craigmuir'), deprivationGroup: { median: 85, counted: 1, of: 2, group: 1 } };
    expect(similarMedianInWords(some)).toEqual({ median: '85%', counted: '1 of 2 councils with a figure' });
    const none = { ...standing(SHARE, 'Craigmuir'), deprivationGroup: { median: undefined, counted: 0, of: 2, group: 1 } };
    expect(similarMedianInWords(none)).toEqual({});
  });
});

describe('trendYearsInWords', () => {
  test('the years the figures span, and how many years between have no figure: nothing is filled in', () => {
    expect(trendYearsInWords(standing(SHARE, 'Aberglen').series)).toBe('2014-15 to 2019-20');
    // Craigmuir has no figure for 2015-16.
    expect(trendYearsInWords(standing(SHARE, 'Craigmuir').series)).toBe('2014-15 to 2019-20, 1 year with no figure');
    const gaps = [{ year: '2014-15', value: 1 }, { year: '2015-16' }, { year: '2016-17' }, { year: '2017-18', value: 2 }, { year: '2018-19' }];
    expect(trendYearsInWords(gaps)).toBe('2014-15 to 2017-18, 2 years with no figure');
    expect(trendYearsInWords(standing(GAP, 'Dunlarig').series)).toBe('2020-21');
    expect(trendYearsInWords([{ year: '2019-20' }])).toBeUndefined();
  });
});
