import { describe, expect, test } from 'vitest';
import { ModelContext, NO_EXISTING_PLAN, type ExistingPlan } from '../../../../src/lib/import/model-context';
import { HierarchyBuilder } from '../../../../src/lib/import/model-hierarchy';
import { MeasureRegistry, readNumber } from '../../../../src/lib/import/model-measures';
import { gridOf, layoutOf, type SheetRows } from './grids';

function registry(existing: ExistingPlan = NO_EXISTING_PLAN) {
  const context = new ModelContext(existing);
  const hierarchy = new HierarchyBuilder(context);
  const priority = hierarchy.addPriority('A fairer Anytown', 'Priorities!B2');
  const outcome = hierarchy.addOutcome('1.1 Fair work', priority, 'Outcomes!B2');
  return { context, hierarchy, measures: new MeasureRegistry(context, hierarchy), outcome };
}

function measuresSheet(rows: SheetRows) {
  const layout = layoutOf([gridOf('Measures', rows)]);
  expect(layout.problems).toEqual([]);
  expect(layout.sheets[0]!.role).toBe('measures');
  return layout.sheets[0]!;
}

describe('readNumber', () => {
  test.each([
    ['62', 62],
    ['62%', 62],
    [' 62 % ', 62],
    ['£4,422.45', 4422.45],
    ['1,204', 1204],
    ['1,204,000', 1204000],
    ['-3.5', -3.5],
  ])('"%s" is %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  test.each(['n/a', '', '62% (2021/22)', '1,2', 'about 60', '12.'])('"%s" is not a number', (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});

describe('MeasureRegistry.named and find', () => {
  test('a measure named in an action row belongs to the row’s outcome; the same title again is the same measure', () => {
    const { measures } = registry();
    const owner = { folder: 'outcomes' as const, id: 'fair-work' };
    const first = measures.named('3.1 People helped into work', owner, 'Actions!G2');
    expect(first).toEqual({ id: 'people-helped-work', title: 'People helped into work', reference: '3.1', owner, at: 'Actions!G2' });
    expect(measures.named('people helped into work.', { folder: 'outcomes', id: 'other' }, 'Actions!G9')).toBe(first);
    expect(measures.measures).toHaveLength(1);
  });

  test('found by file name, reference or title', () => {
    const { measures } = registry();
    const measure = measures.named('3.1 People helped into work', undefined, 'Actions!G2');
    expect(measures.find('people-helped-work')).toBe(measure);
    expect(measures.find('3.1')).toBe(measure);
    expect(measures.find('3.1: People helped into work')).toBe(measure);
    expect(measures.find('People Helped Into Work')).toBe(measure);
    expect(measures.find('People helped')).toBeUndefined();
  });

  test('a measure the plan has keeps its file name, by title or by reference', () => {
    const { measures } = registry({ ...NO_EXISTING_PLAN, exists: true, measures: [{ id: 'employment', title: 'People helped into work' }, { id: 'pay', title: 'Living wage employers', reference: '3.2' }] });
    expect(measures.named('People helped into work', undefined, 'Actions!G2').id).toBe('employment');
    expect(measures.named('3.2 Employers paying the living wage', undefined, 'Actions!G3')).toMatchObject({ id: 'pay', title: 'Employers paying the living wage' });
  });

  test('a cell naming a measure the plan has by its file name takes its title', () => {
    const { measures } = registry({ ...NO_EXISTING_PLAN, exists: true, measures: [{ id: 'employment', title: 'People helped into work', reference: 'KPI 3' }] });
    expect(measures.named('employment', undefined, 'Actions!G2')).toEqual({ id: 'employment', title: 'People helped into work', reference: 'KPI 3', at: 'Actions!G2' });
  });
});

describe('MeasureRegistry.readMeasuresSheet', () => {
  test('a measure an action plan named gets the sheet’s details, and keeps its outcome', () => {
    const { measures, context } = registry();
    measures.named('People helped into work', { folder: 'outcomes', id: 'fair-work' }, 'Actions!G2');
    measures.readMeasuresSheet(
      measuresSheet([
        ['Measure', 'Type', 'Unit', 'Better if', 'Baseline', 'Target', 'Data source', 'Frequency'],
        ['People helped into work', 'Number', 'people', 'Higher is better', '1,204', '1500 (2026)', 'DWP', 'Quarterly'],
      ]),
    );
    expect(context.problems).toEqual([]);
    expect(measures.measures).toEqual([
      {
        id: 'people-helped-work',
        title: 'People helped into work',
        at: 'Actions!G2',
        owner: { folder: 'outcomes', id: 'fair-work' },
        kind: 'quantitative',
        unit: 'number',
        betterDirection: 'increase',
        baseline: { text: '1,204', value: 1204 },
        target: { text: '1500 (2026)' },
        source: 'DWP',
        frequency: 'Quarterly',
      },
    ]);
  });

  test('a measures row names its outcome by title or reference, or its priority', () => {
    const { measures, context } = registry();
    measures.readMeasuresSheet(measuresSheet([['Measure', 'Outcome'], ['Jobs filled', '1.1'], ['Households in poverty', 'A fairer Anytown']]));
    expect(context.problems).toEqual([]);
    expect(measures.measures.map(({ id, owner, kind }) => ({ id, owner, kind }))).toEqual([
      { id: 'jobs-filled', owner: { folder: 'outcomes', id: 'fair-work' }, kind: undefined },
      { id: 'households-poverty', owner: { folder: 'priorities', id: 'fairer-anytown' }, kind: undefined },
    ]);
  });

  test('values in their own columns must be numbers; the wording column is kept as text', () => {
    const { measures, context } = registry();
    measures.readMeasuresSheet(
      measuresSheet([
        ['Measure', 'Outcome', 'Baseline', 'Baseline value', 'Baseline year', 'Target value'],
        ['Jobs filled', 'Fair work', '62% of posts', '62', '2021/22', 'n/a'],
      ]),
    );
    expect(measures.measures[0]).toMatchObject({ baseline: { text: '62% of posts', value: 62, period: '2021/22' }, target: { text: 'n/a' } });
    expect(measures.measures[0]!.target).not.toHaveProperty('value');
    expect(context.problems).toEqual([{ at: 'Measures!F2', message: '"n/a" is not a number. Write a plain number (62, 4422.45), or leave the cell blank.' }]);
  });

  test('a unit, kind or direction the import does not know is a problem naming the words it knows', () => {
    const { measures, context } = registry();
    measures.readMeasuresSheet(measuresSheet([['Measure', 'Outcome', 'Unit', 'Type', 'Polarity'], ['Jobs filled', 'Fair work', 'furlongs', 'guess', 'sideways']]));
    expect(context.problems).toEqual([
      { at: 'Measures!D2', message: 'the kind of measure "guess" is not one the import knows. Use one of: "quantitative", "milestone", "qualitative".' },
      { at: 'Measures!C2', message: 'the unit "furlongs" is not one the import knows. Use one of: "%", "percentage points", "number", "rate per 1 000", "£", "score".' },
      { at: 'Measures!E2', message: 'the direction (which way is better) "sideways" is not one the import knows. Use one of: "higher", "lower", "none", "not stated".' },
    ]);
  });

  test('a measure with no outcome that no action names is a problem', () => {
    const { measures, context } = registry();
    measures.readMeasuresSheet(measuresSheet([['Measure', 'Unit'], ['Jobs filled', '%']]));
    expect(measures.measures).toEqual([]);
    expect(context.problems).toEqual([
      { at: 'Measures!A2', message: 'the measure "Jobs filled" does not say which outcome it measures, and no action names it. Add an "Outcome" column, or name the measure in its action\'s row.' },
    ]);
  });

  test('an outcome that is not in the plan is a problem at its cell', () => {
    const { measures, context } = registry();
    measures.readMeasuresSheet(measuresSheet([['Measure', 'Outcome'], ['Jobs filled', 'Fair wages']]));
    expect(measures.measures).toEqual([]);
    expect(context.problems).toEqual([
      { at: 'Measures!B2', message: 'there is no outcome (or priority) "Fair wages" in the plan for this measure to belong to. Write the outcome as the action plan names it, or its number.' },
    ]);
  });

  test('a blank outcome cell in an outcome column leaves a measure to the actions that list it', () => {
    const { measures, context } = registry();
    measures.named('Jobs filled', { folder: 'outcomes', id: 'fair-work' }, 'Actions!G2');
    measures.readMeasuresSheet(measuresSheet([['Measure', 'Outcome', 'Unit'], ['Jobs filled', '', '%'], ['Jobs lost', '', '%']]));
    expect(measures.measures.map(({ id, owner, unit }) => ({ id, owner, unit }))).toEqual([{ id: 'jobs-filled', owner: undefined, unit: '%' }]);
    expect(context.problems).toEqual([
      { at: 'Measures!A3', message: 'the measure "Jobs lost" does not say which outcome it measures, and no action names it. Fill in its outcome, or name the measure in its action\'s row.' },
    ]);
  });
});
