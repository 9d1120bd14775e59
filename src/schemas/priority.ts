import { z } from 'zod';
import { crossPlanPath, ids, lead, nonEmptyText, hideThisPage } from './shared';

export const prioritySchema = z.strictObject({
  title: nonEmptyText,
  /** The plan's own numbering, kept off the title: "SO1", "1.1", "Action 3.2". */
  reference: nonEmptyText.optional(),
  number: z.number().int().positive(),
  inShort: nonEmptyText,
  lead: lead.optional(),
  themes: ids,
  hideThisPage,
  measures: ids,
  contributesTo: z.array(crossPlanPath).default([]),
});

export type Priority = z.infer<typeof prioritySchema>;
