import { describe, expect, test } from 'vitest';
import { axisRange, barsShowChange } from '../../../src/lib/chart-axis';
import type { Unit } from '../../../src/schemas/measure';

interface Case {
  name: string;
  values: Array<number | null>;
  unit?: Unit;
  zeroBaseline?: boolean;
  expected: { min: number; max: number; step: number };
}

const cases: Case[] = [
  { name: 'a percentage between 90.3 and 91 gets a narrow axis, not 0 to 100', values: [90.3, 90.6, 91], unit: '%', expected: { min: 90.2, max: 91.2, step: 0.2 } },
  { name: 'a percentage from 0 to 100 stays within 0 to 100', values: [0, 35, 100], unit: '%', expected: { min: 0, max: 100, step: 20 } },
  { name: 'a percentage near 100 never goes above it', values: [99.2, 99.9], unit: '%', expected: { min: 99, max: 100, step: 0.2 } },
  { name: 'a single figure sits in the middle of its axis', values: [42], unit: '%', expected: { min: 36, max: 48, step: 2 } },
  { name: 'figures all equal sit in the middle of their axis', values: [50, 50, 50], unit: '%', expected: { min: 44, max: 56, step: 2 } },
  { name: 'a single zero gets an axis above zero', values: [0], unit: 'number', expected: { min: 0, max: 1, step: 0.2 } },
  { name: 'changes either side of zero go below zero', values: [-2.5, 0.4, 1.2], unit: 'percentage points', expected: { min: -3, max: 2, step: 1 } },
  { name: 'figures all below zero never go above it', values: [-5, -3, -2], unit: '£', expected: { min: -6, max: -1, step: 1 } },
  { name: 'large counts get round steps', values: [1200, 1310, 1450], unit: 'number', expected: { min: 1100, max: 1500, step: 100 } },
  { name: 'figures near zero never go below it', values: [0.2, 0.9, 1.5], unit: 'rate per 1,000', expected: { min: 0, max: 2, step: 0.5 } },
  { name: 'figures from zero never go below it', values: [0, 1, 3], unit: 'number', expected: { min: 0, max: 4, step: 1 } },
  { name: 'a target outside the figures’ range is on the axis', values: [60, 63.5, 64, 68.2, /* target */ 75], unit: '%', expected: { min: 55, max: 80, step: 5 } },
  { name: 'gaps in a series are left out', values: [null, 78.38, null, 91.18], unit: '%', expected: { min: 75, max: 95, step: 5 } },
  { name: 'bars start at zero', values: [14.88, 24.7], unit: 'percentage points', zeroBaseline: true, expected: { min: 0, max: 30, step: 10 } },
  { name: 'bars of negative figures end at zero', values: [-14, -6], zeroBaseline: true, expected: { min: -20, max: 0, step: 5 } },
];

describe('axisRange', () => {
  test.each(cases)('$name', ({ values, unit, zeroBaseline, expected }) => {
    const axis = axisRange(values, { unit, zeroBaseline });
    expect(axis).toEqual(expected);
    const figures = values.filter((value) => value !== null);
    // Every figure is on the axis, and the ends are whole steps.
    expect(Math.min(...figures)).toBeGreaterThanOrEqual(axis!.min);
    expect(Math.max(...figures)).toBeLessThanOrEqual(axis!.max);
    expect(Number.isInteger(Math.round((axis!.max - axis!.min) / axis!.step * 1e6) / 1e6)).toBe(true);
  });

  test('is undefined when there is nothing to draw', () => {
    expect(axisRange([])).toBeUndefined();
    expect(axisRange([null, null])).toBeUndefined();
  });

  test('never goes below zero for figures that are all zero or more, nor above 100 for a percentage', () => {
    for (let low = 0; low <= 100; low += 3.7) {
      for (const spread of [0, 0.1, 1, 10, 40]) {
        const high = Math.min(low + spread, 100);
        const axis = axisRange([low, high], { unit: '%' })!;
        expect(axis.min).toBeGreaterThanOrEqual(0);
        expect(axis.max).toBeLessThanOrEqual(100);
        expect(axis.min).toBeLessThanOrEqual(low);
        expect(axis.max).toBeGreaterThanOrEqual(high);
        expect(axis.max).toBeGreaterThan(axis.min);
      }
    }
  });
});

describe('barsShowChange', () => {
  test.each([
    { values: [90.3, 90.6, 91], expected: false },
    { values: [1200, 1450], expected: false },
    { values: [14.88, 24.7], expected: true },
    { values: [-2, 3], expected: true },
    { values: [5], expected: true },
  ])('$values: $expected', ({ values, expected }) => {
    expect(barsShowChange(values)).toBe(expected);
  });
});
