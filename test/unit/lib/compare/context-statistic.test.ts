import { expect, test } from 'vitest';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { contextComparison } from '../../../../src/lib/compare/context-statistic';
import { COUNCILS, SHARE, smallComparison } from './small-comparison';

const comparison = indexComparison(smallComparison());
const index = {
  comparison,
  indicatorOfMeasure: new Map([['city-plan/measures/share', SHARE]]),
  councilOfPlan: new Map([['city-plan', COUNCILS[2]!]]),
};

test('a context statistic: its plan\u2019s council on its indicator, with the sentence for its page', () => {
  expect(contextComparison(index, 'city-plan/measures/share')).toMatchObject({
    indicator: { code: 'SHR1' },
    council: { name: 'Craigmuir' },
    standing: { year: '2019-20', rank: 3 },
    sentence: 'Craigmuir ranks 3rd of 4 councils (2019-20). 1st is the highest share. The median of the other councils in its deprivation group (group 1) is 85%.',
  });
});

test('nothing for a measure with no indicator, a plan that is not a council, or a site with no comparison', () => {
  expect(contextComparison(index, 'city-plan/measures/other')).toBeUndefined();
  expect(contextComparison({ ...index, councilOfPlan: new Map() }, 'city-plan/measures/share')).toBeUndefined();
  expect(contextComparison({ ...index, comparison: undefined }, 'city-plan/measures/share')).toBeUndefined();
});
