import { describe, expect, test } from 'vitest';
import { collectProgress, compareLatestReports, currentStatus, newestFirst } from '../../../src/lib/progress';
import { reportSchema } from '../../../src/schemas';

function report(id: string, end: string, data: Record<string, unknown> = {}) {
  return {
    id: `plan/reports/${id}`,
    data: reportSchema.parse({ title: `Report ${id}`, period: { label: id, start: `${end.slice(0, 8)}01`, end }, overallStatus: {}, ...data }),
  };
}

const q1 = report('q1', '2021-06-30', {
  outcomes: [{ outcome: 'safe', ragStatus: 'amber', commentary: 'Q1 words.' }],
  actions: [{ action: 'spaces', status: 'in progress' }],
  figures: [{ measure: 'count', period: '2021/22 Q1', value: 10 }],
});
const q2 = report('q2', '2021-09-30', {
  outcomes: [{ outcome: 'safe', ragStatus: 'green' }],
  actions: [{ action: 'spaces', commentary: 'Still going.' }, { action: 'clubs', status: 'complete' }],
  figures: [{ measure: 'count', period: '2021/22 Q2', value: 12 }, { measure: 'count', period: '2021/22 Q1', value: 11 }],
});
const q3 = report('q3', '2021-12-31', { actions: [{ action: 'spaces', status: 'complete' }], overallStatus: { actions: 'green' } });

describe('collectProgress', () => {
  test('gives each action and outcome its updates newest first, whatever order the files come in', () => {
    const progress = collectProgress([q1, q3, q2]);
    expect(progress.actionUpdates.get('plan/actions/spaces')!.map((update) => [update.report.id, update.status, update.commentary])).toEqual([
      ['plan/reports/q3', 'complete', undefined],
      ['plan/reports/q2', undefined, 'Still going.'],
      ['plan/reports/q1', 'in progress', undefined],
    ]);
    expect(progress.outcomeUpdates.get('plan/outcomes/safe')!.map((update) => update.ragStatus)).toEqual(['green', 'amber']);
  });

  test('adds reported figures; a later report’s figure for the same period replaces the earlier one', () => {
    const figures = collectProgress([q2, q1]).figuresByMeasure.get('plan/measures/count')!;
    expect(figures.map((figure) => [figure.period, figure.value, figure.report.id])).toEqual([
      ['2021/22 Q2', 12, 'plan/reports/q2'],
      ['2021/22 Q1', 11, 'plan/reports/q2'],
    ]);
  });

  test('orders reports ending on the same day by id, so the result never depends on file order', () => {
    const a = report('a', '2021-06-30');
    const b = report('b', '2021-06-30');
    expect(newestFirst([a, b]).map((entry) => entry.id)).toEqual(newestFirst([b, a]).map((entry) => entry.id));
  });
});

describe('currentStatus', () => {
  test('the newest update with a status wins; commentary-only updates keep the status; no updates keep the file’s own', () => {
    const updates = collectProgress([q1, q2, q3]).actionUpdates;
    expect(currentStatus('not stated', updates.get('plan/actions/spaces'))).toBe('complete');
    expect(currentStatus('not stated', updates.get('plan/actions/spaces')!.slice(1))).toBe('in progress');
    expect(currentStatus('not started', undefined)).toBe('not started');
  });
});

describe('compareLatestReports', () => {
  const own = () => 'not stated' as const;

  test('there is nothing to compare with one report, and no comparison without reports', () => {
    expect(compareLatestReports([q1], collectProgress([q1]), own)).toEqual({ latest: expect.objectContaining({ id: 'plan/reports/q1' }), changes: [] });
    expect(compareLatestReports([], collectProgress([]), own)).toBeUndefined();
  });

  test('lists changes of status, new commentary and new figures in the latest report', () => {
    const comparison = compareLatestReports([q1, q2], collectProgress([q1, q2]), own)!;
    expect(comparison.previous?.id).toBe('plan/reports/q1');
    expect(comparison.changes).toEqual([
      { kind: 'outcome status', id: 'plan/outcomes/safe', from: 'amber', to: 'green' },
      { kind: 'commentary', id: 'plan/actions/spaces' },
      { kind: 'action status', id: 'plan/actions/clubs', from: 'not stated', to: 'complete' },
      { kind: 'figure', id: 'plan/measures/count', period: '2021/22 Q2', value: 12, area: '' },
      { kind: 'figure', id: 'plan/measures/count', period: '2021/22 Q1', value: 11, area: '' },
    ]);
  });

  test('compares an action with its status before the latest report, and the overall statuses', () => {
    const comparison = compareLatestReports([q1, q2, q3], collectProgress([q1, q2, q3]), own)!;
    expect(comparison.changes).toEqual([
      { kind: 'overall status', of: 'actions', from: 'not stated', to: 'green' },
      { kind: 'action status', id: 'plan/actions/spaces', from: 'in progress', to: 'complete' },
    ]);
  });

  test('a status repeated in the next report is not a change', () => {
    const again = report('q4', '2022-03-31', { actions: [{ action: 'spaces', status: 'complete' }], overallStatus: { actions: 'green' } });
    expect(compareLatestReports([q3, again], collectProgress([q1, q2, q3, again]), own)!.changes).toEqual([]);
  });

  test('can be limited to part of the plan', () => {
    const comparison = compareLatestReports([q1, q2], collectProgress([q1, q2]), own, (id) => id === 'plan/actions/clubs')!;
    expect(comparison.changes).toEqual([{ kind: 'action status', id: 'plan/actions/clubs', from: 'not stated', to: 'complete' }]);
  });
});
