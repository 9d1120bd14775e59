import { z } from 'zod';
import { crossPlanPath, ids, nonEmptyText, slug, hideThisPage } from './shared';

/** "What change can we make that will result in improvement?" */
const improvementAim = z.strictObject({
  id: slug,
  title: nonEmptyText,
});

export const outcomeSchema = z.strictObject({
  /** "What are we trying to accomplish?" */
  title: nonEmptyText,
  /** The plan's own numbering, kept off the title: "SO1", "1.1", "Action 3.2". */
  reference: nonEmptyText.optional(),
  priority: slug,
  order: z.number().int().nonnegative(),
  /** A heading the plan groups outcomes under, e.g. "Emotional and mental wellbeing". */
  group: nonEmptyText.optional(),
  inShort: nonEmptyText,
  /** A measurable target where the plan states one: "10% more children ... by 2023". */
  target: nonEmptyText.optional(),
  improvementAims: z.array(improvementAim).default([]),
  measures: ids,
  themes: ids,
  hideThisPage,
  contributesTo: z.array(crossPlanPath).default([]),
});

export type Outcome = z.infer<typeof outcomeSchema>;
