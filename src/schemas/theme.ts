import { z } from 'zod';
import { hideThisPage, nonEmptyText } from './shared';

export const themeSchema = z.strictObject({
  title: nonEmptyText,
  /** e.g. "The Promise priority areas", "SHANARRI wellbeing indicators". */
  group: nonEmptyText,
  description: nonEmptyText,
  order: z.number().int().default(0),
  /** Every page with this theme gets the "Hide this page" button. */
  hideThisPage,
});

export type Theme = z.infer<typeof themeSchema>;
