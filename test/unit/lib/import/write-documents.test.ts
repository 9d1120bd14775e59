import { describe, expect, test } from 'vitest';
import type { ModelPlan, ModelReport, PlanModel } from '../../../../src/lib/import/plan-model';
import { planFile, reportFile } from '../../../../src/lib/import/write-documents';
import { projectFolders } from './project-folder';

const projectWith = projectFolders('documents');

const modelOf = (plan: ModelPlan): PlanModel => ({ plan }) as PlanModel;
const PLAN = 'content/city-plan/plan.mdx';
const REPORT = 'content/city-plan/reports/2024-25-q1.mdx';

const Q1: ModelReport = {
  id: '2024-25-q1',
  period: { label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' },
  actions: [
    { action: 'open-jobs-hub', status: 'in progress', commentary: 'Premises found' },
    { action: 'run-campaign', status: 'complete' },
  ],
  outcomes: [{ outcome: 'fair-work', ragStatus: 'amber' }],
  at: 'Progress!B1',
};

describe('planFile', () => {
  test('a new plan’s file: its short title and summary start as its title, its source is the file imported, its introduction the page text', () => {
    const model = modelOf({ id: 'city-plan', title: 'City Plan', kind: 'local-outcomes-improvement-plan', partnership: 'City Partnership', area: 'City', introduction: ['First paragraph.', 'Second paragraph.'] });
    expect(planFile(model, projectWith(), '/somewhere/City Plan 2024.xlsx')).toEqual([
      {
        file: PLAN,
        change: 'create',
        text: '---\ntitle: "City Plan"\nshortTitle: "City Plan"\nkind: local-outcomes-improvement-plan\npartnership: "City Partnership"\narea: "City"\ninShort: "City Plan"\nsource: "City Plan 2024.xlsx"\n---\n\nFirst paragraph.\n\nSecond paragraph.\n',
        kind: 'plan',
        title: 'City Plan',
        fields: [],
      },
    ]);
  });

  test('principles are written as groups of items', () => {
    const model = modelOf({ id: 'city-plan', title: 'City Plan', principles: [{ title: 'Principles', principles: [{ title: 'Children first', text: 'Always.' }] }] });
    expect(planFile(model, projectWith(), 'plan.docx')[0]!.text).toContain('principles:\n  - title: "Principles"\n    principles:\n      - title: "Children first"\n        text: "Always."\n');
  });

  test('a plan with a file gets only the details the import gives; its page text is kept', () => {
    const text = '---\ntitle: "City Plan"\nshortTitle: "Plan"\nkind: local-outcomes-improvement-plan\npartnership: "Old Partnership"\narea: "City"\ninShort: "Our plan."\nsource: "original.pdf"\n---\n\nWritten by hand.\n';
    const root = projectWith({ [PLAN]: text });
    const [change] = planFile(modelOf({ id: 'city-plan', title: 'City Plan', partnership: 'City Partnership', introduction: ['From the document.'] }), root, 'new.xlsx');
    expect(change).toMatchObject({ change: 'update', fields: ['partnership'] });
    expect(change!.text).toBe(text.replace('Old Partnership', 'City Partnership'));
  });

  test('a plan with a file and no details from the import is not mentioned', () => {
    const root = projectWith({ [PLAN]: '---\ntitle: "City Plan"\n---\n' });
    expect(planFile(modelOf({ id: 'city-plan' }), root, 'x.xlsx')).toEqual([]);
  });

  test('a plan whose details say what its file says is unchanged', () => {
    const text = '---\ntitle: "City Plan"\n---\n';
    const root = projectWith({ [PLAN]: text });
    expect(planFile(modelOf({ id: 'city-plan', title: 'City Plan' }), root, 'x.xlsx')).toEqual([{ file: PLAN, change: 'unchanged', text, kind: 'plan', title: 'City Plan', fields: [] }]);
  });
});

describe('reportFile', () => {
  test('a new report: its title, period, overall status not stated, and its updates', () => {
    expect(reportFile(modelOf({ id: 'city-plan' }), Q1, projectWith())).toEqual({
      file: REPORT,
      change: 'create',
      text: [
        '---',
        'title: "Progress report: 2024/25 Q1"',
        'period:',
        '  label: "2024/25 Q1"',
        '  start: "2024-04-01"',
        '  end: "2024-06-30"',
        'overallStatus:',
        '  actions: "not stated"',
        '  measures: "not stated"',
        'outcomes:',
        '  - outcome: fair-work',
        '    ragStatus: amber',
        'actions:',
        '  - action: open-jobs-hub',
        '    status: "in progress"',
        '    commentary: "Premises found"',
        '  - action: run-campaign',
        '    status: complete',
        '---',
        '',
      ].join('\n'),
      kind: 'progress report',
      title: 'Progress report: 2024/25 Q1',
      fields: [],
    });
  });

  test('a report the plan has gets the updates merged in, one per action; its other fields and text are kept', () => {
    const text = [
      '---',
      'title: "First quarter"',
      'period:',
      '  label: "2024/25 Q1"',
      '  start: "2024-04-01"',
      '  end: "2024-06-30"',
      'overallStatus:',
      '  actions: "on track"',
      '  measures: "not stated"',
      'actions:',
      '  - action: open-jobs-hub',
      '    status: "not started"',
      '    commentary: "Looking for premises"',
      '  - action: plant-trees',
      '    status: complete',
      '---',
      '',
      'Written by the partnership.',
      '',
    ].join('\n');
    const root = projectWith({ [REPORT]: text });
    const report: ModelReport = { ...Q1, actions: [{ action: 'open-jobs-hub', status: 'in progress' }, { action: 'run-campaign', status: 'complete' }], outcomes: [] };
    const change = reportFile(modelOf({ id: 'city-plan' }), report, root);
    expect(change).toMatchObject({ change: 'update', fields: ['actions'], title: 'First quarter' });
    expect(change.text).toBe(
      text.replace(
        '  - action: open-jobs-hub\n    status: "not started"\n    commentary: "Looking for premises"\n  - action: plant-trees\n    status: complete\n',
        '  - action: open-jobs-hub\n    status: "in progress"\n    commentary: "Looking for premises"\n  - action: plant-trees\n    status: complete\n  - action: run-campaign\n    status: complete\n',
      ),
    );
  });

  test('the same updates again leave the report as it was', () => {
    const first = reportFile(modelOf({ id: 'city-plan' }), Q1, projectWith());
    const root = projectWith({ [REPORT]: first.text });
    expect(reportFile(modelOf({ id: 'city-plan' }), Q1, root)).toMatchObject({ change: 'unchanged', text: first.text });
  });
});
