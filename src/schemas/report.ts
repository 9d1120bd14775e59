import { z } from 'zod';
import { nonEmptyText, ragStatus, slug, timeframe } from './shared';

const person = z.object({
  name: nonEmptyText,
  role: nonEmptyText,
  /** Only where the source publishes the address. */
  email: z.email().optional(),
});

export const reportSchema = z.object({
  title: nonEmptyText,
  priority: slug.optional(),
  /** The period covered, e.g. "2021/22 Quarter 1 (April to June 2021)". */
  period: z.object({ label: nonEmptyText, start: z.iso.date(), end: z.iso.date() }),
  published: timeframe.optional(),
  priorityManager: person.optional(),
  leadOfficer: person.optional(),
  overallStatus: z.object({
    actions: ragStatus.default('not stated'),
    measures: ragStatus.default('not stated'),
  }),
  /** % of the year's delivery plan completed against planned. */
  deliveryPlanCompletion: z.number().min(0).max(100).optional(),
  outcomes: z
    .array(z.object({ outcome: slug, ragStatus: ragStatus.default('not stated') }))
    .default([]),
  risks: z.array(z.object({ risk: nonEmptyText, mitigation: nonEmptyText.optional() })).default([]),
  changeRequests: nonEmptyText.optional(),
  nextSteps: z
    .array(z.object({ target: nonEmptyText, comment: nonEmptyText.optional(), due: nonEmptyText.optional() }))
    .default([]),
});

export type Report = z.infer<typeof reportSchema>;
