import { expect, test } from 'vitest';
import { sparklineGeometry } from '../../../../src/lib/compare/series-sparkline';

test('one place per year, highest figure at the top, lowest at the bottom', () => {
  const geometry = sparklineGeometry([10, 20, 15])!;
  expect(geometry.runs).toEqual(['3,21 48,3 93,12']);
  expect(geometry.dots).toEqual([]);
  expect(geometry.last).toEqual({ x: 93, y: 12 });
});

test('a year with no figure breaks the line: nothing is drawn across it', () => {
  const geometry = sparklineGeometry([10, 20, undefined, 15, 12])!;
  expect(geometry.runs).toHaveLength(2);
  expect(geometry.runs[0]).toBe('3,21 25.5,3');
  expect(geometry.runs[1]!.split(' ')).toHaveLength(2);
});

test('a figure with no neighbour is a dot; the latest figure is marked even after a gap', () => {
  const geometry = sparklineGeometry([10, undefined, 20, undefined])!;
  expect(geometry.runs).toEqual([]);
  expect(geometry.dots).toEqual([
    { x: 3, y: 21 },
    { x: 63, y: 3 },
  ]);
  expect(geometry.last).toEqual({ x: 63, y: 3 });
});

test('the same figure every year is a flat line in the middle', () => {
  expect(sparklineGeometry([5, 5])!.runs).toEqual(['3,12 93,12']);
});

test('fewer than two figures is no trend', () => {
  expect(sparklineGeometry([undefined, 5, undefined])).toBeUndefined();
  expect(sparklineGeometry([])).toBeUndefined();
});
