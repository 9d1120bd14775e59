import type { ActionStatus, RagStatus } from '../schemas/shared';
import type { TargetStatus, TrendStatus } from './trend';
import type { HealthStatus } from './health-check';

export type Status = ActionStatus | RagStatus | 'overdue' | TrendStatus | TargetStatus | HealthStatus;

/**
 * Each status has its own word, and within each family (action, RAG, trend, target) its own icon shape,
 * so colour is never the only cue. The Design System's sprite has no pause shape, so "on hold" draws its own.
 */
export const STATUS_APPEARANCE: Record<Status, { icon: string; colour: string }> = {
  complete: { icon: 'check_circle', colour: 'green' },
  green: { icon: 'check_circle', colour: 'green' },
  'in progress': { icon: 'double_chevron_right', colour: 'blue' },
  amber: { icon: 'warning', colour: 'orange' },
  'not started': { icon: 'calendar_today', colour: 'grey' },
  'on hold': { icon: 'pause', colour: 'purple' },
  overdue: { icon: 'priority_high', colour: 'red' },
  red: { icon: 'error', colour: 'red' },
  'not stated': { icon: 'info', colour: 'grey' },
  improving: { icon: 'arrow_upward', colour: 'green' },
  maintaining: { icon: 'double_chevron_right', colour: 'blue' },
  worsening: { icon: 'warning', colour: 'orange' },
  'information only': { icon: 'info', colour: 'grey' },
  'insufficient data': { icon: 'description', colour: 'grey' },
  'target met': { icon: 'check_circle', colour: 'green' },
  'on track': { icon: 'arrow_upward', colour: 'teal' },
  'off track': { icon: 'priority_high', colour: 'red' },
  'no figure to check': { icon: 'info', colour: 'grey' },
  met: { icon: 'check_circle', colour: 'green' },
  'partly met': { icon: 'warning', colour: 'orange' },
  'not met': { icon: 'error', colour: 'red' },
  'not assessable': { icon: 'list', colour: 'grey' },
  'self-assessed': { icon: 'description', colour: 'blue' },
};

export const STATUS_WORDS = Object.keys(STATUS_APPEARANCE) as Status[];

export function isStatus(word: string): word is Status {
  return Object.hasOwn(STATUS_APPEARANCE, word);
}
