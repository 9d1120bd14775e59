import { z } from 'zod';
import { nonEmptyText } from './shared';

/** content/site.yaml: what the whole website is called and who publishes it. */
export const siteSettingsSchema = z.object({
  title: nonEmptyText,
  description: nonEmptyText,
  publisher: nonEmptyText,
  /** Where readers report an accessibility problem; omit if not yet decided. */
  accessibilityContact: z.object({ text: nonEmptyText, email: z.email().optional(), url: z.url().optional() }).optional(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
