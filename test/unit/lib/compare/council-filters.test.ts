import { describe, expect, test } from 'vitest';
import { councilFilters, findFilter, rowsIn } from '../../../../src/lib/compare/council-filters';
import { COUNCILS } from './small-comparison';

describe('councilFilters', () => {
  const filters = councilFilters(COUNCILS);

  test('each deprivation group in order, then each rurality some council has, in the order urban, mixed, rural', () => {
    expect(filters.map((filter) => [filter.slug, filter.name, filter.councils.map((council) => council.name)])).toEqual([
      ['deprivation-group-1', 'Deprivation group 1', ['Aberglen', 'Bankside', 'Craigmuir']],
      ['deprivation-group-2', 'Deprivation group 2', ['Dunlarig', 'Eastholm']],
      ['rurality-urban', 'Urban', ['Aberglen', 'Bankside']],
      ['rurality-mixed', 'Mixed', ['Eastholm']],
      ['rurality-rural', 'Rural', ['Craigmuir', 'Dunlarig']],
    ]);
  });

  test('the ends of the deprivation groups are named, and the groups explained', () => {
    expect(filters.map((filter) => filter.description)).toEqual([
      'councils in deprivation group 1 (the most deprived)',
      'councils in deprivation group 2 (the least deprived)',
      'urban councils',
      'mixed councils',
      'rural councils',
    ]);
    expect(filters[0]!.explanation).toMatch(/group 1 is the most deprived.*family groups for children’s services are based on deprivation/);
  });

  test('a filter by its address, and the rows it keeps, in their order', () => {
    expect(findFilter(filters, 'rurality-rural')?.name).toBe('Rural');
    expect(findFilter(filters, 'rurality-suburban')).toBeUndefined();
    expect(findFilter(filters, undefined)).toBeUndefined();
    const rows = ['Eastholm', 'Dunlarig', 'Craigmuir', 'Aberglen'].map((name) => ({ council: { name } }));
    expect(rowsIn(rows, findFilter(filters, 'rurality-rural')).map((row) => row.council.name)).toEqual(['Dunlarig', 'Craigmuir']);
    expect(rowsIn(rows, undefined)).toEqual(rows);
  });
});
