import { describe, expect, test } from 'vitest';
import { ModelContext, NO_EXISTING_PLAN, type ExistingPlan } from '../../../../src/lib/import/model-context';
import { HierarchyBuilder, splitItems } from '../../../../src/lib/import/model-hierarchy';
import { gridOf, layoutOf } from './grids';

const plan = (overrides: Partial<ExistingPlan> = {}): ExistingPlan => ({ ...NO_EXISTING_PLAN, exists: true, ...overrides });

function builder(existing: ExistingPlan = NO_EXISTING_PLAN) {
  const context = new ModelContext(existing);
  return { context, hierarchy: new HierarchyBuilder(context) };
}

describe('splitItems', () => {
  test('one item per line or semicolon, without bullets', () => {
    expect(splitItems('• More jobs\n- Better pay;  Fewer people in poverty ;\n* Less debt')).toEqual(['More jobs', 'Better pay', 'Fewer people in poverty', 'Less debt']);
  });

  test('a comma does not split', () => {
    expect(splitItems('Jobs, skills and pay')).toEqual(['Jobs, skills and pay']);
  });
});

describe('HierarchyBuilder.addPriority', () => {
  test('numbering becomes the reference and the number, and comes off the title', () => {
    const { hierarchy } = builder();
    expect(hierarchy.addPriority('SO2: A fairer Anytown', 'Priorities!A2')).toEqual({ id: 'fairer-anytown', title: 'A fairer Anytown', number: 2, inShort: 'A fairer Anytown', at: 'Priorities!A2', reference: 'SO2' });
  });

  test('without numbering, priorities are numbered after the plan’s own', () => {
    const { hierarchy } = builder(plan({ priorities: [{ id: 'old', title: 'Old priority', position: 4 }] }));
    expect(hierarchy.addPriority('Greener streets', 'A2').number).toBe(5);
    expect(hierarchy.addPriority('Safer streets', 'A3').number).toBe(6);
  });

  test('the same priority named again is the same priority', () => {
    const { hierarchy } = builder();
    const first = hierarchy.addPriority('SO1: A fairer Anytown', 'A2');
    expect(hierarchy.addPriority('a fairer anytown.', 'A9')).toBe(first);
    expect(hierarchy.priorities).toHaveLength(1);
  });

  test('a priority the plan has keeps its file name and number', () => {
    const { hierarchy } = builder(plan({ priorities: [{ id: 'fair-city', title: 'A fairer Anytown', reference: 'SO1', position: 3 }] }));
    expect(hierarchy.addPriority('SO1: A fairer Anytown (renamed)', 'A2')).toMatchObject({ id: 'fair-city', number: 3, title: 'A fairer Anytown (renamed)' });
  });
});

describe('HierarchyBuilder.findPriority', () => {
  const { hierarchy } = builder();
  hierarchy.addPriority('SO1: A fairer Anytown', 'A2');
  hierarchy.addPriority('SO2: A greener Anytown', 'A3');

  test.each([
    ['its reference', 'SO2', 'greener-anytown'],
    ['its number', '2', 'greener-anytown'],
    ['its title with other numbering', 'Priority 1 - A fairer Anytown', 'fairer-anytown'],
    ['its file name', 'fairer-anytown', 'fairer-anytown'],
  ])('by %s', (_, text, id) => {
    expect(hierarchy.findPriority(text)?.id).toBe(id);
  });

  test('an unknown priority is none', () => {
    expect(hierarchy.findPriority('3')).toBeUndefined();
  });
});

describe('HierarchyBuilder.addOutcome and addAim', () => {
  test('outcomes are ordered within their priority', () => {
    const { hierarchy } = builder();
    const fairer = hierarchy.addPriority('A fairer Anytown', 'A2');
    const greener = hierarchy.addPriority('A greener Anytown', 'A3');
    expect(hierarchy.addOutcome('1.1 Fair work', fairer, 'B2')).toMatchObject({ id: 'fair-work', reference: '1.1', priority: 'fairer-anytown', order: 1 });
    expect(hierarchy.addOutcome('Less poverty', fairer, 'B3').order).toBe(2);
    expect(hierarchy.addOutcome('Less waste', greener, 'B4').order).toBe(1);
  });

  test('an outcome the plan has keeps its file name and order, matched within its priority', () => {
    const { hierarchy } = builder(plan({ outcomes: [{ id: 'work-elsewhere', title: 'Fair work', parent: 'other' }, { id: 'fair-jobs', title: 'Fair work', parent: 'fairer-anytown', position: 7 }] }));
    const fairer = hierarchy.addPriority('A fairer Anytown', 'A2');
    expect(hierarchy.addOutcome('Fair work', fairer, 'B2')).toMatchObject({ id: 'fair-jobs', order: 7 });
  });

  test('an aim is added once per outcome, with an id from its first words', () => {
    const { hierarchy } = builder();
    const outcome = hierarchy.addOutcome('Fair work', hierarchy.addPriority('A fairer Anytown', 'A2'), 'B2');
    expect(hierarchy.addAim(outcome, '1.1a More people in fair, well paid jobs across the whole area')).toBe('more-people-in-fair-well-paid');
    expect(hierarchy.addAim(outcome, '1.1a More people in fair, well paid jobs across the whole area.')).toBe('more-people-in-fair-well-paid');
    expect(hierarchy.addAim(outcome, 'More people in fair well paid jobs')).toBe('more-people-in-fair-well-paid-2');
    expect(outcome.improvementAims.map((aim) => aim.id)).toEqual(['more-people-in-fair-well-paid', 'more-people-in-fair-well-paid-2']);
  });

  test('an aim the plan’s outcome has keeps its id; a new aim does not take an id it has', () => {
    const { hierarchy } = builder(plan({ outcomes: [{ id: 'fair-work', title: 'Fair work', parent: 'fairer-anytown', aims: [{ id: 'jobs', title: 'More jobs' }, { id: 'better-pay', title: 'Pay rises' }] }] }));
    const outcome = hierarchy.addOutcome('Fair work', hierarchy.addPriority('A fairer Anytown', 'A2'), 'B2');
    expect(hierarchy.addAim(outcome, 'More jobs.')).toBe('jobs');
    expect(hierarchy.addAim(outcome, 'Better pay')).toBe('better-pay-2');
  });
});

