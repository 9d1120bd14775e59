import { describe, expect, test } from 'vitest';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { parseCouncilPicks } from '../../../../src/lib/compare/council-picks';
import { indicatorSeries } from '../../../../src/lib/compare/indicator-series';
import { councilsBySlug, pickedAreas, picksCaption, picksChartData, picksSummary, picksTable } from '../../../../src/lib/compare/picks-chart';
import { smallComparison, YEARS } from './small-comparison';

const index = indexComparison(smallComparison());
const series = (code: string) => indicatorSeries(index, code)!;
/** Craigmuir has no figure for 2015-16, Eastholm none for 2019-20. */
const share = series('SHR1');
const picked = (search: string, code = 'SHR1') => pickedAreas(series(code), parseCouncilPicks(search, new Set(councilsBySlug(series(code)).keys())));

describe('indicatorSeries', () => {
  test('every council in the councils file’s order, then Scotland, a figure or null for each of the indicator’s years', () => {
    expect(share.years).toEqual(YEARS);
    expect(share.councils.map(([name]) => name)).toEqual(['Aberglen', 'Bankside', 'Craigmuir', 'Dunlarig', 'Eastholm']);
    expect(share.councils[2]).toEqual(['Craigmuir', [90, null, 88, 87, 86, 84.5]]);
    expect(share.scotland).toEqual([78, 78.5, 79, 79.5, 80, 80.25]);
    expect(share).toMatchObject({ title: 'Indicator SHR1', unit: '%', ranking: { highestFirst: true, meaning: 'better' } });
  });

  test('only the years the indicator has, with no year filled in between them', () => {
    expect(series('GAP1').years).toEqual(['2018-19', '2020-21']);
    expect(series('GAP1').councils[3]).toEqual(['Dunlarig', [null, 10]]);
  });

  test('is small enough to carry in the page: no more than the figures, their names and years', () => {
    expect(JSON.stringify(share).length).toBeLessThan(500);
  });

  test('undefined for an indicator there is not', () => {
    expect(indicatorSeries(index, 'NOPE')).toBeUndefined();
  });
});

describe('pickedAreas', () => {
  test('the reader’s council, then the others in the order chosen, then Scotland, each with its place in each year', () => {
    const areas = picked('?council=craigmuir&compare=eastholm');
    expect(areas.map((area) => area.name)).toEqual(['Craigmuir', 'Eastholm', 'Scotland']);
    // 2014-15: Craigmuir is 1st of the 4 councils with a figure; it has none in 2015-16.
    expect(areas[0]!.places[0]).toEqual({ rank: 1, joint: false, counted: 4 });
    expect(areas[0]!.places[1]).toBeUndefined();
    expect(areas[0]!.places[5]).toEqual({ rank: 3, joint: false, counted: 4 });
    expect(areas[2]!.places.every((place) => place === undefined)).toBe(true);
  });

  test('shared places are joint', () => {
    expect(picked('?council=aberglen').at(0)!.places[5]).toEqual({ rank: 1, joint: true, counted: 4 });
  });

  test('nothing at all, not even Scotland, when no council is chosen', () => {
    expect(picked('')).toEqual([]);
    expect(picked('?council=atlantis')).toEqual([]);
  });
});

