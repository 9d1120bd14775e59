import { describe, expect, test } from 'vitest';
import { ActionBuilder } from '../../../../src/lib/import/model-actions';
import { ModelContext, NO_EXISTING_PLAN, type ExistingPlan } from '../../../../src/lib/import/model-context';
import { HierarchyBuilder } from '../../../../src/lib/import/model-hierarchy';
import { MeasureRegistry } from '../../../../src/lib/import/model-measures';
import type { StatusMap } from '../../../../src/lib/import/status-words';
import { gridOf, layoutOf, type SheetRows } from './grids';

const HEADER = ['Priority', 'Outcome', 'Improvement aim', 'Action', 'Lead officer', 'Timescale', 'Measure'];

function read(rows: SheetRows, options: { merged?: string[]; existing?: ExistingPlan; statuses?: StatusMap; withMeasures?: boolean; name?: string } = {}) {
  const layout = layoutOf([gridOf(options.name ?? 'Actions', rows, options.merged)]);
  expect(layout.problems).toEqual([]);
  const context = new ModelContext(options.existing ?? NO_EXISTING_PLAN);
  const hierarchy = new HierarchyBuilder(context);
  const measures = new MeasureRegistry(context, hierarchy);
  const actions = new ActionBuilder(context, hierarchy, measures, options.statuses ?? new Map());
  // Without a priority column, the plan's only priority is each outcome's.
  if (!rows[0]!.includes('Priority')) hierarchy.addPriority('A fairer Anytown', 'Priorities!B2');
  actions.readActionsSheet(layout.sheets[0]!, options.withMeasures ?? true);
  return { context, hierarchy, measures, actions: actions.actions };
}

describe('ActionBuilder: actions from an action plan’s rows', () => {
  test('each action row is an action of its outcome, with its details and where it is', () => {
    const { actions, context } = read([
      ['Priority', 'Outcome', 'Action', 'Lead officer', 'Partners', 'Timescale', 'Status', 'Themes'],
      ['A fairer Anytown', 'Fair work', '1.1.1 Open a jobs hub', 'Head of Economy', 'DWP; Chamber of Commerce', 'March 2026', 'On track', 'Jobs; Young people'],
      ['A fairer Anytown', 'Fair work', 'Run a campaign', '', '', '', '', ''],
    ]);
    expect(context.problems).toEqual([]);
    expect(actions).toEqual([
      {
        id: 'open-jobs-hub',
        title: 'Open a jobs hub',
        reference: '1.1.1',
        outcome: 'fair-work',
        order: 1,
        improvementAim: [],
        measures: [],
        at: 'Actions!C2',
        lead: 'Head of Economy',
        partners: ['DWP', 'Chamber of Commerce'],
        completionTarget: 'March 2026',
        status: 'in progress',
        themes: ['jobs', 'young-people'],
      },
      { id: 'run-campaign', title: 'Run a campaign', outcome: 'fair-work', order: 2, improvementAim: [], measures: [], at: 'Actions!C3' },
    ]);
  });

  test('an action the plan has keeps its file name and order', () => {
    const existing: ExistingPlan = {
      ...NO_EXISTING_PLAN,
      exists: true,
      priorities: [{ id: 'fairer', title: 'A fairer Anytown', position: 1 }],
      outcomes: [{ id: 'work', title: 'Fair work', parent: 'fairer', position: 1 }],
      actions: [{ id: 'hub', title: 'Open a jobs hub', parent: 'work', position: 5 }],
    };
    const { actions } = read([['Outcome', 'Action'], ['Fair work', 'Open a jobs hub.'], ['Fair work', 'Open a jobs hub, again']], { existing });
    expect(actions.map(({ id, outcome, order }) => ({ id, outcome, order }))).toEqual([
      { id: 'hub', outcome: 'work', order: 5 },
      { id: 'open-jobs-hub-again', outcome: 'work', order: 6 },
    ]);
  });
});

