import { describe, expect, test } from 'vitest';
import { countByStatus, displayedStatus } from '../../../src/lib/action-status';
import type { ActionStatus } from '../../../src/schemas/shared';

const target = { text: 'March 2023', start: '2023-03-01', end: '2023-03-31' };
const today = '2026-11-23';

describe('displayedStatus', () => {
  test.each<[ActionStatus, boolean, string]>([
    ['not started', true, 'overdue'],
    ['in progress', true, 'overdue'],
    ['complete', true, 'complete'],
    ['on hold', true, 'on hold'],
    ['not stated', true, 'not stated'],
    ['in progress', false, 'in progress'],
  ])('%s with a target that has passed: %s → %s', (status, withTarget, expected) => {
    expect(displayedStatus({ status, completionTarget: withTarget ? target : undefined }, today)).toBe(expected);
  });

  test('is not overdue on the last day of the target', () => {
    expect(displayedStatus({ status: 'in progress', completionTarget: target }, '2023-03-31')).toBe('in progress');
  });
});

describe('countByStatus', () => {
  test('counts each displayed status and the share complete', () => {
    const counts = countByStatus(
      [
        { status: 'complete' },
        { status: 'complete' },
        { status: 'in progress', completionTarget: target },
        { status: 'not started' },
      ],
      today,
    );
    expect(counts.total).toBe(4);
    expect(counts.byStatus).toEqual([
      { status: 'complete', count: 2 },
      { status: 'overdue', count: 1 },
      { status: 'not started', count: 1 },
    ]);
    expect(counts.percentComplete).toBe(50);
  });

  test('gives no percentage when no action has a stated status', () => {
    const counts = countByStatus([{ status: 'not stated' }, { status: 'not stated' }], today);
    expect(counts.percentComplete).toBeUndefined();
    expect(counts.byStatus).toEqual([{ status: 'not stated', count: 2 }]);
  });

  test('handles no actions', () => {
    expect(countByStatus([], today)).toEqual({ total: 0, byStatus: [], percentComplete: undefined });
  });
});