describe('picksChartData', () => {
  const data = picksChartData(share, picked('?council=craigmuir&compare=eastholm,dunlarig'));

  test('a line per area over every year, breaking where there is no figure, never filled in', () => {
    expect(data).toMatchObject({ type: 'line', breakAtGaps: true, labels: YEARS, unit: '%', labelsAre: 'Year', reference: [] });
    expect(data.series.map((area) => area.name)).toEqual(['Craigmuir', 'Eastholm', 'Dunlarig', 'Scotland']);
    expect(data.series[0]!.values).toEqual([90, null, 88, 87, 86, 84.5]);
    expect(data.series[1]!.values.at(-1)).toBeNull();
  });

  test('each council’s point is noted with its place that year; Scotland’s are not placed', () => {
    expect(data.series[0]!.notes).toEqual(['1st of 4', '', '1st of 5', '1st of 5', '1st of 5', '3rd of 4']);
    expect(data.series[3]!.notes.every((note) => note === '')).toBe(true);
  });

  test('an axis fitted to the figures drawn', () => {
    expect(data.axis!.min).toBeGreaterThan(0);
    expect(data.axis!.min).toBeLessThanOrEqual(60);
    expect(data.axis!.max).toBeGreaterThanOrEqual(90);
    expect(data.axis!.max).toBeLessThanOrEqual(100);
  });

  test('the caption names the areas and years, and says when the axis does not start at zero', () => {
    expect(picksCaption(share, picked('?council=craigmuir&compare=eastholm'), data)).toBe('Indicator SHR1: Craigmuir, Eastholm and Scotland, 2014-15 to 2019-20. The axis does not start at zero.');
    expect(picksCaption(share, picked('?council=craigmuir'), { axis: { min: 0, max: 100, step: 20 } })).toBe('Indicator SHR1: Craigmuir and Scotland, 2014-15 to 2019-20.');
  });
});

describe('picksSummary', () => {
  test('each chosen council’s latest figure and place, Scotland’s, the order of places and the gaps', () => {
    expect(picksSummary(share, picked('?council=craigmuir&compare=eastholm'))).toBe(
      'Indicator SHR1, 2014-15 to 2019-20: Craigmuir and Eastholm, with Scotland. Latest figures: ' +
        'Craigmuir: 84.5% in 2019-20, 3rd of 4 councils. Eastholm: 75% in 2018-19, 3rd of 5 councils. Scotland: 80.25% in 2019-20. ' +
        '1st is the highest share. A year with no figure is left as a gap in the line: nothing is filled in.',
    );
  });

  test('joint places, and no word about gaps when there are none', () => {
    expect(picksSummary(share, picked('?council=aberglen'))).toBe(
      'Indicator SHR1, 2014-15 to 2019-20: Aberglen, with Scotland. Latest figures: Aberglen: 85% in 2019-20, joint 1st of 4 councils. Scotland: 80.25% in 2019-20. 1st is the highest share.',
    );
  });

  test('a cost’s places are only an order, never better or worse', () => {
    expect(picksSummary(series('CST1'), picked('?council=dunlarig', 'CST1'))).toContain('Dunlarig: £4,000 in 2019-20, 1st of 5 councils. Scotland: £5,650 in 2019-20. Places are counted from the lowest cost: a place is only a position in that order.');
  });

  test('a council with no figure in any year', () => {
    const noFigures = indicatorSeries(indexComparison({ ...smallComparison(), figures: smallComparison().figures.filter((figure) => figure.area !== 'Dunlarig') }), 'SHR1')!;
    const areas = pickedAreas(noFigures, { council: 'dunlarig', others: [] });
    expect(picksSummary(noFigures, areas)).toContain('Dunlarig: no figure in any year.');
  });

  test('says when nothing is chosen', () => {
    expect(picksSummary(share, [])).toBe('No council is chosen. Choose one to chart its figures from 2014-15 to 2019-20.');
  });
});

describe('picksTable', () => {
  test('a row per year, a column per area in the chart’s order, “No figure” left to the page where there is none', () => {
    const table = picksTable(share, picked('?council=craigmuir&compare=eastholm'));
    expect(table.caption).toBe('Indicator SHR1: Craigmuir, Eastholm and Scotland, 2014-15 to 2019-20');
    expect(table.areas).toEqual(['Craigmuir', 'Eastholm', 'Scotland']);
    expect(table.rows[0]).toEqual({ year: '2014-15', figures: ['90%', '75%', '78%'] });
    expect(table.rows[1]).toEqual({ year: '2015-16', figures: [undefined, '75%', '78.5%'] });
    expect(table.rows[5]).toEqual({ year: '2019-20', figures: ['84.5%', undefined, '80.25%'] });
  });
});
