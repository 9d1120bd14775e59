import { describe, expect, test } from 'vitest';
import type { SiteContent } from '../../../../src/lib/relations';
import { comparable, existingPlan, ModelContext, NO_EXISTING_PLAN, type ExistingPlan } from '../../../../src/lib/import/model-context';

const plan = (overrides: Partial<ExistingPlan> = {}): ExistingPlan => ({ ...NO_EXISTING_PLAN, exists: true, ...overrides });

describe('comparable', () => {
  test('case, spacing, curly quotes and a full stop at the end do not matter', () => {
    expect(comparable('  Children’s   “Safe”  Homes. ')).toBe('children\'s "safe" homes');
    expect(comparable('More people in work.')).toBe(comparable('more people  in work'));
  });

  test('other punctuation still matters', () => {
    expect(comparable('Safe homes!')).not.toBe(comparable('Safe homes'));
  });
});

describe('existingPlan', () => {
  const content = {
    plans: [{ id: 'city-plan' }],
    priorities: [
      { id: 'city-plan/fairer-city', data: { title: 'A fairer city', reference: 'SO1', number: 1 } },
      { id: 'other-plan/fairer-city', data: { title: 'Elsewhere', number: 1 } },
    ],
    outcomes: [{ id: 'city-plan/fair-work', data: { title: 'Fair work', priority: 'fairer-city', order: 2, improvementAims: [{ id: 'jobs', title: 'More jobs' }] } }],
    actions: [{ id: 'city-plan/jobs-hub', data: { title: 'Open a jobs hub', reference: '1.1.1', outcome: 'fair-work', order: 3 } }],
    measures: [{ id: 'city-plan/jobs-filled', data: { title: 'Jobs filled' } }],
    reports: [{ id: 'city-plan/2024-25-q1', data: { period: { label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' } } }],
  } as unknown as SiteContent;

  test('lists only the plan’s own entities, by their file names within the plan', () => {
    expect(existingPlan(content, 'city-plan')).toEqual({
      exists: true,
      priorities: [{ id: 'fairer-city', title: 'A fairer city', reference: 'SO1', position: 1 }],
      outcomes: [{ id: 'fair-work', title: 'Fair work', reference: undefined, parent: 'fairer-city', position: 2, aims: [{ id: 'jobs', title: 'More jobs' }] }],
      actions: [{ id: 'jobs-hub', title: 'Open a jobs hub', reference: '1.1.1', parent: 'fair-work', position: 3 }],
      measures: [{ id: 'jobs-filled', title: 'Jobs filled', reference: undefined }],
      reports: [{ id: '2024-25-q1', label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' }],
    });
  });

  test('a plan with no plan.mdx does not exist, even when another plan has entities', () => {
    const other = existingPlan(content, 'other-plan');
    expect(other.exists).toBe(false);
    expect(other.priorities).toEqual([{ id: 'fairer-city', title: 'Elsewhere', reference: undefined, position: 1 }]);
    expect(other.actions).toEqual([]);
  });
});

describe('ModelContext.match', () => {
  const context = new ModelContext(
    plan({
      actions: [
        { id: 'jobs-hub', title: 'Open a jobs hub', reference: '1.1.1', parent: 'fair-work' },
        { id: 'campaign', title: 'Run a campaign', parent: 'fair-work' },
        { id: 'campaign-2', title: 'Run a campaign', parent: 'less-waste' },
      ],
    }),
  );

  test('by file name first, whatever the title says', () => {
    expect(context.match('actions', { id: 'jobs-hub', title: 'Run a campaign' })?.id).toBe('jobs-hub');
  });

  test('then by reference, compared as a person would', () => {
    expect(context.match('actions', { reference: '1.1.1.', title: 'Something else' })?.id).toBe('jobs-hub');
  });

  test('then by title within the parent, before a title elsewhere', () => {
    expect(context.match('actions', { title: 'run a campaign', parent: 'less-waste' })?.id).toBe('campaign-2');
    expect(context.match('actions', { title: 'Run a campaign.', parent: 'fair-work' })?.id).toBe('campaign');
  });

  test('then by title anywhere in the plan', () => {
    expect(context.match('actions', { title: 'OPEN A JOBS HUB', parent: 'somewhere-new' })?.id).toBe('jobs-hub');
  });

  test('an unknown file name, reference and title match nothing', () => {
    expect(context.match('actions', { id: 'nope', reference: '9.9', title: 'Plant trees' })).toBeUndefined();
  });
});

describe('ModelContext.newId and claim', () => {
  test('a file name from the title’s meaningful words, unique in its folder', () => {
    const context = new ModelContext(plan({ actions: [{ id: 'open-jobs-hub', title: 'Open a jobs hub' }] }));
    expect(context.newId('actions', 'Open a jobs hub', 'action-1')).toBe('open-jobs-hub-2');
    expect(context.newId('actions', 'Open a jobs hub', 'action-1')).toBe('open-jobs-hub-3');
    // Folders are separate: an outcome may share an action's file name.
    expect(context.newId('outcomes', 'Open a jobs hub', 'outcome-1')).toBe('open-jobs-hub');
  });

  test('a title with no letters or numbers takes the fallback', () => {
    const context = new ModelContext(NO_EXISTING_PLAN);
    expect(context.newId('measures', '…', 'measure')).toBe('measure');
    expect(context.newId('measures', '—', 'measure')).toBe('measure-2');
  });

  test('a claimed file name is not given to a new entity', () => {
    const context = new ModelContext(NO_EXISTING_PLAN);
    context.claim('priorities', 'fairer-city');
    expect(context.newId('priorities', 'A fairer city', 'priority-1')).toBe('fairer-city-2');
  });

  test('existing reports’ file names are taken', () => {
    const context = new ModelContext(plan({ reports: [{ id: '2024-25-q1', label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' }] }));
    expect(context.newId('reports', '2024 25 q1', 'report')).toBe('2024-25-q1-2');
  });
});

describe('ModelContext.problem', () => {
  test('each different message is its own problem, in order', () => {
    const context = new ModelContext(NO_EXISTING_PLAN);
    context.problem('Actions!C3', 'first');
    context.problem('Actions!D4', 'second');
    expect(context.problems).toEqual([
      { at: 'Actions!C3', message: 'first' },
      { at: 'Actions!D4', message: 'second' },
    ]);
  });

  test('the same message again names the later cells in the first problem', () => {
    const context = new ModelContext(NO_EXISTING_PLAN);
    context.problem('Progress!C5', 'the status "Green" is unknown');
    context.problem('Progress!C6', 'the status "Green" is unknown');
    context.problem('Progress!C9', 'the status "Green" is unknown');
    expect(context.problems).toEqual([{ at: 'Progress!C5 (and C6, C9)', message: 'the status "Green" is unknown' }]);
  });

  test('after five more cells, the rest are counted', () => {
    const context = new ModelContext(NO_EXISTING_PLAN);
    for (let row = 2; row <= 10; row++) context.problem(`Progress!C${row}`, 'same');
    expect(context.problems).toEqual([{ at: 'Progress!C2 (and C3, C4, C5, C6, C7 and 3 more)', message: 'same' }]);
  });

  test('a quoted sheet name is kept on the first cell', () => {
    const context = new ModelContext(NO_EXISTING_PLAN);
    context.problem("'Action plan'!B2", 'same');
    context.problem("'Action plan'!B7", 'same');
    expect(context.problems[0]!.at).toBe("'Action plan'!B2 (and B7)");
  });
});

describe('mistakes the import once made', () => {
  test('a repeated message on another sheet names that cell with its sheet', () => {
    // The same unknown status word in the action plan's Status column and in the progress sheet:
    // "Actions!D2 (and B3)" sends the officer to Actions!B3, but the second cell is Progress!B3.
    const context = new ModelContext(NO_EXISTING_PLAN);
    context.problem('Actions!D2', 'the status "Green" is unknown');
    context.problem('Progress!B3', 'the status "Green" is unknown');
    expect(context.problems).toEqual([{ at: 'Actions!D2 (and Progress!B3)', message: 'the status "Green" is unknown' }]);
  });
});
