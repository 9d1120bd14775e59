import { z } from 'zod';
import { hideThisPage, nonEmptyText } from './shared';

export const themeSchema = z.strictObject({
  title: nonEmptyText,
  /** e.g. "The Promise priority areas", "SHANARRI wellbeing indicators". */
  group: nonEmptyText,
  /** What the theme means anywhere: no plan's name in it (a new site keeps the themes). */
  description: nonEmptyText,
  /** What particular plans say about it, by the area whose plans say it: shown after the description. */
  notes: z.array(z.strictObject({ area: nonEmptyText, text: nonEmptyText })).default([]),
  order: z.number().int().default(0),
  /** Every page with this theme gets the "Hide this page" button. */
  hideThisPage,
});

export type Theme = z.infer<typeof themeSchema>;