describe('HierarchyBuilder: sheets of priorities and outcomes', () => {
  const sheets = (priorities: string[][], outcomes: string[][]) =>
    layoutOf([gridOf('Priorities', priorities), gridOf('Outcomes', outcomes)]).sheets;

  test('reads the list, with numbers, summaries and aims', () => {
    const [priorities, outcomes] = sheets(
      [['Priority number', 'Priority', 'In short'], ['2', 'A fairer Anytown', 'Fairer'], ['1', 'A greener Anytown', '']],
      [['Priority', 'Outcome', 'Improvement aims'], ['2', 'Fair work', 'More jobs; Better pay'], ['A greener Anytown', 'Less waste', '']],
    );
    const { context, hierarchy } = builder();
    expect(priorities!.columns.map((column) => column.field)).toEqual(['number', 'title', 'inShort']);
    hierarchy.readPrioritiesSheet(priorities!);
    hierarchy.readOutcomesSheet(outcomes!);
    expect(context.problems).toEqual([]);
    expect(hierarchy.priorities.map(({ id, number, inShort }) => ({ id, number, inShort }))).toEqual([
      { id: 'fairer-anytown', number: 2, inShort: 'Fairer' },
      { id: 'greener-anytown', number: 1, inShort: 'A greener Anytown' },
    ]);
    expect(hierarchy.outcomes.map(({ id, priority, improvementAims }) => ({ id, priority, aims: improvementAims.map((aim) => aim.title) }))).toEqual([
      { id: 'fair-work', priority: 'fairer-anytown', aims: ['More jobs', 'Better pay'] },
      { id: 'less-waste', priority: 'greener-anytown', aims: [] },
    ]);
  });

  test('a priority number that is not whole is a problem at its cell, and the priority is still read', () => {
    const [priorities] = sheets([['Priority number', 'Priority'], ['1.5', 'A fairer Anytown']], [['Priority', 'Outcome'], ['x', 'y']]);
    const { context, hierarchy } = builder();
    hierarchy.readPrioritiesSheet(priorities!);
    expect(context.problems).toEqual([{ at: 'Priorities!A2', message: 'the priority number "1.5" is not a whole number. Write 1, 2, 3…, or leave it blank.' }]);
    expect(hierarchy.priorities[0]).toMatchObject({ title: 'A fairer Anytown', number: 1 });
  });

  test('an outcome naming a priority not on the priorities sheet is a problem with a suggestion', () => {
    const [priorities, outcomes] = sheets([['Priority number', 'Priority'], ['1', 'A fairer Anytown']], [['Priority', 'Outcome'], ['A fairer Anytwon', 'Fair work']]);
    const { context, hierarchy } = builder();
    hierarchy.readPrioritiesSheet(priorities!);
    hierarchy.readOutcomesSheet(outcomes!);
    expect(hierarchy.outcomes).toEqual([]);
    expect(context.problems).toEqual([
      { at: 'Outcomes!A2', message: 'the priority "A fairer Anytwon" is not on the sheet of priorities. Did you mean "A fairer Anytown"? Write a priority as the priorities sheet names it (or its number or reference).' },
    ]);
  });
});

