import type { ActionStatus } from '../schemas/shared';
import { hasPassed, type Timeframe } from './timeframe';

export type DisplayedActionStatus = ActionStatus | 'overdue';

/**
 * The status readers see. An action that is not started or in progress after its completion
 * target has passed is overdue. A status the source does not state stays "not stated":
 * we cannot tell whether such an action is late.
 */
export function displayedStatus(
  action: { status: ActionStatus; completionTarget?: Timeframe },
  today: string,
): DisplayedActionStatus {
  const late = action.completionTarget && hasPassed(action.completionTarget, today);
  if (late && (action.status === 'not started' || action.status === 'in progress')) return 'overdue';
  return action.status;
}

export const STATUS_ORDER: DisplayedActionStatus[] = ['complete', 'in progress', 'overdue', 'not started', 'on hold', 'not stated'];

export interface StatusCounts {
  total: number;
  byStatus: Array<{ status: DisplayedActionStatus; count: number }>;
  /** Share of actions complete, as a whole percentage; undefined when no action has a stated status. */
  percentComplete?: number;
}

export function countByStatus(
  actions: Array<{ status: ActionStatus; completionTarget?: Timeframe }>,
  today: string,
): StatusCounts {
  const counts = new Map<DisplayedActionStatus, number>();
  for (const action of actions) {
    const status = displayedStatus(action, today);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const stated = actions.length - (counts.get('not stated') ?? 0);
  return {
    total: actions.length,
    byStatus: STATUS_ORDER.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! })),
    percentComplete: stated > 0 ? Math.round(((counts.get('complete') ?? 0) / actions.length) * 100) : undefined,
  };
}
