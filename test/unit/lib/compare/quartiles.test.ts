import { expect, test } from 'vitest';
import { median, quartileBands, quartileOf } from '../../../../src/lib/compare/quartiles';

test.each([
  [[], undefined],
  [[5], 5],
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[84.15, 84.16], 84.155],
  [[0.1, 0.2], 0.15],
])('the median of %o is %s', (values, expected) => {
  expect(median(values)).toBe(expected);
});

test('of 32 councils, ranks 1 to 8 are quartile 1, 9 to 16 quartile 2, 17 to 24 quartile 3 and 25 to 32 quartile 4', () => {
  const quartiles = Array.from({ length: 32 }, (_, position) => quartileOf(position + 1, 32));
  expect(quartiles).toEqual([...Array(8).fill(1), ...Array(8).fill(2), ...Array(8).fill(3), ...Array(8).fill(4)]);
});

test.each([
  // 30 councils with a figure: rank 8 has 7 above it (under a quarter), rank 9 has 8 (over a quarter).
  [8, 30, 1],
  [9, 30, 2],
  [15, 30, 2],
  [16, 30, 3],
  [23, 30, 3],
  [24, 30, 4],
  [30, 30, 4],
  [1, 1, 1],
  [1, 2, 1],
  [2, 2, 3],
])('rank %i of %i is in quartile %i', (rank, counted, expected) => {
  expect(quartileOf(rank, counted)).toBe(expected);
});

test('each quartile\u2019s range of figures, leaving out empty quartiles and councils with no figure', () => {
  const ranked = [
    { quartile: 1 as const, value: 90 },
    { quartile: 1 as const, value: 85 },
    { quartile: 3 as const, value: 70 },
    { quartile: 4 as const, value: 60 },
    {},
  ];
  expect(quartileBands(ranked)).toEqual([
    { quartile: 1, councils: 2, lowest: 85, highest: 90 },
    { quartile: 3, councils: 1, lowest: 70, highest: 70 },
    { quartile: 4, councils: 1, lowest: 60, highest: 60 },
  ]);
});