describe('ActionBuilder: continuation rows', () => {
  test('a row with a blank action cell continues the action above: its aim and measure are that action’s', () => {
    const { actions, hierarchy, measures } = read([
      HEADER,
      ['A fairer Anytown', 'Fair work', 'More people in jobs', 'Open a jobs hub', 'Jo', '2026', 'People helped into work'],
      ['', '', 'Better pay', '', '', '', 'Employers paying the living wage'],
    ]);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ improvementAim: ['more-people-in-jobs', 'better-pay'], measures: ['people-helped-work', 'employers-paying-living-wage'] });
    expect(hierarchy.outcomes[0]!.improvementAims.map((aim) => aim.id)).toEqual(['more-people-in-jobs', 'better-pay']);
    expect(measures.measures.map((measure) => measure.owner)).toEqual([
      { folder: 'outcomes', id: 'fair-work' },
      { folder: 'outcomes', id: 'fair-work' },
    ]);
  });

  test('a merged action cell continues the action above', () => {
    const { actions, context } = read(
      [
        ['Outcome', 'Action', 'Measure'],
        ['Fair work', 'Open a jobs hub', 'People helped'],
        ['', '', 'Jobs filled'],
      ],
      { merged: ['A2:A3', 'B2:B3'] },
    );
    expect(context.problems).toEqual([]);
    expect(actions.map(({ title, measures }) => ({ title, measures }))).toEqual([{ title: 'Open a jobs hub', measures: ['people-helped', 'jobs-filled'] }]);
  });

  test('a new outcome ends the action above: a measure in an action-less row is the outcome’s only', () => {
    const { actions, measures } = read([
      ['Outcome', 'Action', 'Measure'],
      ['Fair work', 'Open a jobs hub', 'People helped'],
      ['Less waste', '', 'Tonnes recycled'],
    ]);
    expect(actions.map((action) => action.measures)).toEqual([['people-helped']]);
    expect(measures.measures.find((measure) => measure.id === 'tonnes-recycled')?.owner).toEqual({ folder: 'outcomes', id: 'less-waste' });
  });

  test('without a measure column to read, actions list no measures', () => {
    const { actions } = read([['Outcome', 'Action'], ['Fair work', 'Open a jobs hub']], { withMeasures: false });
    expect(actions[0]!.measures).toBeUndefined();
  });
});

describe('ActionBuilder: timescales and statuses', () => {
  test.each(['Ongoing', 'TBC', 'n/a', 'Annually', 'as required.'])('"%s" has no date: it is listed as not placed, and the action has no completion target', (timescale) => {
    const { actions, context } = read([['Outcome', 'Action', 'Timescale'], ['Fair work', 'Open a jobs hub', timescale]]);
    expect(context.problems).toEqual([]);
    expect(actions[0]!.completionTarget).toBeUndefined();
    expect(context.unplaced).toEqual([{ at: 'Actions!C2', text: timescale, why: 'a timescale with no date is not a completion target, so the action has none' }]);
  });

  test('a timescale that is neither a date nor undated is a problem at its cell', () => {
    const { context } = read([['Outcome', 'Action', 'Timescale'], ['Fair work', 'Open a jobs hub', 'Soonish']], { name: 'Action plan' });
    expect(context.problems).toHaveLength(1);
    expect(context.problems[0]!.at).toBe("'Action plan'!C2");
    expect(context.problems[0]!.message).toMatch(/^the date "Soonish" cannot be read: /);
  });

  test('an unknown status word is a problem; the officer’s own word is read', () => {
    const rows = [['Outcome', 'Action', 'Status'], ['Fair work', 'Open a jobs hub', 'On target']];
    expect(read(rows).context.problems).toEqual([
      {
        at: 'Actions!C2',
        message:
          'the status "On target" is not one the import knows for an action. An action\'s status is one of: not started (or "not yet started"), in progress (or "on track"), complete (or "completed"), on hold (or "paused"). Write one of those, or say what your word means with --status "On target=in progress" (or not started, complete, on hold).',
      },
    ]);
    const told = read(rows, { statuses: new Map([['on target', 'in progress']]) });
    expect(told.context.problems).toEqual([]);
    expect(told.actions[0]!.status).toBe('in progress');
  });
});

describe('ActionBuilder: the same action twice', () => {
  test('a second action of the same title in one outcome is a problem naming both cells', () => {
    const { actions, context } = read([
      ['Outcome', 'Action', 'Lead officer'],
      ['Fair work', 'Open a jobs hub', 'Jo'],
      ['Fair work', 'Run a campaign', 'Sam'],
      ['Fair work', 'Open a Jobs Hub.', 'Ali'],
    ]);
    expect(actions.map((action) => action.title)).toEqual(['Open a jobs hub', 'Run a campaign']);
    expect(context.problems).toEqual([
      {
        at: 'Actions!B4',
        message: 'there is already an action "Open a jobs hub" in the outcome "Fair work" (Actions!B2). Give each action its own title; if it is the same action, leave this cell blank (or merge it with the one above) so its row continues that action.',
      },
    ]);
  });

  test('the same title in another outcome is another action, with its own file name', () => {
    const { actions, context } = read([
      ['Outcome', 'Action'],
      ['Fair work', 'Run a campaign'],
      ['Less waste', 'Run a campaign'],
    ]);
    expect(context.problems).toEqual([]);
    expect(actions.map(({ id, outcome }) => ({ id, outcome }))).toEqual([
      { id: 'run-campaign', outcome: 'fair-work' },
      { id: 'run-campaign-2', outcome: 'less-waste' },
    ]);
  });
});
