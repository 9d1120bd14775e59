import { expect, test } from 'vitest';
import { findCouncil, indexComparison } from '../../../../src/lib/compare/comparison-index';
import { contextSentence, placeSentence } from '../../../../src/lib/compare/context-sentence';
import { councilStanding } from '../../../../src/lib/compare/council-view';
import { COST, GAP, SHARE, smallComparison } from './small-comparison';

const index = indexComparison(smallComparison());
const sentence = (indicator: typeof SHARE, name: string) => contextSentence(councilStanding(index, indicator, findCouncil(index, name)!));

test('where higher is better: the rank of N, which end is 1st, and the median of the councils like it', () => {
  expect(sentence(SHARE, 'Craigmuir')).toBe('Craigmuir ranks 3rd of 4 councils (2019-20). 1st is the highest share. The median of the other councils in its deprivation group (group 1) is 85%.');
});

test('a shared rank is "joint"', () => {
  expect(sentence(SHARE, 'Bankside')).toMatch(/^Bankside ranks joint 1st of 4 councils \(2019-20\)\./);
});

test('where lower is better, 1st is the smallest gap', () => {
  expect(sentence(GAP, 'Dunlarig')).toBe('Dunlarig ranks 1st of 5 councils (2020-21). 1st is the smallest gap. The median of the other councils in its deprivation group (group 2) is 30 percentage points.');
});

test('a cost is a position, counted from the LGBF\u2019s end, never better or worse', () => {
  const words = sentence(COST, 'Craigmuir');
  expect(words).toBe('Craigmuir is 5th of 5 councils by cost, counted from the lowest cost (2019-20). The median of the other councils in its deprivation group (group 1) is £5,750.');
  expect(words).not.toMatch(/better|worse|best|worst/);
});

test('no figure: says so, and gives no rank', () => {
  const comparison = smallComparison();
  comparison.figures = comparison.figures.filter((figure) => figure.area !== 'Eastholm' || figure.indicator !== 'SHR1');
  const smaller = indexComparison(comparison);
  expect(contextSentence(councilStanding(smaller, SHARE, findCouncil(smaller, 'Eastholm')!))).toBe('The LGBF has no figure for Eastholm on this indicator.');
});

test('no similar council with a figure: the median sentence is left out', () => {
  expect(sentence(SHARE, 'Eastholm')).toBe('Eastholm ranks 3rd of 5 councils (2018-19). 1st is the highest share. The median of the other councils in its deprivation group (group 2) is 63%.');
  const comparison = smallComparison();
  comparison.figures = comparison.figures.filter((figure) => figure.area !== 'Dunlarig');
  const smaller = indexComparison(comparison);
  expect(contextSentence(councilStanding(smaller, SHARE, findCouncil(smaller, 'Eastholm')!))).toBe('Eastholm ranks 3rd of 4 councils (2018-19). 1st is the highest share.');
});

test('the place alone, for a chart summary: the rank and which end is 1st, or nothing when there is no figure', () => {
  expect(placeSentence(councilStanding(index, SHARE, findCouncil(index, 'Craigmuir')!))).toBe('Craigmuir ranks 3rd of 4 councils (2019-20). 1st is the highest share.');
  expect(placeSentence(councilStanding(index, COST, findCouncil(index, 'Craigmuir')!))).toBe('Craigmuir is 5th of 5 councils by cost, counted from the lowest cost (2019-20).');
  const comparison = smallComparison();
  comparison.figures = comparison.figures.filter((figure) => figure.area !== 'Eastholm' || figure.indicator !== 'SHR1');
  const smaller = indexComparison(comparison);
  expect(placeSentence(councilStanding(smaller, SHARE, findCouncil(smaller, 'Eastholm')!))).toBeUndefined();
});
