import { describe, expect, test } from 'vitest';
import { summariseFigures, type SummaryInput } from '../../../src/lib/measure-summary';
import { parsePeriod, type Period } from '../../../src/lib/period';
import { MAX_GRADE, readability } from '../../../src/lib/readability';
import { assessTarget, assessTrend, DEFAULT_CRITERIA, type Point } from '../../../src/lib/trend';

const period = (label: string): Period => {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const series = (...pairs: Array<[string, number]>): Point[] => pairs.map(([label, value]) => ({ period: period(label), value }));

interface Case {
  points: Point[];
  direction?: 'increase' | 'decrease' | 'none';
  baseline?: Point;
  comparators?: SummaryInput['comparators'];
  target?: { text: string; value?: number; period?: Period };
}

function summary({ points, direction = 'increase', baseline, comparators = [], target }: Case): string {
  const trend = assessTrend(points, direction, DEFAULT_CRITERIA, baseline);
  return summariseFigures({
    area: 'Moray',
    points,
    comparators,
    unit: '%',
    trend,
    baselineStated: baseline !== undefined,
    target,
    targetStatus: target ? assessTarget(points, direction, target) : undefined,
  });
}

/** Ten years of the share of looked-after children cared for in the community, as the LGBF publishes them for Moray. */
const lookedAfter = series(['2010-11', 86.47], ['2012-13', 84.1], ['2015-16', 80.2], ['2018-19', 79.05], ['2019-20', 81.38], ['2020-21', 78.38]);
const scotland = { area: 'Scotland', points: series(['2019-20', 90.1], ['2020-21', 90.33]) };

describe('the summary of a measure’s figures', () => {
  test('says the latest figure, the last change, the long-run change and the comparison with Scotland', () => {
    expect(summary({ points: lookedAfter, comparators: [scotland] })).toBe(
      // 81.38% to 78.38% is within the standard 5% tolerance; 86.47% to 78.38% is not.
      'The latest figure is 78.38% for 2020-21. It went down from 81.38% in 2019-20, too small a change to count as better or worse. ' +
        'The earliest figure here is 86.47%, for 2010-11, so it is lower now, which is worse. ' +
        'For 2020-21, Moray’s figure was lower than Scotland’s 90.33%.',
    );
  });

  test('measures the long run from the stated baseline, and says how the target stands', () => {
    const points = series(['2018', 60], ['2019', 63.5], ['2020', 64], ['2021', 68.2]);
    expect(summary({ points, baseline: points[0], target: { text: '75% by 2024', value: 75, period: period('2024') } })).toBe(
      'The latest figure is 68.2% for 2021. It went up from 64% in 2020, which is better. ' +
        'The baseline was 60% in 2018, so it is higher now, which is better. ' +
        'The target is 75% by 2024. The figures are on track to reach it.',
    );
  });

  test('compares in the latest period both areas have, when the other area’s figures stop earlier', () => {
    const text = summary({ points: series(['2019', 20], ['2020', 22]), comparators: [{ area: 'Scotland', points: series(['2019', 21]) }] });
    expect(text).toContain('For 2019, Moray’s figure was lower than Scotland’s 21%.');
  });

  test.each<[string, Case, string]>([
    ['a fall where lower is better', { points: series(['2019', 20], ['2020', 18]), direction: 'decrease' }, 'The latest figure is 18% for 2020. It went down from 20% in 2019, which is better.'],
    ['no direction: no judgement', { points: series(['2019', 20], ['2020', 22]), direction: 'none' }, 'The latest figure is 22% for 2020. It went up from 20% in 2019.'],
    ['a small change', { points: series(['2019', 20], ['2020', 20.5]) }, 'The latest figure is 20.5% for 2020. It went up from 20% in 2019, too small a change to count as better or worse.'],
    ['no change', { points: series(['2019', 20], ['2020', 20]) }, 'The latest figure is 20% for 2020. It was the same in 2019.'],
    ['one figure', { points: series(['2021', 20]) }, 'The latest figure is 20% (2021). There are not enough figures yet to show a trend.'],
    ['no figures', { points: [] }, 'No data published yet.'],
    [
      'a target in words only',
      { points: series(['2020', 14], ['2021', 15]), target: { text: 'In line with their peers' } },
      'The latest figure is 15% for 2021. It went up from 14% in 2020, which is better. The target is "In line with their peers", which has no figure to check progress against.',
    ],
    ['a target met', { points: series(['2020', 14], ['2021', 25]), target: { text: '20%', value: 20, period: period('2023') } }, 'The target is 20% by 2023, and it has been met.'],
    ['a target off track', { points: series(['2019', 14.2], ['2022', 18]), target: { text: '20%', value: 20, period: period('2023') } }, 'The figures are not on track to reach it.'],
    ['a target without a date', { points: series(['2020', 14], ['2021', 15]), target: { text: '20%', value: 20 } }, 'There are too few figures yet to tell if it is on track.'],
  ])('%s', (_, input, expected) => {
    expect(summary(input)).toContain(expected);
  });

  /**
   * The formula counts each digit as a syllable ("2020-21" is six), so a sentence made mostly of figures
   * scores like hard prose; the words around the figures are what must be easy. Each figure is read as
   * a one-syllable word, and no sentence may run long.
   */
  test('reads at a level a 12-year-old can follow, even with every part present', () => {
    const full = summary({ points: lookedAfter, baseline: lookedAfter[0], comparators: [scotland], target: { text: '90% by 2024', value: 90, period: period('2024') } });
    const words = full.replace(/\d+(?:[.,-]\d+)*%?/g, 'X');
    expect(readability(words).grade).toBeLessThanOrEqual(MAX_GRADE);
    for (const sentence of full.split(/(?<=\.) /)) expect(readability(sentence).words).toBeLessThanOrEqual(20);
  });
});
