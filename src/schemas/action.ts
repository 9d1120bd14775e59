import { z } from 'zod';
import { actionStatus, crossPlanPath, ids, lead, nonEmptyText, slug, timeframe, hideThisPage } from './shared';

/** Service plans rate priority 1 (high) to 3 (low), 4 for ongoing and 5 for on hold; 2 has no name of its own. */
export const priorityRatings = {
  1: 'high',
  2: 'between high (1) and low (3)',
  3: 'low',
  4: 'ongoing',
  5: 'on hold',
} as const;

export const actionSchema = z.strictObject({
  title: nonEmptyText,
  /** The plan's own numbering, kept off the title: "SO1", "1.1", "Action 3.2". */
  reference: nonEmptyText.optional(),
  outcome: slug,
  order: z.number().int().nonnegative(),
  /**
   * The improvement aim (or aims) on the outcome that this action serves: one id, or a list where the
   * plan sets an action against several aims (a merged cell). Read as a list, empty when not stated.
   */
  improvementAim: z
    .union([slug, z.array(slug).min(1, 'list at least one aim, or leave the field out')])
    .optional()
    .transform((aims) => (aims === undefined ? [] : Array.isArray(aims) ? aims : [aims])),
  description: nonEmptyText.optional(),
  plannedOutcome: nonEmptyText.optional(),
  lead: lead.optional(),
  partners: z.array(nonEmptyText).default([]),
  completionTarget: timeframe.optional(),
  priorityRating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  status: actionStatus.default('not stated'),
  measures: ids,
  themes: ids,
  hideThisPage,
  contributesTo: z.array(crossPlanPath).default([]),
});

export type Action = z.infer<typeof actionSchema>;
