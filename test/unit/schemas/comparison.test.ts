import { describe, expect, test } from 'vitest';
import { comparisonSourceSchema, councilRowSchema, figureRowSchema, indicatorEntriesSchema, indicatorRowSchema, measureSchema, yearLabel } from '../../../src/schemas';

const figure = { indicator: 'CHN24', title: 'Child poverty', area: 'Moray', year: '2019-20', value: '18.4', unit: '%' };

describe('a figure row', () => {
  test('reads the value as a number and keeps the year as written', () => {
    expect(figureRowSchema.parse(figure)).toEqual({ ...figure, value: 18.4 });
    expect(figureRowSchema.parse({ ...figure, year: '2010-14' }).year).toBe('2010-14');
  });

  test.each([
    [{ value: 'dna' }, 'value'],
    [{ value: '*' }, 'value'],
    [{ value: '18.4%' }, 'value'],
    [{ value: '' }, 'value'],
    [{ year: '2019/20' }, 'year'],
    [{ year: '2019' }, 'year'],
    [{ area: ' ' }, 'area'],
  ])('refuses %o', (change, column) => {
    expect(figureRowSchema.safeParse({ ...figure, ...change }).error?.issues[0]?.path).toEqual([column]);
  });
});

describe('a council row', () => {
  const council = { council: 'Moray', rurality: 'Mixed', deprivation_group: '3', vulnerability_group: '4' };

  test('gives the groups as numbers under domain names', () => {
    expect(councilRowSchema.parse(council)).toEqual({ name: 'Moray', rurality: 'Mixed', deprivationGroup: 3, vulnerabilityGroup: 4 });
  });

  test.each([
    [{ rurality: 'Remote' }, 'rurality'],
    [{ deprivation_group: '0' }, 'deprivation_group'],
    [{ deprivation_group: '5' }, 'deprivation_group'],
    [{ vulnerability_group: '6' }, 'vulnerability_group'],
    [{ vulnerability_group: '2.5' }, 'vulnerability_group'],
  ])('refuses %o', (change, column) => {
    expect(councilRowSchema.safeParse({ ...council, ...change }).error?.issues[0]?.path).toEqual([column]);
  });
});

test('an indicator row: the LGBF\u2019s ranking order is yes or no', () => {
  const row = { indicator: 'CHN14a', title: 'Gap', source: 'Scottish Government', rank_1_is_highest_value: 'yes' };
  expect(indicatorRowSchema.parse(row)).toEqual({ code: 'CHN14a', title: 'Gap', collectedBy: 'Scottish Government', rankOneIsHighest: true });
  expect(indicatorRowSchema.safeParse({ ...row, rank_1_is_highest_value: 'true' }).success).toBe(false);
});

describe('indicators.yaml', () => {
  test('an entry per code: a slug, a better direction of increase, decrease or none, and a reason', () => {
    expect(indicatorEntriesSchema.parse({ CHN1: { slug: 'chn1', betterDirection: 'none', reason: 'A cost.' } })).toEqual({ CHN1: { slug: 'chn1', betterDirection: 'none', reason: 'A cost.' } });
  });

  test.each([
    [{ slug: 'CHN1' }, 'slug'],
    [{ betterDirection: 'not stated' }, 'betterDirection'],
    [{ reason: '' }, 'reason'],
    [{ direction: 'none' }, ''],
  ])('refuses %o', (change, field) => {
    const result = indicatorEntriesSchema.safeParse({ CHN1: { slug: 'chn1', betterDirection: 'none', reason: 'A cost.', ...change } });
    expect(result.error?.issues[0]?.path).toEqual(field ? ['CHN1', field] : ['CHN1']);
  });
});

describe('source.yaml', () => {
  const source = {
    publisher: 'Improvement Service',
    name: 'Local Government Benchmarking Framework',
    repository: 'Improvement-Service/LGBF_Analysis',
    commit: '8b78b630c60dcbaf57ea66f034d0bbf1a37993e9',
    commitDate: 'January 2022',
    latestYear: '2020-21',
    files: [{ path: 'data/new bnch data.xlsx', sheet: 'Raw Data', gave: 'The figures.' }],
    decimalPlaces: 2,
    rounding: 'Rounded.',
    missingFigures: 'Left out.',
  };

  test('accepts the source as the data README states it', () => {
    expect(comparisonSourceSchema.parse(source)).toEqual({ ...source, notes: [] });
  });

  test.each([
    [{ commit: '8b78b63' }, 'commit'],
    [{ repository: 'LGBF_Analysis' }, 'repository'],
    [{ latestYear: '2021' }, 'latestYear'],
    [{ files: [] }, 'files'],
    [{ url: 'javascript:alert(1)' }, 'url'],
  ])('refuses %o', (change, field) => {
    expect(comparisonSourceSchema.safeParse({ ...source, ...change }).error?.issues[0]?.path[0]).toBe(field);
  });
});

test('a year label names the wrong value and how to write it', () => {
  expect(yearLabel.safeParse('2019/20').error?.issues[0]?.message).toBe('"2019/20" is not a year written the LGBF\'s way: write the first year in full and the last year as two digits, joined by a hyphen, as the LGBF does: "2019-20" for one year, "2010-14" for several');
});

test('a measure may name the LGBF indicator it is', () => {
  expect(measureSchema.parse({ title: 'T', kind: 'quantitative', indicator: 'CHN9' }).indicator).toBe('CHN9');
  expect(measureSchema.parse({ title: 'T', kind: 'quantitative' }).indicator).toBeUndefined();
  expect(measureSchema.safeParse({ title: 'T', kind: 'quantitative', indicator: '' }).success).toBe(false);
});
