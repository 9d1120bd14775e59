/**
 * A small hand-made comparison: five councils in two deprivation groups, Scotland, and three
 * indicators (a share where higher is better, a gap where lower is better, and a cost with no better
 * direction), with ties, missing figures and a gap in the years.
 */
import type { Comparison, ComparisonFigure, ComparisonIndicator, Council } from '../../../../src/schemas';

export const COUNCILS: Council[] = [
  { name: 'Aberglen', rurality: 'Urban', deprivationGroup: 1, vulnerabilityGroup: 1 },
  { name: 'Bankside', rurality: 'Urban', deprivationGroup: 1, vulnerabilityGroup: 2 },
  { name: 'Craigmuir', rurality: 'Rural', deprivationGroup: 1, vulnerabilityGroup: 3 },
  { name: 'Dunlarig', rurality: 'Rural', deprivationGroup: 2, vulnerabilityGroup: 4 },
  { name: 'Eastholm', rurality: 'Mixed', deprivationGroup: 2, vulnerabilityGroup: 5 },
];

const indicator = (code: string, unit: string, betterDirection: ComparisonIndicator['betterDirection'], rankOneIsHighest: boolean): ComparisonIndicator => ({
  code,
  slug: code.toLowerCase(),
  title: `Indicator ${code}`,
  unit,
  collectedBy: 'Local Authorities',
  rankOneIsHighest,
  betterDirection,
  reason: 'Because.',
});

export const SHARE = indicator('SHR1', '%', 'increase', true);
export const GAP = indicator('GAP1', 'percentage points', 'decrease', true);
export const COST = indicator('CST1', '£', 'none', false);

export const YEARS = ['2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20'];

/** Figures by area, one per year of `years`; null where the source has none. */
function figures(code: string, years: string[], table: Record<string, Array<number | null>>): ComparisonFigure[] {
  return Object.entries(table).flatMap(([area, values]) => values.flatMap((value, position) => (value === null ? [] : [{ indicator: code, area, year: years[position]!, value }])));
}

export function smallComparison(): Comparison {
  return {
    source: {
      publisher: 'Improvement Service',
      name: 'Local Government Benchmarking Framework',
      repository: 'Improvement-Service/LGBF_Analysis',
      commit: '8b78b630c60dcbaf57ea66f034d0bbf1a37993e9',
      commitDate: 'January 2022',
      latestYear: '2019-20',
      files: [{ path: 'data/new bnch data.xlsx', sheet: 'Raw Data', gave: 'The figures.' }],
      decimalPlaces: 2,
      rounding: 'Rounded.',
      missingFigures: 'Left out.',
      notes: [],
    },
    indicators: [SHARE, GAP, COST],
    councils: COUNCILS,
    figures: [
      ...figures('SHR1', YEARS, {
        Aberglen: [80, 81, 82, 83, 84, 85],
        Bankside: [70, 70, 71, 72, 73, 85],
        Craigmuir: [90, null, 88, 87, 86, 84.5],
        Dunlarig: [null, 60, 61, 62, 63, 64],
        Eastholm: [75, 75, 75, 75, 75, null],
        Scotland: [78, 78.5, 79, 79.5, 80, 80.25],
      }),
      // Published for two years only, with a year missing between them.
      ...figures('GAP1', ['2018-19', '2020-21'], { Aberglen: [20, 18], Bankside: [25, 18], Craigmuir: [15, 22], Dunlarig: [null, 10], Eastholm: [30, 30], Scotland: [21, 20] }),
      ...figures('CST1', YEARS, {
        Aberglen: [5000, 5100, 5200, 5300, 5400, 5500],
        Bankside: [6000, 6000, 6000, 6000, 6000, 6000],
        Craigmuir: [7000, 7100, 7200, 7300, 7400, 7500],
        Dunlarig: [4000, 4000, 4000, 4000, 4000, 4000],
        Eastholm: [5500, 5500, 5500, 5500, 5500, 5500],
        Scotland: [5400, 5450, 5500, 5550, 5600, 5650],
      }),
    ],
    files: {
      figures: 'content/comparison/lgbf-children-all-councils.csv',
      councils: 'content/comparison/lgbf-council-groups.csv',
      indicators: 'content/comparison/lgbf-indicators.csv',
      entries: 'content/comparison/indicators.yaml',
      source: 'content/comparison/source.yaml',
    },
  };
}
