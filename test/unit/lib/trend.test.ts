import { describe, expect, test } from 'vitest';
import { parsePeriod, type Period } from '../../../src/lib/period';
import { assessTarget, assessTrend, DEFAULT_CRITERIA, describeCriteria, judgeChange, type Point } from '../../../src/lib/trend';

const period = (label: string): Period => {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const series = (...pairs: Array<[string, number]>): Point[] => pairs.map(([label, value]) => ({ period: period(label), value }));
const fivePercent = DEFAULT_CRITERIA;
const halfPoint = { kind: 'absolute' as const, tolerance: 0.5, stated: true };

describe('judgeChange', () => {
  test.each([
    [10, 12, 'increase', 'improving'],
    [10, 12, 'decrease', 'worsening'],
    [10, 8, 'decrease', 'improving'],
    [10, 10.4, 'increase', 'maintaining'],
    [10, 10.5, 'increase', 'maintaining'],
    [10, 10.51, 'increase', 'improving'],
    [10, 9.6, 'decrease', 'maintaining'],
    [10, 12, 'none', 'information only'],
    [10, 12, 'not stated', 'information only'],
    [0, 0.1, 'increase', 'improving'],
  ] as const)('%s → %s with %s is better: %s (5%% relative)', (from, to, direction, expected) => {
    expect(judgeChange(from, to, direction, fivePercent)).toBe(expected);
  });

  test('an absolute tolerance is in the measure’s unit', () => {
    expect(judgeChange(80, 80.5, 'increase', halfPoint)).toBe('maintaining');
    expect(judgeChange(80, 80.6, 'increase', halfPoint)).toBe('improving');
  });
});

describe('assessTrend', () => {
  test('no data and one point are insufficient', () => {
    expect(assessTrend([], 'increase', fivePercent).status).toBe('insufficient data');
    const one = assessTrend(series(['2021', 14]), 'increase', fivePercent);
    expect(one).toMatchObject({ status: 'insufficient data', sinceBaseline: 'insufficient data' });
  });

  test('a flat series is maintaining', () => {
    expect(assessTrend(series(['2019', 14], ['2020', 14], ['2021', 14]), 'increase', fivePercent)).toMatchObject({ status: 'maintaining', sinceBaseline: 'maintaining' });
  });

  test('compares the latest with the previous figure, even across missing years', () => {
    const trend = assessTrend(series(['2015', 10], ['2019', 20], ['2021', 15]), 'increase', fivePercent);
    expect(trend.status).toBe('worsening');
    expect(trend.previous?.period.label).toBe('2019');
    expect(trend.sinceBaseline).toBe('improving');
  });

  test('decrease is better', () => {
    expect(assessTrend(series(['2019-20', 24.1], ['2020-21', 21.0]), 'decrease', fivePercent).status).toBe('improving');
  });

  test('a stated baseline is used instead of the first figure', () => {
    const baseline = { period: period('2020'), value: 30 };
    expect(assessTrend(series(['2019', 10], ['2020', 20], ['2021', 21]), 'increase', fivePercent, baseline).sinceBaseline).toBe('worsening');
  });
});

describe('assessTarget', () => {
  const target = (value: number | undefined, label?: string) => ({ value, period: label ? period(label) : undefined });

  test('met when the latest figure has reached it', () => {
    expect(assessTarget(series(['2020', 15], ['2021', 21]), 'increase', target(20, '2023')).status).toBe('target met');
    expect(assessTarget(series(['2020', 15], ['2021', 9]), 'decrease', target(10, '2023')).status).toBe('target met');
  });

  test('on track when the straight line through the figures reaches it in time', () => {
    const result = assessTarget(series(['2019', 14], ['2020', 16], ['2021', 18]), 'increase', target(20, '2022'));
    expect(result.status).toBe('on track');
    expect(result.projected).toBeCloseTo(20, 5);
  });

  test('off track when it does not', () => {
    expect(assessTarget(series(['2019', 14], ['2020', 14.5], ['2021', 15]), 'increase', target(20, '2023')).status).toBe('off track');
    expect(assessTarget(series(['2019', 14], ['2020', 16]), 'decrease', target(10, '2023')).status).toBe('off track');
  });

  test('cannot say with one figure, no target date, no number or no direction', () => {
    expect(assessTarget(series(['2021', 15]), 'increase', target(20, '2023')).status).toBe('insufficient data');
    expect(assessTarget(series(['2020', 14], ['2021', 15]), 'increase', target(20)).status).toBe('insufficient data');
    expect(assessTarget(series(['2020', 14], ['2021', 15]), 'increase', target(undefined, '2023')).status).toBe('no figure to check');
    expect(assessTarget(series(['2020', 14], ['2021', 15]), 'none', target(20, '2023')).status).toBe('no figure to check');
    expect(assessTarget([], 'increase', target(20, '2023')).status).toBe('insufficient data');
  });
});

test('criteria for change in words', () => {
  expect(describeCriteria(halfPoint, '%')).toBe('A change of 0.5% or less counts as maintaining; a bigger change counts as improving or worsening.');
  expect(describeCriteria(fivePercent)).toContain("this site's standard rule");
});
