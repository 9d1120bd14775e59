import { describe, expect, test } from 'vitest';
import { findCouncil, indexComparison } from '../../../../src/lib/compare/comparison-index';
import { councilStanding, councilView } from '../../../../src/lib/compare/council-view';
import { GAP, SHARE, smallComparison } from './small-comparison';

const index = indexComparison(smallComparison());
const council = (name: string) => findCouncil(index, name)!;

describe('councilStanding', () => {
  test('the council\u2019s latest figure with its rank, quartile, Scotland and the councils like it that year', () => {
    expect(councilStanding(index, SHARE, council('Craigmuir'))).toMatchObject({
      year: '2019-20',
      value: 84.5,
      rank: 3,
      joint: false,
      counted: 4,
      quartile: 3,
      scotland: 80.25,
      // Aberglen and Bankside: 85 and 85.
      deprivationGroup: { median: 85, counted: 2, of: 2, group: 1 },
      // Dunlarig.
      rurality: { median: 64, counted: 1, of: 1, rurality: 'Rural' },
      sincePrevious: { from: '2018-19', difference: -1.5, judgement: 'worse' },
    });
  });

  test('a council with no figure in the latest year: its own latest year, ranked among that year\u2019s councils', () => {
    const standing = councilStanding(index, SHARE, council('Eastholm'));
    expect(standing).toMatchObject({ year: '2018-19', value: 75, rank: 3, counted: 5, scotland: 80 });
    expect(standing.deprivationGroup).toEqual({ median: 63, counted: 1, of: 1, group: 2 });
  });

  test('the whole series beside Scotland\u2019s, with "No figure" years left empty', () => {
    expect(councilStanding(index, SHARE, council('Craigmuir')).series.slice(0, 3)).toEqual([
      { year: '2014-15', value: 90, scotland: 78 },
      { year: '2015-16', value: undefined, scotland: 78.5 },
      { year: '2016-17', value: 88, scotland: 79 },
    ]);
  });

  test('no figure at all: no year, no rank, and nothing else made up', () => {
    const comparison = smallComparison();
    comparison.figures = comparison.figures.filter((figure) => !(figure.indicator === 'GAP1' && figure.area === 'Dunlarig'));
    const standing = councilStanding(indexComparison(comparison), GAP, council('Dunlarig'));
    expect(standing).toMatchObject({ year: undefined, value: undefined, rank: undefined, counted: 0, scotland: undefined });
    expect(standing.sincePrevious).toBeUndefined();
  });
});

describe('councilView', () => {
  test('one standing per indicator, in the indicators\u2019 order, and the councils like it', () => {
    const view = councilView(index, 'craigmuir')!;
    expect(view.council.name).toBe('Craigmuir');
    expect(view.standings.map((standing) => standing.indicator.code)).toEqual(['SHR1', 'GAP1', 'CST1']);
    expect(view.similar.deprivation.map((other) => other.name)).toEqual(['Aberglen', 'Bankside']);
  });

  test('no such council: no view', () => {
    expect(councilView(index, 'Nowhere')).toBeUndefined();
  });
});
