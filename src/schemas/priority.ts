import { z } from 'zod';
import { crossPlanPath, ids, lead, nonEmptyText, hideThisPage } from './shared';

export const prioritySchema = z.strictObject({
  title: nonEmptyText,
  number: z.number().int().positive(),
  inShort: nonEmptyText,
  lead: lead.optional(),
  themes: ids,
  hideThisPage,
  measures: ids,
  contributesTo: z.array(crossPlanPath).default([]),
});

export type Priority = z.infer<typeof prioritySchema>;
