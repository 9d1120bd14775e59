import { expect, test } from 'vitest';
import { councilSlug, groupMedian, similarCouncils, similarity } from '../../../../src/lib/compare/councils';
import { COUNCILS } from './small-comparison';

test.each([
  ['Argyll & Bute', 'argyll-and-bute'],
  ['Edinburgh City', 'edinburgh-city'],
  ['Eilean Siar', 'eilean-siar'],
  ['Perth & Kinross', 'perth-and-kinross'],
  ['Na h-Eileanan Siar', 'na-h-eileanan-siar'],
])('"%s" has the address /areas/%s/', (name, slug) => {
  expect(councilSlug(name)).toBe(slug);
});

test('similar councils share the deprivation group, or the rurality, and never include the council itself', () => {
  const [aberglen, bankside, craigmuir, dunlarig] = COUNCILS;
  const similar = similarCouncils(aberglen!, COUNCILS);
  expect(similar.deprivation.map((council) => council.name)).toEqual(['Bankside', 'Craigmuir']);
  expect(similar.rurality.map((council) => council.name)).toEqual(['Bankside']);
  expect(similarity(aberglen!, bankside!)).toEqual({ deprivation: true, rurality: true });
  expect(similarity(craigmuir!, dunlarig!)).toEqual({ deprivation: false, rurality: true });
  expect(similarity(aberglen!, aberglen!)).toEqual({ deprivation: false, rurality: false });
});

test('the median of a group counts only the councils with a figure', () => {
  const values = new Map([['Bankside', 10], ['Craigmuir', 20], ['Dunlarig', 40]]);
  expect(groupMedian(values, COUNCILS.slice(1, 3))).toEqual({ median: 15, counted: 2, of: 2 });
  expect(groupMedian(values, COUNCILS.slice(0, 3))).toEqual({ median: 15, counted: 2, of: 3 });
  expect(groupMedian(values, COUNCILS.slice(0, 1))).toEqual({ median: undefined, counted: 0, of: 1 });
});
