import { describe, expect, test } from 'vitest';
import { ModelContext, NO_EXISTING_PLAN, type ExistingPlan } from '../../../../src/lib/import/model-context';
import { FigureReader } from '../../../../src/lib/import/model-figures';
import { HierarchyBuilder } from '../../../../src/lib/import/model-hierarchy';
import { MeasureRegistry } from '../../../../src/lib/import/model-measures';
import { gridOf, layoutOf, type SheetRows } from './grids';

function read(rows: SheetRows, existing: ExistingPlan = NO_EXISTING_PLAN) {
  const layout = layoutOf([gridOf('Figures', rows)]);
  expect(layout.problems).toEqual([]);
  expect(layout.sheets[0]!.role).toBe('figures');
  const context = new ModelContext(existing);
  const measures = new MeasureRegistry(context, new HierarchyBuilder(context));
  measures.named('People helped into work', undefined, 'Actions!G2');
  measures.named('Employers paying the living wage', undefined, 'Actions!G3');
  const figures = new FigureReader(context, measures);
  figures.readFiguresSheet(layout.sheets[0]!);
  return { context, figures: figures.figures };
}

const figure = (measure: string, period: string, value: number, at: string, extra: { area?: string; flag?: string; footnote?: string } = {}) => ({
  measure,
  period,
  value,
  area: extra.area ?? '',
  flag: extra.flag ?? '',
  footnote: extra.footnote ?? '',
  at,
});

describe('FigureReader: a column per period', () => {
  test('each filled cell is a figure for its column’s period; a blank cell is none', () => {
    const { figures, context } = read([
      ['Measure', '2021/22', '2022/23', '2023/24'],
      ['People helped into work', '1,204', '', '1500'],
      ['Employers paying the living wage', '62%', '64.5%', ''],
    ]);
    expect(context.problems).toEqual([]);
    expect(figures).toEqual([
      figure('people-helped-work', '2021/22', 1204, 'Figures!B2'),
      figure('people-helped-work', '2023/24', 1500, 'Figures!D2'),
      figure('employers-paying-living-wage', '2021/22', 62, 'Figures!B3'),
      figure('employers-paying-living-wage', '2022/23', 64.5, 'Figures!C3'),
    ]);
  });

  test('"n/a" is a problem naming its cell and its period, and the other figures are read', () => {
    const { figures, context } = read([
      ['Measure', '2021/22', '2022/23'],
      ['People helped into work', '1204', 'n/a'],
    ]);
    expect(figures).toEqual([figure('people-helped-work', '2021/22', 1204, 'Figures!B2')]);
    expect(context.problems).toEqual([{ at: 'Figures!C2', message: 'the figure "n/a" is not a number. Write a plain number (62, 4422.45), or leave the cell blank if there is no figure for 2022/23.' }]);
  });

  test('the area and flag columns go with each of the row’s figures', () => {
    const { figures, context } = read([
      ['Measure', 'Area', 'Flag', '2021/22', '2022/23'],
      ['People helped into work', 'Scotland', 'Provisional', '10', '11'],
    ]);
    expect(context.problems).toEqual([]);
    expect(figures).toEqual([
      figure('people-helped-work', '2021/22', 10, 'Figures!D2', { area: 'Scotland', flag: 'provisional' }),
      figure('people-helped-work', '2022/23', 11, 'Figures!E2', { area: 'Scotland', flag: 'provisional' }),
    ]);
  });
});

describe('FigureReader: a row per figure', () => {
  test('measure, period, value, area, flag and footnote', () => {
    const { figures, context } = read([
      ['Measure', 'Period', 'Value', 'Area', 'Flag', 'Footnote'],
      ['People helped into work', '2021/22', '1204', '', '', 'Counted in March'],
      ['people helped into work.', 'Q1 2024/25', '£300', 'Scotland', 'revised', ''],
    ]);
    expect(context.problems).toEqual([]);
    expect(figures).toEqual([
      figure('people-helped-work', '2021/22', 1204, 'Figures!C2', { footnote: 'Counted in March' }),
      figure('people-helped-work', 'Q1 2024/25', 300, 'Figures!C3', { area: 'Scotland', flag: 'revised' }),
    ]);
  });

  test('a figure with no period, an unreadable period and an unknown flag are problems at their cells', () => {
    const { figures, context } = read([
      ['Measure', 'Period', 'Value', 'Flag'],
      ['People helped into work', '', '5', ''],
      ['People helped into work', 'Summer', '6', ''],
      ['People helped into work', '2021/22', '7', 'guessed'],
    ]);
    expect(figures).toEqual([]);
    expect(context.problems).toEqual([
      { at: 'Figures!C2', message: 'this figure has no period. Fill in its period (a year such as 2021/22) in the period column.' },
      {
        at: 'Figures!B3',
        message:
          'the period "Summer" cannot be read. "Summer" is not a period this site can read. Write a year ("2021"), a financial or academic year ("2021/22"), several years ("2017-20"), a quarter ("2021/22 Q1", "Q1 2021/22" or "2021 Q3"), a month ("March 2021") or a date ("31/03/2021" or "2021-03-31").',
      },
      { at: 'Figures!D4', message: 'the flag "guessed" is not one the site shows. Use one of: provisional, estimated, break in series, revised, or leave it blank.' },
    ]);
  });
});

describe('FigureReader: which measure', () => {
  test('an unknown measure is a problem, suggesting a title that contains it', () => {
    const { figures, context } = read([
      ['Measure', '2021/22'],
      ['People helped', '5'],
      ['Trees planted', '6'],
    ]);
    expect(figures).toEqual([]);
    expect(context.problems).toEqual([
      { at: 'Figures!A2', message: 'there is no measure "People helped" in the measures sheet, the action plan or the plan. Did you mean "People helped into work"? Write the measure\'s title as it is written there.' },
      { at: 'Figures!A3', message: 'there is no measure "Trees planted" in the measures sheet, the action plan or the plan. Write the measure\'s title as it is written there.' },
    ]);
  });

  test('a measure the plan has, by its title or by its file name', () => {
    const existing = { ...NO_EXISTING_PLAN, exists: true, measures: [{ id: 'trees', title: 'Trees planted' }] };
    const { figures, context } = read(
      [
        ['Measure file name', 'Measure', '2021/22'],
        ['trees', '', '6'],
        ['', 'Trees planted', '7'],
      ],
      existing,
    );
    expect(context.problems).toEqual([]);
    expect(figures.map(({ measure, value }) => ({ measure, value }))).toEqual([
      { measure: 'trees', value: 6 },
      { measure: 'trees', value: 7 },
    ]);
  });
});