describe('HierarchyBuilder: an action plan’s columns', () => {
  test('without a sheet of outcomes, the outcomes an action plan names are made', () => {
    const [sheet] = layoutOf([gridOf('Actions', [['Priority', 'Outcome', 'Action'], ['SO1: A fairer Anytown', '1.1 Fair work', 'Open a jobs hub']])]).sheets;
    const { context, hierarchy } = builder();
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)).toMatchObject({ id: 'fair-work', priority: 'fairer-anytown', at: 'Actions!B2' });
    expect(hierarchy.priorities[0]!.at).toBe('Actions!A2');
    expect(context.problems).toEqual([]);
  });

  test('an outcome the plan has already is found by its title, under its own priority', () => {
    const existing = plan({ priorities: [{ id: 'fairer', title: 'A fairer Anytown', position: 1 }], outcomes: [{ id: 'fair-work', title: 'Fair work', reference: '1.1', parent: 'fairer', position: 4 }] });
    const [sheet] = layoutOf([gridOf('Actions', [['Outcome', 'Action'], ['Fair work.', 'Open a jobs hub']])]).sheets;
    const { context, hierarchy } = builder(existing);
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)).toMatchObject({ id: 'fair-work', title: 'Fair work', priority: 'fairer', order: 4, reference: '1.1' });
    expect(hierarchy.priorities).toMatchObject([{ id: 'fairer', number: 1 }]);
    expect(context.problems).toEqual([]);
  });

  test('a priority the plan has already is found by its number', () => {
    const existing = plan({ priorities: [{ id: 'fairer', title: 'A fairer Anytown', reference: 'SO1', position: 1 }] });
    const [sheet] = layoutOf([gridOf('Actions', [['Priority', 'Outcome', 'Action'], ['1', 'Fair pay', 'Pay the living wage']])]).sheets;
    const { hierarchy } = builder(existing);
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)?.priority).toBe('fairer');
    expect(hierarchy.priorities).toHaveLength(1);
  });

  test('an action row with no outcome is a problem at its action cell', () => {
    const [sheet] = layoutOf([gridOf('Actions', [['Outcome', 'Action', 'Lead'], ['', 'Open a jobs hub', 'Jo']])]).sheets;
    const { context, hierarchy } = builder();
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)).toBeUndefined();
    expect(context.problems).toEqual([{ at: 'Actions!B2', message: 'this action does not say which outcome it serves. Fill in its outcome cell (or the cell above it, for the rows it covers).' }]);
  });

  test('with a sheet of outcomes, an outcome not on it is a problem at the action plan’s cell', () => {
    const layout = layoutOf([gridOf('Outcomes', [['Priority', 'Outcome'], ['A fairer Anytown', 'Fair work']]), gridOf('Actions', [['Outcome', 'Action'], ['Fair wrok', 'Open a jobs hub']])]);
    const { context, hierarchy } = builder();
    hierarchy.readOutcomesSheet(layout.sheets[0]!);
    const actions = layout.sheets[1]!;
    expect(hierarchy.outcomeOf(actions, actions.rows[0]!)).toBeUndefined();
    expect(context.problems).toEqual([
      { at: 'Actions!A2', message: 'the outcome "Fair wrok" is not on the sheet of outcomes. Did you mean "Fair work"? Write the outcome as the outcomes sheet names it, or add it there.' },
    ]);
  });

  test('with two priorities and no priority column, a row is a problem', () => {
    const [sheet] = layoutOf([gridOf('Actions', [['Outcome', 'Action'], ['Fair work', 'Open a jobs hub']])]).sheets;
    const { context, hierarchy } = builder();
    hierarchy.addPriority('One', 'x');
    hierarchy.addPriority('Two', 'y');
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)).toBeUndefined();
    expect(context.problems).toEqual([{ at: 'Actions!B2', message: 'this row does not say which priority it comes under. Add a priority column (or a sheet of outcomes that names each outcome’s priority).' }]);
  });
});

describe('mistakes the import once made', () => {
  // knownPriority says a priority the plan has is "named by its title, reference, number or file
  // name", but a cell holding only the reference ("SO1") is split as a title with no reference, so
  // next quarter's workbook makes a new priority titled "SO1" beside the plan's own.
  test('a priority the plan has already is found by its reference alone', () => {
    const existing = plan({ priorities: [{ id: 'fairer', title: 'A fairer Anytown', reference: 'SO1', position: 1 }] });
    const [sheet] = layoutOf([gridOf('Actions', [['Priority', 'Outcome', 'Action'], ['SO1', 'Fair work', 'Open a jobs hub']])]).sheets;
    const { hierarchy } = builder(existing);
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)?.priority).toBe('fairer');
    expect(hierarchy.priorities.map((priority) => priority.id)).toEqual(['fairer']);
  });

  // An outcome of this import is found by its bare reference ("1.1", see findOutcome), but one the
  // plan already has is not: the row is made a new outcome titled "1.1".
  test('an outcome the plan has already is found by its reference alone', () => {
    const existing = plan({ priorities: [{ id: 'fairer', title: 'A fairer Anytown', position: 1 }], outcomes: [{ id: 'fair-work', title: 'Fair work', reference: '1.1', parent: 'fairer', position: 4 }] });
    const [sheet] = layoutOf([gridOf('Actions', [['Outcome', 'Action'], ['1.1', 'Open a jobs hub']])]).sheets;
    const { hierarchy } = builder(existing);
    expect(hierarchy.outcomeOf(sheet!, sheet!.rows[0]!)).toMatchObject({ id: 'fair-work', title: 'Fair work', priority: 'fairer', order: 4 });
  });
});
