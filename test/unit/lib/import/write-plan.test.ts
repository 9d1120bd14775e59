import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../../../src/lib/import/build-model';
import type { FileChange } from '../../../../src/lib/import/file-change';
import { NO_EXISTING_PLAN, type ExistingPlan } from '../../../../src/lib/import/model-context';
import { planChanges } from '../../../../src/lib/import/write-plan';
import { gridOf, layoutOf } from './grids';
import { projectFolders } from './project-folder';

const projectWith = projectFolders('write-plan');

function write(root: string, changes: Array<Pick<FileChange, 'file' | 'text'>>): void {
  for (const { file, text } of changes) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

const PLAN_SHEET = gridOf('Plan', [['Plan title', 'City Plan'], ['Partnership', 'City Partnership'], ['Type', 'LOIP'], ['Area', 'City']]);
const ACTIONS = gridOf('Actions', [
  ['Priority', 'Outcome', 'Improvement aim', 'Action', 'Lead officer', 'Measure'],
  ['A fairer city', 'Fair work', 'More people in jobs', 'Open a jobs hub', 'Head of Economy', 'People helped into work'],
]);
const FIGURES = gridOf('Figures', [['Measure', '2022/23'], ['People helped into work', '1300']]);
const PROGRESS = gridOf('Progress', [['Action', '2024/25 Q1 Status'], ['Open a jobs hub', 'On track']]);

function changesFor(root: string, existing: ExistingPlan, grids = [PLAN_SHEET, ACTIONS, FIGURES, PROGRESS]): FileChange[] {
  const { model, problems } = buildModel(layoutOf(grids), existing, { planId: 'city-plan' });
  expect(problems).toEqual([]);
  return planChanges(model, root, 'City Plan.xlsx');
}

/** What the plan's content looks like to the next import once these files are written. */
const EXISTING: ExistingPlan = {
  ...NO_EXISTING_PLAN,
  exists: true,
  priorities: [{ id: 'fairer-city', title: 'A fairer city', position: 1 }],
  outcomes: [{ id: 'fair-work', title: 'Fair work', parent: 'fairer-city', position: 1, aims: [{ id: 'more-people-in-jobs', title: 'More people in jobs' }] }],
  actions: [{ id: 'open-jobs-hub', title: 'Open a jobs hub', parent: 'fair-work', position: 1 }],
  measures: [{ id: 'people-helped-work', title: 'People helped into work' }],
  reports: [{ id: '2024-25-q1', label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' }],
};

describe('planChanges: a new plan', () => {
  test('a file for the plan and each of its entities, figures and reports', () => {
    const changes = changesFor(projectWith(), NO_EXISTING_PLAN);
    expect(changes.map(({ file, change, kind }) => `${change} ${kind} ${file}`)).toEqual([
      'create plan content/city-plan/plan.mdx',
      'create priority content/city-plan/priorities/fairer-city.mdx',
      'create outcome content/city-plan/outcomes/fair-work.mdx',
      'create action content/city-plan/actions/open-jobs-hub.yaml',
      'create measure content/city-plan/measures/people-helped-work.yaml',
      'create figures content/city-plan/measures/people-helped-work.csv',
      'create progress report content/city-plan/reports/2024-25-q1.mdx',
    ]);
    const text = Object.fromEntries(changes.map((change) => [change.file.replace('content/city-plan/', ''), change.text]));
    expect(text['priorities/fairer-city.mdx']).toBe('---\ntitle: "A fairer city"\nnumber: 1\ninShort: "A fairer city"\n---\n');
    expect(text['outcomes/fair-work.mdx']).toBe(
      '---\ntitle: "Fair work"\npriority: fairer-city\norder: 1\ninShort: "Fair work"\nimprovementAims:\n  - id: more-people-in-jobs\n    title: "More people in jobs"\nmeasures:\n  - people-helped-work\n---\n',
    );
    expect(text['actions/open-jobs-hub.yaml']).toBe('title: "Open a jobs hub"\noutcome: fair-work\norder: 1\nimprovementAim: more-people-in-jobs\nlead: "Head of Economy"\nmeasures:\n  - people-helped-work\n');
    expect(text['measures/people-helped-work.yaml']).toBe('title: "People helped into work"\nkind: quantitative\n');
    expect(text['measures/people-helped-work.csv']).toBe('period,value,area,flag,footnote\n2022/23,1300,,,\n');
  });

  test('importing the same file again changes nothing', () => {
    const root = projectWith();
    write(root, changesFor(root, NO_EXISTING_PLAN));
    const again = changesFor(root, EXISTING);
    expect(again.filter((change) => change.change !== 'unchanged').map((change) => `${change.file} ${change.fields.join(',')}`)).toEqual([]);
    for (const change of again) expect(change.text).toBe(readFileSync(path.join(root, change.file), 'utf8'));
  });
});

describe('planChanges: a plan with files', () => {
  test('hand edits to fields the workbook has no column for are kept', () => {
    const root = projectWith();
    write(root, changesFor(root, NO_EXISTING_PLAN));
    const action = path.join(root, 'content/city-plan/actions/open-jobs-hub.yaml');
    writeFileSync(action, `${readFileSync(action, 'utf8')}description: "Written by hand."\nstatus: complete\n`);
    const moved = gridOf('Actions', [
      ['Priority', 'Outcome', 'Improvement aim', 'Action', 'Lead officer', 'Measure'],
      ['A fairer city', 'Fair work', 'More people in jobs', 'Open a jobs hub', 'Jo Bloggs', 'People helped into work'],
    ]);
    const changed = changesFor(root, EXISTING, [moved]).filter((change) => change.change !== 'unchanged');
    expect(changed.map(({ file, fields }) => ({ file, fields }))).toEqual([{ file: 'content/city-plan/actions/open-jobs-hub.yaml', fields: ['lead'] }]);
    expect(changed[0]!.text).toBe('title: "Open a jobs hub"\noutcome: fair-work\norder: 1\nimprovementAim: more-people-in-jobs\nlead: "Jo Bloggs"\nmeasures:\n  - people-helped-work\ndescription: "Written by hand."\nstatus: complete\n');
  });

  test('an outcome keeps its aims and measures, and gets the new ones after them', () => {
    const outcome = 'content/city-plan/outcomes/fair-work.mdx';
    const root = projectWith({
      [outcome]: '---\ntitle: "Fair work"\npriority: fairer-city\norder: 1\ninShort: "Fair work"\nimprovementAims:\n  - id: better-pay\n    title: "Better pay"\nmeasures:\n  - living-wage\n---\n\nWhy it matters.\n',
    });
    const existing: ExistingPlan = { ...EXISTING, outcomes: [{ id: 'fair-work', title: 'Fair work', parent: 'fairer-city', position: 1, aims: [{ id: 'better-pay', title: 'Better pay' }] }], measures: [{ id: 'living-wage', title: 'Living wage employers' }] };
    const change = changesFor(root, existing, [ACTIONS]).find((entry) => entry.file === outcome)!;
    expect(change).toMatchObject({ change: 'update', fields: ['improvementAims', 'measures'] });
    expect(change.text).toBe(
      '---\ntitle: "Fair work"\npriority: fairer-city\norder: 1\ninShort: "Fair work"\nimprovementAims:\n  - id: better-pay\n    title: "Better pay"\n  - id: more-people-in-jobs\n    title: "More people in jobs"\nmeasures:\n  - living-wage\n  - people-helped-work\n---\n\nWhy it matters.\n',
    );
  });

  test('a measure owned by a priority is added to the priority’s list', () => {
    const measures = gridOf('Measures', [['Measure', 'Outcome'], ['Households in poverty', 'A fairer city']]);
    const changes = changesFor(projectWith(), NO_EXISTING_PLAN, [PLAN_SHEET, ACTIONS, measures]);
    expect(changes.find((change) => change.kind === 'priority')!.text).toBe('---\ntitle: "A fairer city"\nnumber: 1\ninShort: "A fairer city"\nmeasures:\n  - households-poverty\n---\n');
  });

  test('figures in a plan’s own area, written without one, are the figures the file has', () => {
    const csv = 'content/city-plan/measures/people-helped-work.csv';
    const root = projectWith({ [csv]: 'period,value,area,flag,footnote\n2022/23,1300,City,,\n' });
    const { model } = buildModel(layoutOf([ACTIONS, FIGURES]), EXISTING, { planId: 'city-plan' });
    expect(planChanges(model, root, 'x.xlsx', 'City').find((change) => change.file === csv)!.change).toBe('unchanged');
    expect(planChanges(model, root, 'x.xlsx', 'Elsewhere').find((change) => change.file === csv)!.change).toBe('update');
  });
});
