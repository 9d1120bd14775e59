import { describe, expect, test } from 'vitest';
import { rankCouncils, rankingOf } from '../../../../src/lib/compare/rank';

const higherIsBetter = rankingOf({ betterDirection: 'increase', rankOneIsHighest: true });
const lowerIsBetter = rankingOf({ betterDirection: 'decrease', rankOneIsHighest: true });

const places = (ranks: ReturnType<typeof rankCouncils>) => ranks.councils.map(({ council, rank, joint, quartile }) => [council, rank, joint, quartile]);

describe('rankingOf', () => {
  test('rank 1 is the best figure where there is a better direction, whatever order the LGBF ranks in', () => {
    expect(higherIsBetter).toEqual({ highestFirst: true, meaning: 'better' });
    // The LGBF ranks the attainment gaps highest first; the site ranks the smallest gap first.
    expect(lowerIsBetter).toEqual({ highestFirst: false, meaning: 'better' });
  });

  test('with no better direction, councils keep the LGBF\u2019s order and the rank is only a position', () => {
    expect(rankingOf({ betterDirection: 'none', rankOneIsHighest: false })).toEqual({ highestFirst: false, meaning: 'position' });
    expect(rankingOf({ betterDirection: 'none', rankOneIsHighest: true })).toEqual({ highestFirst: true, meaning: 'position' });
  });
});

describe('rankCouncils', () => {
  test('ties share the best rank of their group and the next rank skips ("1224")', () => {
    const ranks = rankCouncils(
      [
        { council: 'D', value: 70 },
        { council: 'B', value: 80 },
        { council: 'A', value: 90 },
        { council: 'C', value: 80 },
      ],
      higherIsBetter,
    );
    expect(places(ranks)).toEqual([
      ['A', 1, false, 1],
      ['B', 2, true, 2],
      ['C', 2, true, 2],
      ['D', 4, false, 4],
    ]);
  });

  test('lower is better: the lowest figure ranks 1st', () => {
    const ranks = rankCouncils([{ council: 'A', value: 3 }, { council: 'B', value: 1 }, { council: 'C', value: 2 }], lowerIsBetter);
    expect(ranks.councils.map(({ council, rank }) => [council, rank])).toEqual([['B', 1], ['C', 2], ['A', 3]]);
  });

  test('councils with no figure get no rank, come last, and are not counted in "of N"', () => {
    const ranks = rankCouncils([{ council: 'Z' }, { council: 'A', value: 1 }, { council: 'M' }, { council: 'B', value: 2 }], higherIsBetter);
    expect(ranks.counted).toBe(2);
    expect(ranks.councils).toEqual([
      { council: 'B', value: 2, rank: 1, joint: false, quartile: 1 },
      { council: 'A', value: 1, rank: 2, joint: false, quartile: 3 },
      { council: 'M', joint: false },
      { council: 'Z', joint: false },
    ]);
  });

  test('a figure of 0 is a figure, not a missing one', () => {
    expect(rankCouncils([{ council: 'A', value: 0 }, { council: 'B', value: 5 }], lowerIsBetter).councils[0]).toMatchObject({ council: 'A', rank: 1 });
  });

  test('nobody with a figure: nobody ranked', () => {
    expect(rankCouncils([{ council: 'A' }], higherIsBetter)).toEqual({ ranking: higherIsBetter, counted: 0, councils: [{ council: 'A', joint: false }] });
  });
});
